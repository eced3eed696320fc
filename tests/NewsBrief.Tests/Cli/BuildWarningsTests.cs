using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>Issue 14, point 5: build shows what check shows, and says when the base URL is the placeholder.</summary>
public sealed class BuildWarningsTests
{
    /// <summary>The seed story with a figure no text mentions (NB7005) and a digit written literally (NB7001): warnings, no error.</summary>
    private static string StoryWithWarnings() =>
        File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"))
            .Replace("figures:\n", "figures:\n  spare:\n    value: 12\n    unit: person\n    label: { id: Cadangan, en: Spare }\n", StringComparison.Ordinal);

    private static string[] DiagnosticLines(string stderr) =>
        stderr.Split('\n').Where(l => l.Contains(": warning NB", StringComparison.Ordinal) || l.Contains(": error NB", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Build_PrintsEveryWarningCheckPrintsForTheSameFile_OnEveryBuild()
    {
        using var dir = new TempDir();
        dir.Write("briefs/story.yml", StoryWithWarnings());

        var check = CliRunner.Run(dir.Path, "check", "briefs");
        var expected = DiagnosticLines(check.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains(expected, l => l.Contains("warning NB7005", StringComparison.Ordinal));

        foreach (var round in new[] { "clean", "rebuild" })
        {
            var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
            Assert.True(build.ExitCode == 0, round + ": " + build.Error);
            Assert.Equal(expected, DiagnosticLines(build.Error));
        }
    }

    [Fact]
    public void Build_WithTheDefaultBaseUrl_Warns_AndUnderStrictFailsWritingNothing()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml")));

        var plain = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("site: warning NB6030: No --base-url", plain.Error, StringComparison.Ordinal);

        var given = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
        Assert.Equal(0, given.ExitCode);
        Assert.DoesNotContain("NB6030", given.Error, StringComparison.Ordinal);

        var sitemap = Path.Combine(dir.Path, "site", "sitemap.xml");
        var before = File.ReadAllText(sitemap);
        var strict = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--strict", "--format", "github");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("::error file=site,title=NB6030::", strict.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(sitemap)); // the site built for the real URL is untouched
        Assert.Contains("https://news.example.org/", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Strict_FailsOnAFiguresWarning_AndLeavesTheSiteAsItWas()
    {
        using var dir = new TempDir();
        dir.Write("briefs/story.yml", StoryWithWarnings());

        var strict = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--strict", "--base-url", "https://news.example.org/");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error NB7005", strict.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "site")));
    }
}
