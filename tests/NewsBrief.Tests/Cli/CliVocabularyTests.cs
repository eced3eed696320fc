using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Issue 14, points 6 and 8: one flag vocabulary (--output md|html, --format text|github|json on
/// every command), the old spellings still working for a release, help that says newsbrief, and
/// the small rough edges of the command line.
/// </summary>
public sealed class CliVocabularyTests
{
    private const string Seed = "examples/briefs/deepseek-r1-training-cost.yml";

    public static TheoryData<string> Commands => new() { "render", "check", "build", "new", "extract", "serve", "schema" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_NamesTheProgramNewsbrief_ShowsLowercaseValues_AndEachDefaultOnce(string command)
    {
        var help = CliRunner.Run(RepoFiles.Root, command, "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains($"Usage:\n  newsbrief {command}", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsBrief.Cli", help.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[^>]*[A-Z][a-z]+\|", help.Out); // no <Github|Json|Text>
        foreach (var line in help.Out.Split('\n'))
        {
            var mentions = System.Text.RegularExpressions.Regex.Matches(line, @"[Dd]efault\b").Count;
            Assert.True(mentions <= 1, "default given twice: " + line);
        }
    }

    [Fact]
    public void Help_OfTheTool_NamesItNewsbrief_AndHidesTheOldSpellings()
    {
        var root = CliRunner.Run(RepoFiles.Root, "--help");
        var render = CliRunner.Run(RepoFiles.Root, "render", "--help");

        Assert.Contains("Usage:\n  newsbrief [command] [options]", root.Out, StringComparison.Ordinal);
        Assert.Contains("--output <md|html>", render.Out, StringComparison.Ordinal);
        Assert.Contains("--format <text|github|json>", render.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--diagnostics", render.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Output_AndTheOldFormatSpelling_WriteTheSameBytes_TheOldOneWithANote()
    {
        var html = CliRunner.Run(RepoFiles.Root, "render", Seed, "--output", "html");
        var old = CliRunner.Run(RepoFiles.Root, "render", Seed, "--format", "html");
        var md = CliRunner.Run(RepoFiles.Root, "render", Seed);

        Assert.Equal(0, html.ExitCode);
        Assert.Equal("", html.Error);
        Assert.StartsWith("<!-- en -->\n<h1>", html.Out, StringComparison.Ordinal);
        Assert.Equal(html.Out, old.Out);
        Assert.Contains("'render --format html' is now 'render --output html'", old.Error, StringComparison.Ordinal);
        Assert.StartsWith("<!-- en -->\n# ", md.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "JSON")]
    [InlineData("--diagnostics", "json")]
    public void Render_DiagnosticsFormat_IsFormat_WithDiagnosticsAsAHiddenAlias(string option, string value)
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/nope.yml", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("[", result.Out.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("\"code\": \"NB6001\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"line\": null", result.Out, StringComparison.Ordinal); // a missing file has no position
    }

    [Theory]
    [InlineData("render", Seed, "--output", "pdf")]
    [InlineData("render", Seed, "--format", "xml")]
    [InlineData("check", "examples/briefs", "--format", "md")]
    public void UnknownValues_AreUsageErrors(params string[] args)
    {
        var result = CliRunner.Run(RepoFiles.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void UnknownCommand_PrintsOneError()
    {
        var result = CliRunner.Run(RepoFiles.Root, "publish", "examples/briefs");

        Assert.Equal(2, result.ExitCode);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("newsbrief: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["newsbrief: unknown command 'publish'. The commands are: render, check, build, new, extract, serve, schema, import."], errors);
    }

    [Fact]
    public void MissingPath_IsNamedWithoutAPositionInEveryFormat()
    {
        var text = CliRunner.Run(RepoFiles.Root, "check", "examples/brief");
        var github = CliRunner.Run(RepoFiles.Root, "check", "examples/brief", "--format", "github");

        Assert.StartsWith("examples/brief: error NB6001: 'examples/brief' does not exist.", text.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(":1:1", text.Error, StringComparison.Ordinal);
        Assert.StartsWith("::error file=examples/brief,title=NB6001::", github.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OfAFile_SaysBuildTakesAFolder_NotToRenameIt()
    {
        using var dir = new TempDir();
        dir.Write("README.md", "# Our newsroom\n");

        var result = CliRunner.Run(dir.Path, "build", "README.md", "--out", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("README.md: error NB6031: 'README.md' is a file; build builds every facts file of a folder.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("README.yml", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "site")));
    }
}
