using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>
/// Finds times of day (<c>pukul 14.30 WIB</c>, <c>2:30 p.m.</c>), weekday datelines
/// (<c>Kamis (30/10/2025)</c>, <c>Thursday</c>) and reporting periods (<c>kuartal III-2025</c>,
/// <c>Q3 2025</c>, <c>the third quarter</c>) in prose, by the locale file's own patterns, so what
/// the formatters write the scanner reads back. <c>extract</c> drafts them as <c>time</c>,
/// <c>day</c> and <c>period</c> figures; <see cref="RecognizedFigure.Form"/> says which
/// placeholder form the text used.
/// </summary>
public sealed partial class WhenScanner
{
    private readonly LocaleData locale;
    private readonly Regex time;
    private readonly Regex dateline;
    private readonly List<(Regex Pattern, PeriodKind Kind, string? Form)> periods = [];

    // What each regex needs in a text before it can match (WhenScanner.Probes.cs): most texts hold no
    // clock time, dateline or period, and the probes say so without running the regex interpreter.
    private readonly MatchProbe timeProbe;
    private readonly MatchProbe datelineProbe;
    private readonly List<MatchProbe> periodProbes = [];

    /// <summary>Builds the scanner's patterns from <paramref name="locale"/>.</summary>
    public WhenScanner(LocaleData locale)
    {
        this.locale = locale;
        var t = locale.Time;
        var clock = new List<string> { ToRegex(t.Pattern, FieldPattern.TimeFields) };
        if (t.PatternOnTheHour.Length > 0)
        {
            clock.Insert(0, ToRegex(t.PatternOnTheHour, FieldPattern.TimeFields));
        }

        clock.AddRange(t.Named.Values.Select(n => $"(?<named>{Regex.Escape(n)})"));
        var zones = string.Join('|', t.Zones.Values.Distinct().OrderByDescending(z => z.Length).Select(Regex.Escape));
        time = new Regex($@"(?<![\w.:])(?:{string.Join('|', clock.Select((c, i) => c.Replace("(?<", $"(?<c{i}", StringComparison.Ordinal)))})(?:\s+(?<zone>{zones}))?(?![\w:])", RegexOptions.CultureInvariant);
        dateline = new Regex($@"(?<!\w){ToRegex(locale.Dates.Patterns.Dateline, FieldPattern.DateFields)}(?!\w)", RegexOptions.CultureInvariant);
        timeProbe = TimeProbe(locale);
        datelineProbe = new MatchProbe(FieldClauses(locale.Dates.Patterns.Dateline, FieldPattern.DateFields));

        var p = locale.Periods;
        var seen = new HashSet<(string, PeriodKind)>();
        foreach (var (kind, forms) in new[] { (PeriodKind.Quarter, p.Quarter), (PeriodKind.Half, p.Half), (PeriodKind.NineMonths, p.NineMonths), (PeriodKind.FullYear, p.FullYear) })
        {
            // Longest first: the prose form with its year before the short form without it.
            foreach (var (pattern, form) in new[] { (forms.Prose, (string?)null), (forms.Table, null), (forms.Headline, null), (forms.Modifier, PlaceholderForms.Modifier), (forms.Short, PlaceholderForms.Short) })
            {
                // A full year written as the bare year ("2025") is not a period in prose: years are everywhere.
                if (!pattern.Contains('{') || (pattern.Trim() == "{1}") || pattern.Replace("{1}", "", StringComparison.Ordinal).Trim().Length == 0)
                {
                    continue;
                }

                // A form written as an earlier form of its kind (id writes the quarter's prose, modifier,
                // headline and table alike) finds only what that one found first: Find would skip every
                // match of it as overlapping, so it is not run again.
                var regex = $@"(?<![\w-]){PeriodRegex(pattern)}(?![\w-])";
                if (!seen.Add((regex, kind)))
                {
                    continue;
                }

                periods.Add((new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), kind, form));
                periodProbes.Add(new MatchProbe(PeriodClauses(pattern)));
            }
        }
    }

    /// <summary>Every time, dateline and period in <paramref name="text"/>, in order, none overlapping.</summary>
    /// <param name="text">The text.</param>
    /// <param name="contextYear">The year a period written without one belongs to (the article's), or null.</param>
    public IReadOnlyList<RecognizedFigure> Find(string text, int? contextYear = null)
    {
        var found = new List<RecognizedFigure>();
        foreach (Match m in Matches(dateline, datelineProbe, text))
        {
            if (Day(m) is { } day)
            {
                found.Add(new RecognizedFigure(FigureKind.Day, m.Index, m.Length, m.Value) { Key = day, Form = PlaceholderForms.Dateline });
            }
        }

        foreach (Match m in Matches(time, timeProbe, text))
        {
            if (Clock(m) is { } key && !found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                found.Add(new RecognizedFigure(FigureKind.Time, m.Index, m.Length, m.Value) { Key = key });
            }
        }

        for (var p = 0; p < periods.Count; p++)
        {
            var (pattern, kind, form) = periods[p];
            foreach (Match m in Matches(pattern, periodProbes[p], text))
            {
                if (found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End) || PeriodKey(m, kind, contextYear) is not { } key)
                {
                    continue;
                }

                found.Add(new RecognizedFigure(FigureKind.Period, m.Index, m.Length, m.Value) { Key = key, Form = form ?? (m.Groups["y"].Success ? null : PlaceholderForms.Short) });
            }
        }

        return Join(text, found.OrderBy(f => f.Start).ToList());
    }

