namespace NewsBrief.Tests.Kinds;

/// <summary>
/// The market-close kind (shared kinds.md): the index's direction and percent change to two decimals
/// with its level, the session's weekday, and the rupiah, whose rise in rupiah per dollar is a
/// WEAKER rupiah in every wording the templates may choose (R39): the slugs below make <c>vary</c>
/// pick every alternative, and the test proves it did.
/// </summary>
public sealed class MarketCloseKindTests
{
    private static readonly string[] Directions = ["up", "down", "flat"];

    // kinds.md "Kind: market-close": the verbs the locale data holds.
    private static readonly Dictionary<string, string[]> RupiahWeaker = new() { ["id"] = ["melemah"], ["en"] = ["weakened"] };
    private static readonly Dictionary<string, string[]> RupiahStronger = new() { ["id"] = ["menguat"], ["en"] = ["strengthened", "firmed"] };
    private static readonly Dictionary<string, string[]> RupiahFlat = new() { ["id"] = ["stagnan", "tidak berubah"], ["en"] = ["was unchanged", "closed flat"] };
    private static readonly Dictionary<string, string[]> IndexUp = new() { ["id"] = ["menguat", "naik"], ["en"] = ["rose", "gained", "climbed"] };
    private static readonly Dictionary<string, string[]> IndexDown = new() { ["id"] = ["melemah", "turun"], ["en"] = ["fell", "dropped", "slipped"] };
    private static readonly Dictionary<string, string[]> IndexFlat = new() { ["id"] = ["stagnan", "tidak berubah"], ["en"] = ["was unchanged", "closed flat"] };

    private static string Facts(string index, string rupiah) => $"""
        date: 2025-09-18
        kind: market-close
        source: {"{"} name: Bursa Efek Indonesia {"}"}
        data:
          date: 2025-09-18
          index: jci
          close: {(index == "up" ? "7901.05" : index == "down" ? "7852.31" : "7887.81")}
          previous: 7887.81
          rupiah_close: {(rupiah == "up" ? "16565" : rupiah == "down" ? "16480" : "16512")}
          rupiah_previous: 16512

        """;

