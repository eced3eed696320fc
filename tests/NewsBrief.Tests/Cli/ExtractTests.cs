using System.Text.RegularExpressions;
using NewsBrief.Extraction;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary><c>newsbrief extract</c>: the seed article's draft, its round trip through <c>check</c>, and usage.</summary>
public sealed partial class ExtractTests
{
    private const string SeedArticle = "deepseek-r1-cost.id.txt";

    private static CliRunner.Result Extract(params string[] args) => CliRunner.Run(RepoFiles.Data("seed"), ["extract", .. args]);

    [Fact]
    public void SeedArticle_MatchesTheReviewedGoldenDraft()
    {
        var result = Extract(SeedArticle, "--lang", "id");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.Assert("extract/deepseek-r1-cost.id.yml", result.Out);
    }

    [Theory]
    [InlineData("    amount: 4.87 miliar\n    currency: IDR\n    qualifier: about\n    reported: { USD: 294000 }\n")] // the training cost, with its pair
    [InlineData("    amount: 100 juta\n    currency: USD\n    qualifier: more_than\n")] // the rivals' cost
    [InlineData("    value: 512\n    unit: chip\n")]
    [InlineData("    value: 80\n    unit: hour\n")]
    [InlineData("  - date: 2025-09-17\n")]
    [InlineData("  - date: 2022-10\n")]
    [InlineData("  - pair: USD/IDR\n    rate: 16565\n")] // implied by Rp4,87 miliar = USD294 ribu
    [InlineData("#   note: the article's \"Rp4 Miliar\" understates biaya_idr (Rp4,87 miliar) by 18%")]
    public void SeedArticle_FindsEveryFigureOfTheStory(string expected)
    {
        Assert.Contains(expected, Extract(SeedArticle).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedArticle_GuessesIndonesianAndIsDeterministic()
    {
        var guessed = Extract(SeedArticle);
        var again = Extract(SeedArticle);

        Assert.Equal(0, guessed.ExitCode);
        Assert.Equal(Extract(SeedArticle, "--lang", "id").Out, guessed.Out);
        Assert.Equal(guessed.Out, again.Out);
    }

    [Fact]
    public void SeedDraft_OnceFilledIn_PassesCheck()
    {
        var draft = Extract(SeedArticle).Out;
        Assert.Contains(ArticleExtractor.DateMarker, draft, StringComparison.Ordinal);
        Assert.Contains(ArticleExtractor.UrlMarker, draft, StringComparison.Ordinal);
        Assert.Contains(ArticleExtractor.TextMarker, draft, StringComparison.Ordinal);

        var filled = draft
            .Replace(ArticleExtractor.DateMarker, "2025-09-18", StringComparison.Ordinal)
            .Replace(ArticleExtractor.UrlMarker, "https://www.nature.com/", StringComparison.Ordinal)
            .Replace(ArticleExtractor.TextMarker, "Filled in by the editor", StringComparison.Ordinal);
        Assert.All(filled.Split('\n').Where(l => !l.TrimStart().StartsWith('#')), l => Assert.DoesNotMatch(Marker(), l));
        using var dir = new TempDir();
        var path = dir.Write("deepseek-r1-draft.yml", filled);

        var check = CliRunner.Run(dir.Path, "check", path);

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.DoesNotContain(" error ", check.Error, StringComparison.Ordinal);
        var render = CliRunner.Run(dir.Path, "render", path, "--locale", "id");
        Assert.Equal(0, render.ExitCode);
        Assert.Contains("# DeepSeek Cuma Habiskan Sekitar Rp4,87 Miliar untuk Biaya Pelatihan Model AI Tahun Ini", render.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishArticle_IsGuessedAndDrafted()
    {
        using var dir = new TempDir();
        dir.Write("story.txt", "DeepSeek Spent $294,000 on R1\n\nDeepSeek spent about $294,000 (Rp4.87 billion) to train R1, according to a paper published on Sept. 17, 2025. U.S. rivals spent more than $100 million on similar models. Training took 80 hours on 512 chips.\n");

        var result = CliRunner.Run(dir.Path, "extract", "story.txt");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("(en).", result.Out, StringComparison.Ordinal);
        Assert.Contains("    amount: 294000\n    currency: USD\n    qualifier: about\n    reported: { IDR: 4.87 billion }\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  - date: 2025-09-17\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DescribesTheCommandAndTheLanguageDefault()
    {
        var result = CliRunner.Run(RepoFiles.Root, "extract", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--lang", result.Out, StringComparison.Ordinal);
        Assert.Contains("guessed", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "b.txt")]
    [InlineData("extract", "deepseek-r1-cost.id.txt", "--no-such-option")]
    public void BadUsage_ExitsTwoWithAHint(params string[] args)
    {
        var result = CliRunner.Run(RepoFiles.Data("seed"), args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLanguage_IsAUsageError()
    {
        var result = Extract(SeedArticle, "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("Known: en, id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleWhoseLanguageCannotBeTold_AsksForLang()
    {
        using var dir = new TempDir();
        dir.Write("numbers.txt", "DeepSeek R1: 512, 80.\n");

        var result = CliRunner.Run(dir.Path, "extract", "numbers.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("Pass --lang en or --lang id", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n \t\n")]
    [InlineData("DeepSeek\0\0\0")]
    public void EmptyOrBinaryArticle_ExitsOneWithAPositionedErrorAndPrintsNothing(string text)
    {
        using var dir = new TempDir();
        dir.Write("article.txt", text);

        var result = CliRunner.Run(dir.Path, "extract", "article.txt", "--lang", "id");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("article.txt:1:1: error NB6006: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingArticle_ExitsOneWithAPositionedError()
    {
        using var dir = new TempDir();

        var result = CliRunner.Run(dir.Path, "extract", "nope.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("nope.txt:1:1: error NB6001: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [GeneratedRegex("<[^<>\n]+>")]
    private static partial Regex Marker();
}