    /// <summary>
    /// Datelines whose weekday is not the weekday of their date (<c>Rabu (30/10/2025)</c>: 30 October
    /// 2025 is a Thursday), each with the weekday the date has.
    /// </summary>
    public IEnumerable<(int Start, string Text, string Weekday)> WrongWeekdays(string text)
    {
        foreach (Match m in Matches(dateline, datelineProbe, text))
        {
            if (!m.Groups["d"].Success || Day(m) is not null)
            {
                continue;
            }

            var (d, mo, y) = (Int(m, "d"), Int(m, "M"), Int(m, "y"));
            if (mo is >= 1 and <= 12 && y >= 1000 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
            {
                yield return (m.Index, m.Value, locale.Dates.Weekdays[(int)new DateOnly(y, mo, d).DayOfWeek]);
            }
        }
    }

    /// <summary>A dateline next to a time (in the locale's <c>with_date</c> order) is one day-and-time figure.</summary>
    private List<RecognizedFigure> Join(string text, List<RecognizedFigure> found)
    {
        var timeFirst = locale.Time.WithDate.IndexOf("{1}", StringComparison.Ordinal) < locale.Time.WithDate.IndexOf("{0}", StringComparison.Ordinal);
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            var (day, clock) = timeFirst ? (b, a) : (a, b);
            if (day.Kind == FigureKind.Day && clock.Kind == FigureKind.Time && text[a.End..b.Start].Trim().Length == 0)
            {
                found[i] = new RecognizedFigure(FigureKind.Day, a.Start, b.End - a.Start, text[a.Start..b.End]) { Key = day.Key + " " + clock.Key, Form = PlaceholderForms.Dateline };
                found.RemoveAt(i + 1);
            }
        }

        return found;
    }

