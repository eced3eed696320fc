using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Tests.Facts;

/// <summary>
/// Each brace or placeholder is reported at its own line and column, however many a text holds,
/// through quotes, escapes and folded lines: the locating walks each text once (the benchmark
/// bench/parse-scaling.sh shows the time; these tests pin the positions it must keep).
/// </summary>
public sealed class PlaceholderPositionTests
{
    private static string Facts(string ledeEn) => $"""
        date: 2025-09-18
        source: {"{"} name: Nature, url: https://www.nature.com/ {"}"}
        figures:
          c: {"{"} amount: 294000, currency: USD {"}"}
        headline: {"{"} id: "Biaya {"{"}c{"}"}", en: "Cost {"{"}c{"}"}" {"}"}
        lede:
          id: "Biaya {"{"}c{"}"}"
          en: {ledeEn}
        """;

    [Fact]
    public void StrayBraces_EachAtItsOwnColumn_UpToTheCap()
    {
        var text = Facts("\"" + new string('}', 5_000) + "\"");

        FactsTestSupport.Parse(text, out var bag);

        var braces = bag.Sorted().Where(d => d.Code == "NB1037").ToList();
        Assert.Equal(FactReporter.MaxDiagnostics, braces.Count);
        Assert.All(braces, d => Assert.Equal(8, d.Location.Line));
        // "}}" is one mistake (a template's closing), reported once at its first brace.
        Assert.Equal(Enumerable.Range(0, braces.Count).Select(i => 8 + (2 * i)), braces.Select(d => d.Location.Column));
    }

    [Fact]
    public void PlaceholderAfterEscapes_IsFoundPastThem()
    {
        // Each \u00e9 is six source characters for one of the value: after `  en: "` (7) and 18 of escapes and a space.
        var text = Facts("\"\\u00e9\\u00e9\\u00e9 {x}\"");

        FactsTestSupport.Parse(text, out var bag);

        var d = Assert.Single(bag.Sorted(), d => d.Code == "NB1036");
        Assert.Equal((8, 27), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void PlaceholdersOfAFoldedText_AreOnTheirOwnLines()
    {
        var lines = Enumerable.Range(0, 2_000).Select(i => i == 1_500 ? "    {nope} here" : "    {c} and {c}");
        var text = Facts(">-\n" + string.Join('\n', lines));

        FactsTestSupport.Parse(text, out var bag);

        var d = Assert.Single(bag.Sorted(), d => d.Code == "NB1036");
        Assert.Equal((9 + 1_500, 5), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void TwentyFourThousandPlaceholders_AreAccepted()
    {
        var text = Facts("\"" + string.Concat(Enumerable.Repeat("{c} ", 24_000)).TrimEnd() + "\"");

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.NotNull(file);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
    }
}
