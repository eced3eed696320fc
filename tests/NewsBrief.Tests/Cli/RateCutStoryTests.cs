using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// The Bank Indonesia rate-cut story of examples/briefs uses every figure of issue 10's signed
/// figures, points and ranges; its rendered pages are golden files read by a person.
/// </summary>
public sealed class RateCutStoryTests
{
    private const string Story = "examples/briefs/bi-rate-cut-2025-09-17.yml";

    private static CliRunner.Result Render(params string[] extra) =>
        CliRunner.Run(RepoFiles.Root, ["render", Story, .. extra]);

    [Theory]
    [InlineData("id", "# BI Pangkas Suku Bunga 25 Basis Poin Menjadi 4,75%\n")]
    [InlineData("id", "menurunkan BI-Rate sebesar 1,25 poin persentase.")]
    [InlineData("id", "di kisaran 1,5 hingga 3,5 persen.")]
    [InlineData("id", "Indeks harga konsumen turun 0,08 persen secara bulanan")]
    [InlineData("id", "| Sasaran inflasi 2025 | 1,5—3,5% |")]
    [InlineData("id", "| Perubahan BI-Rate | -25 basis poin |")]
    [InlineData("en", "# Bank Indonesia Cuts Rate 25 Basis Points to 4.75%\n")]
    [InlineData("en", "by 1.25 percentage points since January.")]
    [InlineData("en", "inflation of 1.5% to 3.5% this year.")]
    [InlineData("en", "Consumer prices fell 0.08% month on month in August.")]
    [InlineData("en", "| 2025 growth forecast | 4.6%-5.4% |")]
    [InlineData("en", "| BI-Rate change | -25 basis points |")]
    public void Render_WritesSignedFiguresPointsAndRangesAsTheStyleRulesSay(string locale, string expected)
    {
        var result = Render("--locale", locale);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

}
