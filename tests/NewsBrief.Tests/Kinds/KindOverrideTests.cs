using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// A kind brief's own headline, lede or points replace the generated ones for their locale only;
/// the other locale keeps the generated text, and overrides are checked like any text.
/// </summary>
public sealed class KindOverrideTests
{
    internal static string RateDecision(string extra = "") => $$"""
        date: 2025-09-17
        kind: rate-decision
        source: { name: Bank Indonesia, date: 2025-09-17, url: https://www.bi.go.id/ }
        data:
          bank: bi
          rate_name: BI-Rate
          decided: 2025-09-17
          rate: 4.75
          previous: 5.00
          history:
            - { date: 2025-07-16, rate: 5.25 }
            - { date: 2025-08-20, rate: 5.00 }
        {{extra}}
        """;

    [Fact]
    public void Override_ReplacesOneLocalesHeadlineAndKeepsTheOthersGenerated()
    {
        using var dir = new TempDir();
        var file = dir.Write("briefs/bi-rate-cut.yml", RateDecision("""
            headline:
              id: BI Kembali Pangkas Suku Bunga Jadi {rate}
            """));

        var id = CliRunner.Run(dir.Path, "render", file, "--locale", "id");
        var en = CliRunner.Run(dir.Path, "render", file, "--locale", "en");

        Assert.Equal(0, id.ExitCode);
        Assert.StartsWith("# BI Kembali Pangkas Suku Bunga Jadi 4,75%\n", id.Out, StringComparison.Ordinal);
        Assert.Contains("sebesar 25 basis poin menjadi 4,75 persen", id.Out, StringComparison.Ordinal); // the lede is still generated
        Assert.Equal(0, en.ExitCode);
        Assert.StartsWith("# Bank Indonesia ", en.Out, StringComparison.Ordinal);
        Assert.Contains(" BI-Rate to 4.75%\n", en.Out, StringComparison.Ordinal);
        Assert.Equal("", id.Error + en.Error);
    }

    [Fact]
    public void OverriddenPoints_ReplaceTheGeneratedPointsOfThatLocale()
    {
        using var dir = new TempDir();
        var file = dir.Write("briefs/bi-rate-cut.yml", RateDecision("""
            points:
              - en: The decision surprised most economists polled by Reuters.
            """));

        var en = CliRunner.Run(dir.Path, "render", file, "--locale", "en");
        var id = CliRunner.Run(dir.Path, "render", file, "--locale", "id");

        Assert.Equal(0, en.ExitCode);
        Assert.Contains("- The decision surprised most economists polled by Reuters.\n", en.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("The rate had been", en.Out, StringComparison.Ordinal);
        Assert.Contains("- Sebelumnya, BI-Rate berada di level 5,00 persen.", id.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverrideThatContradictsTheData_IsAnErrorAtItsOwnLine()
    {
        using var dir = new TempDir();
        var file = dir.Write("briefs/bi-rate-cut.yml", RateDecision("""
            lede:
              en: Bank Indonesia cut its rate to 4.5% on Wednesday.
            """));

        var result = CliRunner.Run(dir.Path, "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"bi-rate-cut\.yml:14:\d+: error NB7002: ""4\.5%"" understates rate", result.Error);
    }
}
