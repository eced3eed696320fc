using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Days and times of day as stories write them: a date (<c>30 Oktober 2025</c>, <c>Oct. 30, 2025</c>),
/// a weekday, a newsroom dateline (<c>Kamis (30/10/2025)</c>; AP <c>Thursday</c> within a week of
/// the story's date, else <c>Oct. 30</c>) and a time (<c>pukul 16.00 WIB</c>, <c>4 p.m. local time</c>).
/// Everything is computed from the facts and the locale file: never the machine's clock, zone or culture.
/// </summary>
public sealed class MomentFormatter(LocaleData locale, DateFormatter dates, TimeFormatter times)
{
    private readonly LocaleData locale = locale;

    /// <summary>The weekday of <paramref name="day"/> (<c>Kamis</c>, <c>Thursday</c>).</summary>
    public string Weekday(PartialDate day) => locale.Dates.Weekdays[(int)day.FirstDay.DayOfWeek];

    /// <summary>
    /// <paramref name="day"/> as news copy dates an event, seen from a story dated
    /// <paramref name="storyDate"/>: the locale's dateline pattern, or, when the locale limits it
    /// (AP: seven days), the date beyond that limit, without the year when it is the story's year.
    /// </summary>
    public string Dateline(PartialDate day, PartialDate storyDate)
    {
        var within = locale.Dates.DatelineWeekdayWithin;
        if (within is null || PartialDate.DaysApart(day, storyDate) <= within)
        {
            return dates.Render(FieldPattern.Parse(locale.Dates.Patterns.Dateline, FieldPattern.DateFields), day);
        }

        return dates.Format(day, omitYear: day.Year == storyDate.Year);
    }

    /// <summary>A time with its zone's name in this locale (<c>pukul 16.00 WIB</c>, <c>4 p.m. local time</c>).</summary>
    public string Time(TimeOnly time, string? zone) => times.Format(time, zone);

    /// <summary>A day and a time together, in the locale's order (<c>… pukul 16.00 WIB</c>; AP time first: <c>4 p.m. Thursday</c>).</summary>
    public string WithTime(string day, string time) => FieldPattern.Fill(locale.Time.WithDate, day, time);

    /// <summary>
    /// Writes <paramref name="figure"/> in <paramref name="form"/> (null for its ordinary form: the
    /// date, then the time when it has one). <c>weekday</c> and <c>dateline</c> keep the time;
    /// <c>date</c> and <c>time</c> write one part alone.
    /// </summary>
    public string Format(MomentFigure figure, string? form, PartialDate storyDate)
    {
        var time = figure.Time is { } t ? Time(t, figure.Zone) : null;
        if (form == PlaceholderForms.Time || figure.Day is null)
        {
            // The facts mapper refuses a figure with neither day nor time, and `{name:time}` on a figure
            // without a time (NB1048): reaching here is a bug, not something a user can write.
            return time ?? throw new System.Diagnostics.UnreachableException($"Figure `{figure.Name}` has no time, yet it passed the facts mapper.");
        }

        var day = figure.Day.Value;
        var dayText = form switch
        {
            PlaceholderForms.Weekday => Weekday(day),
            PlaceholderForms.Dateline => Dateline(day, storyDate),
            _ => dates.Format(day),
        };

        return time is null || form == PlaceholderForms.Date ? dayText : WithTime(dayText, time);
    }
}
