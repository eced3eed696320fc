using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// A day and/or a time of day (<c>day: 2025-10-30</c>, <c>time: "16:00"</c>, <c>zone: WIB</c>):
/// written as a date (<c>30 Oktober 2025</c>), a weekday (<c>Kamis</c>), a newsroom dateline
/// (<c>Kamis (30/10/2025)</c> / <c>Thursday</c>) or a time (<c>pukul 16.00 WIB</c> / <c>4 p.m.</c>).
/// </summary>
/// <param name="Day">The day (day precision), or null for a time alone.</param>
/// <param name="Time">The time of day, or null for a day alone.</param>
/// <param name="Zone">The IANA id of the Indonesian zone the time is in (<c>Asia/Jakarta</c> for WIB), or null.</param>
public sealed record MomentFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, PartialDate? Day, TimeOnly? Time, string? Zone)
    : Figure(Name, Label, Qualifier, Location);

/// <summary>A reporting period or span of dates (<c>period: 2025-Q3</c>, <c>period: 2025-09-17/2025-09-19</c>).</summary>
public sealed record PeriodFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, Period Period)
    : Figure(Name, Label, Qualifier, Location);

/// <summary>What kind of span a <see cref="Period"/> is.</summary>
public enum PeriodKind
{
    /// <summary>A calendar quarter, <c>2025-Q3</c>.</summary>
    Quarter,

    /// <summary>A half year, <c>2025-H1</c>.</summary>
    Half,

    /// <summary>The first nine months, <c>2025-9M</c>.</summary>
    NineMonths,

    /// <summary>The full (financial) year, <c>2025-FY</c>.</summary>
    FullYear,

    /// <summary>Dates as written: one month or year, or a range <c>2025-09-17/2025-09-19</c>.</summary>
    Dates,
}

/// <summary>
/// A period: a named part of a year (quarter, half, nine months, full year) or dates from
/// <see cref="From"/> to <see cref="To"/> (equal for a single month or year). Reporting periods
/// are calendar periods (Indonesian listed companies report by the calendar year).
/// </summary>
public readonly record struct Period(PeriodKind Kind, int Year, int Number, PartialDate From, PartialDate To)
{
    /// <summary>The most quarters and halves in a year.</summary>
    private static readonly Dictionary<char, (PeriodKind Kind, int Max)> Parts = new()
    {
        ['Q'] = (PeriodKind.Quarter, 4),
        ['H'] = (PeriodKind.Half, 2),
    };

    /// <summary>The first day the period covers.</summary>
    public DateOnly FirstDay => From.FirstDay;

    /// <summary>The last day the period covers (a quarter ends on its third month's last day).</summary>
    public DateOnly LastDay => To.LastDay;

    /// <summary>
    /// Parses <c>yyyy-Qn</c>, <c>yyyy-Hn</c>, <c>yyyy-9M</c>, <c>yyyy-FY</c>, an ISO date
    /// (<c>2025-09</c>) or an ISO interval of two dates of the same precision
    /// (<c>2025-09-17/2025-09-19</c>); null with the reason in <paramref name="error"/>.
    /// </summary>
    public static Period? Parse(string text, out string error)
    {
        error = "";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!PartialDate.TryParse(text[..slash], out var from) || !PartialDate.TryParse(text[(slash + 1)..], out var to))
            {
                error = $"`{text}` is not a range of two existing ISO dates; write `2025-09-17/2025-09-19` (days), `2025-07/2025-09` (months) or `2024/2025` (years).";
                return null;
            }

            if (from.Precision != to.Precision)
            {
                error = $"`{text}` mixes a {Name(from.Precision)} and a {Name(to.Precision)}; write both ends the same way (`{from}/{Widen(to, from.Precision)}`).";
                return null;
            }

            if (to.CompareTo(from) <= 0)
            {
                error = $"`{text}` does not run forward: its end is not after its start; write the earlier date first (`{to}/{from}`), or one date for one {Name(from.Precision)}.";
                return null;
            }

            return new Period(PeriodKind.Dates, from.Year, 0, from, to);
        }

        var dash = text.Length == 7 ? 4 : -1;
        if (dash == 4 && text[4] == '-' && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            var part = text[5..];
            if (Parts.TryGetValue(part[0], out var named) && part[1] is >= '1' and <= '9')
            {
                var n = part[1] - '0';
                if (n > named.Max)
                {
                    error = $"`{text}`: a year has {named.Max} {(named.Kind == PeriodKind.Quarter ? "quarters" : "halves")}; write `{part[0]}1` to `{part[0]}{named.Max}` (`{year:D4}-{part[0]}{named.Max}`).";
                    return null;
                }

                var months = named.Kind == PeriodKind.Quarter ? 3 : 6;
                return new Period(named.Kind, year, n, PartialDate.OfMonth(year, ((n - 1) * months) + 1), PartialDate.OfMonth(year, n * months));
            }

            if (part == "9M")
            {
                return new Period(PeriodKind.NineMonths, year, 9, PartialDate.OfMonth(year, 1), PartialDate.OfMonth(year, 9));
            }

            if (part == "FY")
            {
                return new Period(PeriodKind.FullYear, year, 0, PartialDate.OfYear(year), PartialDate.OfYear(year));
            }
        }

        if (PartialDate.TryParse(text, out var single))
        {
            return new Period(PeriodKind.Dates, single.Year, 0, single, single);
        }

        error = $"`{text}` is not a period; write a quarter `2025-Q3`, a half `2025-H1`, the first nine months `2025-9M`, a full year `2025-FY`, a month `2025-09` or a range `2025-09-17/2025-09-19`.";
        return null;
    }

    private static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        _ => "day",
    };

    private static string Widen(PartialDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => PartialDate.OfYear(date.Year).ToString(),
        DatePrecision.Month => PartialDate.OfMonth(date.Year, date.Month).ToString(),
        _ => date.ToString(),
    };

    /// <summary>The text the period was written as (<c>2025-Q3</c>).</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Number}"),
        PeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-9M"),
        PeriodKind.FullYear => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-FY"),
        _ => From == To ? From.ToString() : $"{From}/{To}",
    };
}

/// <summary>Indonesia's three time zones as facts write them, and their IANA ids and offsets.</summary>
public static class IndonesianZones
{
    /// <summary>Facts spelling → IANA id (what locale files key zone names by).</summary>
    public static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WIB"] = "Asia/Jakarta",   // Waktu Indonesia Barat, UTC+7
        ["WITA"] = "Asia/Makassar", // Waktu Indonesia Tengah, UTC+8
        ["WIT"] = "Asia/Jayapura",  // Waktu Indonesia Timur, UTC+9
    };

    /// <summary>Hours ahead of UTC, by IANA id (fixed: Indonesia keeps no daylight saving time).</summary>
    public static readonly IReadOnlyDictionary<string, int> UtcOffsetHours = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Asia/Jakarta"] = 7,
        ["Asia/Makassar"] = 8,
        ["Asia/Jayapura"] = 9,
    };
}
