using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

public sealed class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("render", "--help")]
    [InlineData("check", "--help")]
    [InlineData("new", "--help")]
    [InlineData("extract", "--help")]
    public void Help_OnEveryCommand_ExitsZeroAndDescribesIt(params string[] args)
    {
        var result = CliRunner.Run(RepoFiles.Root, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("render")]
    [InlineData("render", "examples/briefs/deepseek-r1-training-cost.yml", "--format", "pdf")]
    [InlineData("render", "examples/briefs/deepseek-r1-training-cost.yml", "--no-such-option")]
    [InlineData("check")]
    [InlineData("check", "examples/briefs", "--format", "xml")]
    [InlineData("new")]
    public void BadUsage_ExitsTwoWithAHint(params string[] args)
    {
        var result = CliRunner.Run(RepoFiles.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownLocale_IsAUsageError()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/deepseek-r1-training-cost.yml", "--locale", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Known: en, id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingFile_ExitsOneNamingThePathWithNoPosition()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/nope.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Matches(@"^examples/briefs/nope\.yml: error NB6001: 'examples/briefs/nope\.yml' does not exist\.", result.Error);
        Assert.DoesNotContain(" | ", result.Error, StringComparison.Ordinal); // no quoted line of a file that is not there
    }

    [Fact]
    public void Render_AFolder_SaysToNameAFileOrUseBuild()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Matches(@"^examples/briefs: error NB6001: 'examples/briefs' is a folder; .*newsbrief build examples/briefs --out site", result.Error);
    }

    [Fact]
    public void New_WritesAFileThatChecksOnceItsTodosAreFilled_AndNeverOverwrites()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "rice-prices.yml");

        var first = CliRunner.Run(RepoFiles.Root, "new", "rice-prices", "--dir", dir.Path);
        var written = File.ReadAllText(path);
        var second = CliRunner.Run(RepoFiles.Root, "new", "rice-prices", "--dir", dir.Path);
        var unfilled = CliRunner.Run(RepoFiles.Root, "check", path, "--strict");
        File.WriteAllText(path, written.Replace("TODO ", "", StringComparison.Ordinal));
        var filled = CliRunner.Run(RepoFiles.Root, "check", path, "--strict");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("NB6003", second.Error, StringComparison.Ordinal);
        Assert.Equal(1, unfilled.ExitCode);
        var errors = unfilled.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("error NB1044", e, StringComparison.Ordinal));
        Assert.True(filled.ExitCode == 0, filled.Error);
    }

    [Theory]
    [InlineData("Rice-Prices")]
    [InlineData("../escape")]
    [InlineData("a--b")]
    [InlineData("")]
    public void New_BadSlug_IsAUsageErrorAndWritesNothing(string slug)
    {
        using var dir = new TempDir();

        var result = CliRunner.Run(RepoFiles.Root, "new", slug, "--dir", dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(dir.Snapshot());
    }
}
