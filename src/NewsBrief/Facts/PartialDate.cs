using System.Globalization;

namespace NewsBrief.Facts;

/// <summary>
/// A calendar date that keeps the precision it was written with. <c>2022-10</c> is October 2022,
/// not 1 October 2022: a brief must never invent a day.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
{
    /// <summary>A date with day precision.</summary>
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    /// <summary>A date with month precision.</summary>
    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);

    /// <summary>A date with year precision.</summary>
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    /// <summary>The first day this date covers, for ordering and day arithmetic.</summary>
    public DateOnly FirstDay => new(Year, Month, Day);

    /// <summary>
    /// Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> exactly (ISO 8601, no other forms),
    /// rejecting impossible dates such as 2025-02-30.
    /// </summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (text.Length == format.Length &&
                DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                var precision = format.Length switch { 10 => DatePrecision.Day, 7 => DatePrecision.Month, _ => DatePrecision.Year };
                date = new PartialDate(d.Year, d.Month, d.Day, precision);
                return d.Year >= 1000;
            }
        }

        return false;
    }

    /// <summary>The last day the date covers (31 December for a year, the month's last day for a month).</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)), // not AddMonths: 9999-12 has no next month
        _ => FirstDay,
    };

    /// <summary>Days between the nearest days two partial dates cover (0 when they overlap: 2025-09 and 2025-09-18).</summary>
    public static int DaysApart(PartialDate a, PartialDate b) =>
        a.LastDay < b.FirstDay ? b.FirstDay.DayNumber - a.LastDay.DayNumber
        : b.LastDay < a.FirstDay ? a.FirstDay.DayNumber - b.LastDay.DayNumber
        : 0;

    /// <summary>Orders by first day, then by precision (a year before its months).</summary>
    public int CompareTo(PartialDate other)
    {
        var c = FirstDay.CompareTo(other.FirstDay);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>The ISO text the date was written as.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
