using System.Globalization;
using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Recognition;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// The probes that spare <see cref="WhenScanner"/> its regexes: a probe may say "maybe" where its
/// regex finds nothing, never "no" where it finds something, whatever the case, spacing or odd
/// characters of the text; and on prose without figures it says "no" for every regex.
/// </summary>
public sealed class MatchProbeTests
{
    private static readonly Lazy<IReadOnlyList<LocaleData>> LazyLocales = new(() =>
    {
        // id and en, and the third-locale fixture (ms), whose periods are written otherwise (S3 2025, suku ketiga 2025).
        var bag = new DiagnosticBag();
        var files = Directory.GetFiles(RepoFiles.Locales, "*.yml").Append(Path.Combine(RepoFiles.Data("third-locale"), "locales", "ms.yml"))
            .Select(p => ("locales/" + Path.GetFileName(p), File.ReadAllText(p)));
        var catalog = LocaleCatalog.Parse(files, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return [.. catalog.Locales];
    });

    public static TheoryData<string> Locales() => ["id", "en", "ms"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Probe_NeverRulesOutWhatItsRegexFinds(string code)
    {
        var locale = LazyLocales.Value.Single(l => l.Code == code);
        var scanner = new WhenScanner(locale);
        var texts = Written(locale).SelectMany(Variants).Distinct(StringComparer.Ordinal).ToList();
        var matched = new bool[scanner.Probed.Count];

        foreach (var text in texts)
        {
            for (var i = 0; i < scanner.Probed.Count; i++)
            {
                var (regex, probe) = scanner.Probed[i];
                if (regex.IsMatch(text))
                {
                    matched[i] = true;
                    Assert.True(probe.MayMatch(text), $"the probe of {regex} ruled out \"{text}\", which it matches");
                }
            }
        }

        // Every regex met text it matches: otherwise the loop above proved nothing for it.
        for (var i = 0; i < matched.Length; i++)
        {
            Assert.True(matched[i], $"no text written from {code}'s patterns matches {scanner.Probed[i].Regex}");
        }
    }

    [Theory]
    [InlineData("id", "Harga saham naik tajam setelah pengumuman itu, kata direktur keuangan perusahaan.")]
    [InlineData("en", "Shares rose sharply after the announcement, the company's finance director said.")]
    [InlineData("en", "xxxxxxxx rose {xxxxxxxxxxx} in the opening months, the agency said: xxxxxxx.")]
    public void Probe_RulesOutEveryRegexOnProseWithoutFigures(string code, string text)
    {
        var scanner = new WhenScanner(LazyLocales.Value.Single(l => l.Code == code));

        Assert.All(scanner.Probed, p => Assert.False(p.Probe.MayMatch(text), $"the probe of {p.Regex} let \"{text}\" through"));
    }

    [Fact]
    public void CaseEquivalents_AreTheRegexEngines()
    {
        // Ordinal case-insensitive comparison says the Kelvin sign is not k; the regex engine says it is.
        Assert.Contains('\u212A', MatchProbe.CaseEquivalents('k'));
        Assert.Contains('K', MatchProbe.CaseEquivalents('k'));
        Assert.DoesNotContain('x', MatchProbe.CaseEquivalents('k'));
        Assert.Equal(['7'], MatchProbe.CaseEquivalents('7'));
    }

    /// <summary>Times, datelines and periods as the locale writes them, from its own patterns, in a sentence.</summary>
    private static IEnumerable<string> Written(LocaleData locale)
    {
        var t = locale.Time;
        var zone = t.Zones.Values.FirstOrDefault() ?? "";
        foreach (var clock in new[] { t.Pattern, t.PatternOnTheHour }.Where(p => p.Length > 0))
        {
            var time = Fill(clock, locale, hour: 9, minute: 5);
            yield return $"Rapat dimulai {time}.";
            yield return $"It ended at {time} {zone} on that day.";
        }

        foreach (var named in t.Named.Values)
        {
            yield return $"The vote came at {named}.";
        }

        var dateline = Fill(locale.Dates.Patterns.Dateline, locale, hour: 0, minute: 0);
        yield return $"Laporan terbit pada {dateline}.";
        yield return $"Released {dateline} at {Fill(t.Pattern, locale, 16, 0)}.";

        var p = locale.Periods;
        foreach (var forms in new[] { p.Quarter, p.Half, p.NineMonths, p.FullYear })
        {
            foreach (var pattern in new[] { forms.Prose, forms.Short, forms.Modifier, forms.Headline, forms.Table })
            {
                foreach (var (n, roman, ordinal) in new[] { (1, "I", "first"), (2, "II", "kedua"), (3, "III", "third"), (4, "IV", "keempat") })
                {
                    var period = pattern.Replace("{0}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{1}", "2025", StringComparison.Ordinal).Replace("{2}", roman, StringComparison.Ordinal).Replace("{3}", ordinal, StringComparison.Ordinal);
                    yield return $"Laba {period} naik.";
                }
            }
        }
    }

    /// <summary>The text in other cases, with other spaces, and with characters the regex engine folds to ASCII letters.</summary>
    private static IEnumerable<string> Variants(string text)
    {
        yield return text;
        yield return text.ToUpperInvariant();
        yield return text.ToLowerInvariant();
        yield return text.Replace(' ', '\u00A0');
        yield return text.Replace(" ", "  \t", StringComparison.Ordinal);
        foreach (var (ascii, odd) in new[] { ('k', '\u212A'), ('K', '\u212A'), ('s', '\u017F'), ('i', '\u0131'), ('I', '\u0130'), ('a', '\u00E5') })
        {
            yield return text.Replace(ascii, odd);
        }
    }

    /// <summary>A CLDR-letter pattern with a sample value in each field.</summary>
    private static string Fill(string pattern, LocaleData locale, int hour, int minute)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var token in FieldPattern.Parse(pattern, pattern.Contains('E', StringComparison.Ordinal) ? FieldPattern.DateFields : FieldPattern.TimeFields))
        {
            sb.Append(token.Field switch
            {
                '\0' => token.Literal,
                'E' => locale.Dates.Weekdays[4],
                'd' => "30",
                'M' => "10",
                'y' => "2025",
                'H' => hour.ToString("D2", CultureInfo.InvariantCulture),
                'h' => hour.ToString(CultureInfo.InvariantCulture),
                'm' => minute.ToString("D2", CultureInfo.InvariantCulture),
                'a' => locale.Time.DayPeriods.Values.FirstOrDefault() ?? "",
                _ => "",
            });
        }

        return sb.ToString();
    }
}