    /// <summary>The day as facts write it (<c>2025-10-30</c>), <c>&lt;yyyy-mm-dd&gt; weekday</c> when only the weekday is written.</summary>
    private string? Day(Match m)
    {
        var weekday = m.Groups["E"].Value;
        if (!m.Groups["d"].Success)
        {
            return $"<yyyy-mm-dd> {weekday}";
        }

        var (d, mo, y) = (Int(m, "d"), Int(m, "M"), Int(m, "y"));
        if (mo is < 1 or > 12 || y < 1000 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        var date = new DateOnly(y, mo, d);
        return locale.Dates.Weekdays[(int)date.DayOfWeek] == weekday ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The time as facts write it (<c>14:30</c>, then the zone key <c>WIB</c> when the zone names one).</summary>
    private string? Clock(Match m)
    {
        int hour, minute;
        if (m.Groups.Cast<Group>().FirstOrDefault(g => g.Success && g.Name.EndsWith("named", StringComparison.Ordinal)) is { } named)
        {
            var key = locale.Time.Named.First(n => n.Value == named.Value).Key;
            (hour, minute) = (int.Parse(key[..2], CultureInfo.InvariantCulture), int.Parse(key[3..], CultureInfo.InvariantCulture));
        }
        else
        {
            var h = Group(m, "H") ?? Group(m, "h");
            if (h is null)
            {
                return null;
            }

            hour = int.Parse(h, CultureInfo.InvariantCulture);
            minute = Group(m, "m") is { } mm ? int.Parse(mm, CultureInfo.InvariantCulture) : 0;
            if (Group(m, "a") is { } period)
            {
                var pm = locale.Time.DayPeriods.TryGetValue("pm", out var pmWord) && period == pmWord;
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                hour = (hour % 12) + (pm ? 12 : 0);
            }
        }

        if (hour > 23 || minute > 59)
        {
            return null;
        }

        // A zone name is drafted only when it names one zone: en "local time" stands for all three.
        var zones = m.Groups["zone"].Success
            ? locale.Time.Zones.Where(z => z.Value == m.Groups["zone"].Value).Select(z => IndonesianZones.Ids.FirstOrDefault(i => i.Value == z.Key).Key).Where(k => k is not null).Distinct().ToList()
            : [];
        var zone = zones.Count == 1 ? zones[0] : null;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}");
        return zone is null ? clock : clock + " " + zone;
    }

    private static string? Group(Match m, string field) =>
        m.Groups.Cast<Group>().FirstOrDefault(g => g.Success && g.Name.EndsWith("_" + field, StringComparison.Ordinal))?.Value;

    private static string? PeriodKey(Match m, PeriodKind kind, int? contextYear)
    {
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : contextYear;
        var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
            : m.Groups["r"].Success ? Array.IndexOf(["I", "II", "III", "IV"], m.Groups["r"].Value.ToUpperInvariant()) + 1
            : m.Groups["o"].Success ? Array.IndexOf(OrdinalWords, m.Groups["o"].Value.ToLowerInvariant()) % 4 + 1
            : 0;
        var y = year is { } known ? known.ToString("D4", CultureInfo.InvariantCulture) : "<yyyy>";
        return kind switch
        {
            PeriodKind.Quarter when n is >= 1 and <= 4 => $"{y}-Q{n}",
            PeriodKind.Half when n is 1 or 2 => $"{y}-H{n}",
            PeriodKind.NineMonths => $"{y}-9M",
            PeriodKind.FullYear => $"{y}-FY",
            _ => null,
        };
    }

    /// <summary>The ordinals a period pattern's <c>{3}</c> reads, four per language, first to fourth.</summary>
    private static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "pertama", "kedua", "ketiga", "keempat"];

    /// <summary>A period pattern as a regex: <c>{0}</c> digits, <c>{1}</c> the year, <c>{2}</c> Roman numerals, <c>{3}</c> an ordinal word.</summary>
    private static string PeriodRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}')
            {
                sb.Append(pattern[i + 1] switch
                {
                    '0' => "(?<n>[1-4])",
                    '1' => @"(?<y>[0-9]{4})",
                    '2' => "(?<r>IV|I{1,3})",
                    _ => $"(?<o>{string.Join('|', OrdinalWords)})",
                });
                i += 2;
            }
            else if (pattern[i] == ' ')
            {
                sb.Append(@"\s+");
            }
            else
            {
                sb.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return sb.ToString();
    }

    /// <summary>A CLDR-letter pattern as a regex with a group per field (<c>(?&lt;_H&gt;…)</c>); weekdays and day periods from the locale.</summary>
    private string ToRegex(string pattern, IReadOnlyDictionary<char, int[]> fields)
    {
        var sb = new StringBuilder();
        foreach (var token in FieldPattern.Parse(pattern, fields))
        {
            if (!token.IsField)
            {
                sb.Append(string.Join(@"\s+", token.Literal.Split(' ').Select(Regex.Escape)));
                continue;
            }

            sb.Append(token.Field switch
            {
                'E' => $"(?<E>{string.Join('|', locale.Dates.Weekdays.Select(Regex.Escape))})",
                'd' => "(?<d>[0-9]{1,2})",
                'M' => "(?<M>[0-9]{1,2})",
                'y' => "(?<y>[0-9]{4})",
                'H' or 'h' or 'm' => $"(?<_{token.Field}>[0-9]{{{(token.Width == 2 ? "2" : "1,2")}}})",
                'a' => $"(?<_a>{string.Join('|', locale.Time.DayPeriods.Values.Select(Regex.Escape))})",
                _ => "",
            });
        }

        return sb.ToString();
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