    [Fact]
    public void RupiahPerDollarRising_IsAWeakerRupiah_InEveryAlternative_AndFallingAStrongerOne()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var index in Directions)
        {
            foreach (var rupiah in Directions)
            {
                for (var n = 0; n < 24; n++)
                {
                    var slug = $"close-{index}-{rupiah}-{n}";
                    var rendered = FinanceKindRender.Render(slug, Facts(index, rupiah));
                    Assert.True(rendered.Diagnostics.Count == 0, slug + ": " + string.Join("\n", rendered.Diagnostics));
                    foreach (var (locale, markdown) in rendered.Markdown)
                    {
                        var point = FinanceKindRender.Points(markdown).Single(p => p.Contains("rupiah", StringComparison.Ordinal));
                        var (must, mustNot) = rupiah switch
                        {
                            "up" => (RupiahWeaker[locale], RupiahStronger[locale].Concat(RupiahFlat[locale])),
                            "down" => (RupiahStronger[locale], RupiahWeaker[locale].Concat(RupiahFlat[locale])),
                            _ => (RupiahFlat[locale], RupiahWeaker[locale].Concat(RupiahStronger[locale])),
                        };
                        var used = must.Where(w => point.Contains(w, StringComparison.Ordinal)).ToList();
                        if (used.Count != 1 || mustNot.Any(w => point.Contains(w, StringComparison.Ordinal)))
                        {
                            failures.Add($"{slug} ({locale}), rupiah {rupiah}: {point}");
                        }

                        seen.UnionWith(used.Select(u => $"{locale} rupiah {rupiah}: {u}"));

                        var lede = FinanceKindRender.Lede(markdown);
                        var indexWords = index switch { "up" => IndexUp[locale], "down" => IndexDown[locale], _ => IndexFlat[locale] };
                        seen.UnionWith(indexWords.Where(w => lede.Contains(" " + w + " ", StringComparison.Ordinal)).Select(w => $"{locale} index {index}: {w}"));
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Every alternative was written at least once: the proof above covers all of them.
        foreach (var locale in new[] { "id", "en" })
        {
            foreach (var w in RupiahWeaker[locale])
            {
                Assert.Contains($"{locale} rupiah up: {w}", seen);
            }

            foreach (var w in RupiahStronger[locale])
            {
                Assert.Contains($"{locale} rupiah down: {w}", seen);
            }

            foreach (var w in RupiahFlat[locale])
            {
                Assert.Contains($"{locale} rupiah flat: {w}", seen);
            }

            foreach (var (direction, words) in new[] { ("up", IndexUp[locale]), ("down", IndexDown[locale]), ("flat", IndexFlat[locale]) })
            {
                foreach (var w in words)
                {
                    Assert.Contains($"{locale} index {direction}: {w}", seen);
                }
            }
        }
    }

    [Theory]
    [InlineData("id", "down", "Indeks Harga Saham Gabungan (IHSG) ditutup ", " 0,45 persen ke level 7.852,31 pada perdagangan Kamis (18/9/2025).")]
    [InlineData("en", "down", "The Jakarta Composite Index ", " 0.45% to 7,852.31 on Thursday.")]
    [InlineData("id", "up", "Indeks Harga Saham Gabungan (IHSG) ditutup ", " 0,17 persen ke level 7.901,05 pada perdagangan Kamis (18/9/2025).")]
    [InlineData("en", "flat", "The Jakarta Composite Index ", " at 7,887.81 on Thursday.")]
    public void Lede_GivesTheIndexInFull_ItsMoveToTwoDecimals_TheLevelAndTheWeekday(string locale, string index, string start, string end)
    {
        var lede = FinanceKindRender.Lede(FinanceKindRender.Render("close", Facts(index, "up")).Markdown[locale]);

        Assert.StartsWith(start, lede, StringComparison.Ordinal);
        Assert.EndsWith(end, lede, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Nilai tukar rupiah ditutup melemah 53 poin atau 0,32 persen ke Rp16.565 per dolar AS dari Rp16.512 per dolar AS.")]
    [InlineData("en", "The rupiah weakened 0.32% to 16,565 rupiah per dollar from 16,512 rupiah per dollar.")]
    public void RupiahPoint_GivesTheMoveAndBothRates(string locale, string expected)
    {
        var points = FinanceKindRender.Points(FinanceKindRender.Render("close", Facts("down", "up")).Markdown[locale]);

        Assert.Contains("- " + expected, points);
    }

    [Theory]
    [InlineData("id", "down", @"^- IHSG (turun|melemah) 35,50 poin dari level 7\.887,81 pada penutupan sebelumnya\.$")]
    [InlineData("en", "down", @"^- The index lost 35\.50 points from its previous close of 7,887\.81\.$")]
    [InlineData("id", "up", @"^- IHSG (naik|menguat) 13,24 poin dari level 7\.887,81 pada penutupan sebelumnya\.$")]
    [InlineData("en", "up", @"^- The index added 13\.24 points from its previous close of 7,887\.81\.$")]
    public void IndexPoint_GivesThePointsAndThePreviousClose_WithAnotherVerbThanTheLede(string locale, string index, string expected)
    {
        for (var n = 0; n < 8; n++)
        {
            var markdown = FinanceKindRender.Render($"close-{n}", Facts(index, "up")).Markdown[locale];
            var point = FinanceKindRender.Points(markdown)[0];
            Assert.Matches(expected, point);
            var verb = point.Split(' ')[locale == "id" ? 2 : 3];
            Assert.DoesNotContain(" " + verb + " ", FinanceKindRender.Lede(markdown), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutRupiah_ThereIsNoRupiahPoint_AndAnIndexKeyOfTheList_IsNamedFromLocaleData()
    {
        var text = Facts("up", "up").Replace("  rupiah_close: 16565\n  rupiah_previous: 16512\n", "", StringComparison.Ordinal).Replace("index: jci", "index: lq45", StringComparison.Ordinal);

        var rendered = FinanceKindRender.Render("close", text);

        Assert.Empty(rendered.Diagnostics);
        Assert.DoesNotContain("rupiah", rendered.Markdown["id"], StringComparison.Ordinal);
        Assert.StartsWith("Indeks LQ45 ditutup", FinanceKindRender.Lede(rendered.Markdown["id"]), StringComparison.Ordinal);
        Assert.StartsWith("The LQ45 index ", FinanceKindRender.Lede(rendered.Markdown["en"]), StringComparison.Ordinal);
        Assert.Single(FinanceKindRender.Points(rendered.Markdown["en"]));
    }
}
