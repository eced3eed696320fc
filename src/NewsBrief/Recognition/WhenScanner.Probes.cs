using System.Text.RegularExpressions;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

// The probes of the scanner's regexes (MatchProbe): what each pattern needs in a text before it can
// match, read from the same locale patterns the regexes are built from, piece by piece as
// ToRegex and PeriodRegex build them.
public sealed partial class WhenScanner
{
    private static readonly IEnumerable<Match> NoMatches = [];

    /// <summary>Every regex of the scanner with its probe (for the tests that hold the probes to their regexes).</summary>
    internal IReadOnlyList<(Regex Regex, MatchProbe Probe)> Probed =>
        [(dateline, datelineProbe), (time, timeProbe), .. periods.Select((p, i) => (p.Pattern, periodProbes[i]))];

    /// <summary>The matches of <paramref name="regex"/>, without running it when its probe rules every match out.</summary>
    private static IEnumerable<Match> Matches(Regex regex, MatchProbe probe, string text) => probe.MayMatch(text) ? regex.Matches(text) : NoMatches;

    /// <summary>
    /// The time regex matches one of its clock patterns or named times: with one clock pattern alone,
    /// all that pattern needs; else one clause of the most telling needle set of each alternative
    /// (the day periods rather than the digits of <c>h:mm a</c>), since a match holds one of them.
    /// </summary>
    private MatchProbe TimeProbe(LocaleData locale)
    {
        var t = locale.Time;
        var alternatives = new List<List<string[]>> { FieldNeedles(t.Pattern, FieldPattern.TimeFields) };
        if (t.PatternOnTheHour.Length > 0)
        {
            alternatives.Add(FieldNeedles(t.PatternOnTheHour, FieldPattern.TimeFields));
        }

        alternatives.AddRange(t.Named.Values.Select(n => new List<string[]> { new[] { n } }));
        if (alternatives.Any(a => a.Count == 0 || a.Any(needles => needles.Any(n => n.Length == 0))))
        {
            return MatchProbe.Always; // an alternative that needs nothing (or may match empty text): no condition
        }

        if (alternatives.Count == 1)
        {
            return new MatchProbe(alternatives[0].Select(n => new MatchProbe.Clause(n, ignoreCase: false)));
        }

        var union = alternatives.SelectMany(a => a.OrderByDescending(needles => needles.Min(n => n.Length)).First());
        return new MatchProbe([new MatchProbe.Clause(union, ignoreCase: false)]);
    }

    /// <summary>The clauses of a CLDR-letter pattern as <see cref="ToRegex"/> writes it (no case folding).</summary>
    private List<MatchProbe.Clause> FieldClauses(string pattern, IReadOnlyDictionary<char, int[]> fields)
    {
        var needles = FieldNeedles(pattern, fields);
        return needles.Any(n => n.Any(w => w.Length == 0)) ? [] : [.. needles.Select(n => new MatchProbe.Clause(n, ignoreCase: false))];
    }

    /// <summary>For each piece <see cref="ToRegex"/> makes of <paramref name="pattern"/> that needs text, the needles one of which it holds.</summary>
    private List<string[]> FieldNeedles(string pattern, IReadOnlyDictionary<char, int[]> fields)
    {
        var clauses = new List<string[]>();
        foreach (var token in FieldPattern.Parse(pattern, fields))
        {
            if (!token.IsField)
            {
                // ToRegex joins the literal's words with \s+: each word is matched as written.
                clauses.AddRange(token.Literal.Split(' ').Where(w => w.Length > 0).Select(w => new[] { w }));
                continue;
            }

            string[]? needles = token.Field switch
            {
                'E' => [.. locale.Dates.Weekdays],
                'd' or 'M' or 'y' or 'H' or 'h' or 'm' => Digits,
                'a' => [.. locale.Time.DayPeriods.Values],
                _ => null, // ToRegex writes nothing for it
            };
            if (needles is not null)
            {
                clauses.Add(needles);
            }
        }

        return clauses;
    }

    /// <summary>The clauses of a period pattern as <see cref="PeriodRegex"/> writes it (case folded, as that regex is).</summary>
    private static List<MatchProbe.Clause> PeriodClauses(string pattern)
    {
        var clauses = new List<string[]>();
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                clauses.Add([word.ToString()]);
                word.Clear();
            }
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}')
            {
                Flush();
                clauses.Add(pattern[i + 1] switch
                {
                    '0' or '1' => Digits,
                    '2' => ["I"], // IV|I{1,3}: every Roman numeral of a quarter or half has an I
                    _ => [.. OrdinalWords],
                });
                i += 2;
            }
            else if (pattern[i] == ' ')
            {
                Flush(); // \s+
            }
            else
            {
                word.Append(pattern[i]);
            }
        }

        Flush();
        return [.. clauses.Select(n => new MatchProbe.Clause(n, ignoreCase: true))];
    }

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
}
