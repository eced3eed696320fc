using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>The DeepSeek R1 story of examples/briefs renders the strings product.md fixes.</summary>
public sealed class SeedStoryTests
{
    private const string Seed = "examples/briefs/deepseek-r1-training-cost.yml";

    private static CliRunner.Result Render(params string[] extra) =>
        CliRunner.Run(RepoFiles.Root, ["render", Seed, .. extra]);

    [Theory]
    [InlineData("id", "sekitar Rp4,87 miliar (US$294.000)")]
    [InlineData("id", "lebih dari US$100 juta (sekitar Rp1,66 triliun)")]
    [InlineData("id", "512 chip")]
    [InlineData("id", "80 jam")]
    [InlineData("id", "Oktober 2022")]
    [InlineData("id", "17 September 2025")]
    [InlineData("en", "about $294,000")]
    [InlineData("en", "more than $100 million")]
    [InlineData("en", "512 chips")]
    [InlineData("en", "80 hours")]
    [InlineData("en", "October 2022")]
    [InlineData("en", "Sept. 17, 2025")]
    public void Render_Seed_WritesTheProductTableStrings(string locale, string expected)
    {
        var result = Render("--locale", locale);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedHeadline_RoundsAndCapitalisesInsteadOfTruncating()
    {
        var id = Render("--locale", "id").Out;

        // The source article's own headline says "Rp4 Miliar": an 18% understatement.
        Assert.Contains("# DeepSeek Cuma Habiskan Sekitar Rp4,87 Miliar untuk Melatih R1\n", id, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp4 Miliar", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutLocale_WritesEveryLocaleInOrder()
    {
        var result = Render();

        Assert.Equal(0, result.ExitCode);
        var id = result.Out.IndexOf("<!-- id -->", StringComparison.Ordinal);
        var en = result.Out.IndexOf("<!-- en -->", StringComparison.Ordinal);
        Assert.True(en >= 0 && id > en, "en then id (ordinal order of locale codes)");
    }

    [Fact]
    public void Check_Seed_IsCleanEvenWhenStrict()
    {
        var result = CliRunner.Run(RepoFiles.Root, "check", "examples/briefs", "--strict");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s), 0 warning(s)", result.Error, StringComparison.Ordinal);
    }
}
