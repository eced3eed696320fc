using System.Globalization;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Times of day (<c>pukul 14.30 WIB</c>, <c>2:30 p.m.</c>, <c>noon</c>).</summary>
public sealed class TimeFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats <paramref name="time"/>; <paramref name="zone"/> is an IANA zone id or null.</summary>
    public string Format(TimeOnly time, string? zone = null)
    {
        var section = locale.Time;
        string? abbreviation = null;
        if (zone is not null && !section.Zones.TryGetValue(zone, out abbreviation))
        {
            throw new ArgumentException($"The locale '{locale.Code}' has no abbreviation for the time zone '{zone}'. Add it under 'time: zones:' in {locale.Path}.", nameof(zone));
        }

        var key = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (time.Second != 0 || !section.Named.TryGetValue(key, out var text))
        {
            var pattern = time.Minute == 0 && time.Second == 0 && section.PatternOnTheHour.Length > 0 ? section.PatternOnTheHour : section.Pattern;
            text = FieldPattern.Render(FieldPattern.Parse(pattern, FieldPattern.TimeFields), (field, width) => Field(time, field, width));
        }

        return abbreviation is null ? text : FieldPattern.Fill(section.ZonePattern, text, abbreviation);
    }

    /// <summary>
    /// <paramref name="time"/> in <paramref name="pattern"/> (<c>HH.mm</c>), without the locale's
    /// named times or zone: the local clock in parentheses (<c>18.42 WITA</c>).
    /// </summary>
    public string Clock(TimeOnly time, string pattern) =>
        FieldPattern.Render(FieldPattern.Parse(pattern, FieldPattern.TimeFields), (field, width) => Field(time, field, width));

    /// <summary>True when the locale has an abbreviation for the IANA zone id.</summary>
    public bool KnowsZone(string zone) => locale.Time.Zones.ContainsKey(zone);

    private string Field(TimeOnly time, char field, int width)
    {
        var format = width == 2 ? "D2" : "D";
        return field switch
        {
            'H' => time.Hour.ToString(format, CultureInfo.InvariantCulture),
            'h' => (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString(format, CultureInfo.InvariantCulture),
            'm' => time.Minute.ToString(format, CultureInfo.InvariantCulture),
            's' => time.Second.ToString(format, CultureInfo.InvariantCulture),
            'a' => locale.Time.DayPeriods[time.Hour < 12 ? "am" : "pm"],
            _ => throw new FormatException($"'{field}' is not a time field"),
        };
    }
}
