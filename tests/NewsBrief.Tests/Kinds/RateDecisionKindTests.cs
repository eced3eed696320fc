using NewsBrief.Kinds;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// The rate-decision kind as kinds.md describes it: direction and size from the numbers, the streak
/// from the history, every verb alternative reached by some slug and grammatical where it stands,
/// and the same bytes every time.
/// </summary>
public sealed class RateDecisionKindTests
{
    private static string Facts(string rate, string previous, string history) => $$"""
        date: 2025-09-17
        kind: rate-decision
        source: { name: Bank Indonesia, date: 2025-09-17, url: https://www.bi.go.id/ }
        data:
          bank: bi
          rate_name: BI-Rate
          decided: 2025-09-17
          rate: {{rate}}
          previous: {{previous}}
          history:
        {{history}}
        """;

    private const string Cuts = """
            - { date: 2024-03-20, rate: 6.00 }
            - { date: 2024-04-24, rate: 6.25 }
            - { date: 2024-09-18, rate: 6.00 }
            - { date: 2025-01-15, rate: 5.75 }
        """;

    private static (string Id, string En) Render(string slug, string facts)
    {
        using var dir = new TempDir();
        var file = dir.Write($"briefs/{slug}.yml", facts);
        var id = CliRunner.Run(dir.Path, "render", file, "--locale", "id");
        var en = CliRunner.Run(dir.Path, "render", file, "--locale", "en");
        Assert.True(id.ExitCode == 0 && en.ExitCode == 0, id.Error + en.Error);
        Assert.Equal("", id.Error + en.Error);
        return (id.Out, en.Out);
    }

    [Theory]
    [InlineData("5.50", "5.75", "Bank Indonesia (BI) {0} suku bunga acuan BI-Rate sebesar 25 basis poin menjadi 5,50 persen pada Rabu (17/9/2025), pemangkasan ketiga sejak September 2024.", "menurunkan|memangkas",
        "Bank Indonesia {0} its benchmark BI-Rate by 25 basis points to 5.50% on Wednesday, its third cut since September 2024.", "cut|lowered")]
    [InlineData("5.75", "5.75", "Bank Indonesia (BI) {0} suku bunga acuan BI-Rate di level 5,75 persen pada Rabu (17/9/2025).", "mempertahankan|menahan",
        "Bank Indonesia {0} its benchmark BI-Rate at 5.75% on Wednesday.", "held|kept")]
    [InlineData("6.25", "5.75", "Bank Indonesia (BI) {0} suku bunga acuan BI-Rate sebesar 50 basis poin menjadi 6,25 persen pada Rabu (17/9/2025), kenaikan pertama sejak April 2024.", "menaikkan",
        "Bank Indonesia {0} its benchmark BI-Rate by 50 basis points to 6.25% on Wednesday, its first hike since April 2024.", "raised")]
    public void EveryVerbAlternative_IsReachedAndReadsRight(string rate, string previous, string id, string idVerbs, string en, string enVerbs)
    {
        var seenId = new HashSet<string>(StringComparer.Ordinal);
        var seenEn = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= 8 && (seenId.Count < idVerbs.Split('|').Length || seenEn.Count < enVerbs.Split('|').Length); n++)
        {
            var (idOut, enOut) = Render($"bi-rate-{n}", Facts(rate, previous, Cuts));
            var idVerb = idVerbs.Split('|').Single(v => idOut.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, id, v), StringComparison.Ordinal));
            var enVerb = enVerbs.Split('|').Single(v => enOut.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, en, v), StringComparison.Ordinal));
            seenId.Add(idVerb);
            seenEn.Add(enVerb);
        }

        Assert.Equal(idVerbs.Split('|').Order(StringComparer.Ordinal), seenId.Order(StringComparer.Ordinal));
        Assert.Equal(enVerbs.Split('|').Order(StringComparer.Ordinal), seenEn.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AHoldAfterHolds_CountsTheMeetingsUnchangedAndDatesTheLevel()
    {
        var (id, en) = Render("bi-rate-hold", Facts("5.75", "5.75", """
                - { date: 2024-12-18, rate: 6.00 }
                - { date: 2025-01-15, rate: 5.75 }
                - { date: 2025-02-19, rate: 5.75 }
                - { date: 2025-03-19, rate: 5.75 }
            """));

        Assert.Contains("di level 5,75 persen pada Rabu (17/9/2025), kali ketiga berturut-turut.", id, StringComparison.Ordinal);
        Assert.Contains("- BI-Rate bertahan di level 5,75 persen sejak Januari 2025.", id, StringComparison.Ordinal);
        Assert.Contains("at 5.75% on Wednesday, its third straight hold.", en, StringComparison.Ordinal);
        Assert.Contains("- The rate has stood at 5.75% since January 2025.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void ACutWithoutHistory_SaysNoStreak()
    {
        var facts = Facts("5.50", "5.75", "").Replace("  history:\n", "", StringComparison.Ordinal);

        var (id, en) = Render("bi-rate-bare", facts);

        Assert.Contains("menjadi 5,50 persen pada Rabu (17/9/2025).\n", id, StringComparison.Ordinal);
        Assert.Contains("to 5.50% on Wednesday.\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void SameFacts_SameBytes_AndVaryIsAStableHashOfSlugAndKey()
    {
        var first = Render("bi-rate-2025-09", Facts("5.50", "5.75", Cuts));
        var second = Render("bi-rate-2025-09", Facts("5.50", "5.75", Cuts));

        Assert.Equal(first, second);
        // FNV-1a 64 of "bi-rate-2025-09\nverb", computed independently: string.GetHashCode would change per process.
        Assert.Equal(16665657647379088160UL, VaryFunction.Seed("bi-rate-2025-09", "verb"));
    }
}
