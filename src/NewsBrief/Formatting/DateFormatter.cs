using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Dates by the precision they were written with (<c>Oktober 2022</c>, <c>Sept. 17, 2025</c>).</summary>
public sealed class DateFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats a date; <paramref name="weekday"/> and <paramref name="omitYear"/> apply to day precision.</summary>
    public string Format(PartialDate date, bool weekday = false, bool omitYear = false)
    {
        var patterns = locale.Dates.Patterns;
        var pattern = date.Precision switch
        {
            DatePrecision.Year => patterns.Year,
            DatePrecision.Month => patterns.Month,
            _ => (weekday, omitYear) switch
            {
                (true, true) => patterns.DayWeekdayNoYear,
                (true, false) => patterns.DayWeekday,
                (false, true) => patterns.DayNoYear,
                _ => patterns.Day,
            },
        };

        return Render(FieldPattern.Parse(pattern, FieldPattern.DateFields), date);
    }

    /// <summary>Writes date pattern tokens for <paramref name="date"/>; no culture, calendar data from the locale only.</summary>
    internal string Render(IEnumerable<PatternToken> tokens, PartialDate date)
    {
        var dates = locale.Dates;
        return FieldPattern.Render(tokens, (field, width) => field switch
        {
            'd' => date.Day.ToString(width == 2 ? "D2" : "D", CultureInfo.InvariantCulture),
            'M' when width <= 2 => date.Month.ToString(width == 2 ? "D2" : "D", CultureInfo.InvariantCulture), // 30/10/2025
            'M' => (width == 3 ? dates.MonthsWithDay : dates.Months)[date.Month - 1],
            'y' => date.Year.ToString(CultureInfo.InvariantCulture),
            'E' => dates.Weekdays[(int)date.FirstDay.DayOfWeek],
            _ => throw new FormatException($"'{field}' is not a date field"),
        });
    }
}
