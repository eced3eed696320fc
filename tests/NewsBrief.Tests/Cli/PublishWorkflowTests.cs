using System.Text.Json.Nodes;
using NewsBrief.Tests.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// <c>.github/workflows/publish.yml</c> is the example CI maintainers copy: it must check the facts
/// with annotations, build the site with the Pages base URL, and deploy only what the build wrote;
/// and its two newsbrief commands must work as written.
/// </summary>
public sealed class PublishWorkflowTests
{
    private static readonly JsonNode Workflow = YamlJson.Read(File.ReadAllText(Path.Combine(RepoFiles.Root, "workflows", "publish.yml")))!;

    private static IEnumerable<JsonNode> Steps(string job) => Workflow["jobs"]![job]!["steps"]!.AsArray().Select(s => s!);

    private static string Run(string startsWith) =>
        Steps("build").Select(s => (string?)s["run"]).Single(r => r is not null && r.Contains(startsWith, StringComparison.Ordinal))!;

    /// <summary>The arguments after the native executable in a <c>run</c> line, with GitHub expressions given values.</summary>
    private static string[] NewsBriefArguments(string run, string baseUrl)
    {
        var line = run.Replace("${{ steps.pages.outputs.base_url }}", baseUrl, StringComparison.Ordinal);
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        // The publish step's output: the native executable DIR/newsbrief, run directly.
        Assert.True(tokens.Count > 0 && tokens[0].EndsWith("/newsbrief", StringComparison.Ordinal), run);
        return [.. tokens.Skip(1)];
    }

    [Fact]
    public void Workflow_PublishesTheToolThenChecksAndBuildsWithAnnotations()
    {
        var runs = Steps("build").Select(s => (string?)s["run"]).Where(r => r is not null).ToList();
        // The README's publish command, with no platform or other build flags: the native executable.
        var install = runs.FindIndex(r => r!.StartsWith("dotnet publish src/NewsBrief.Cli -c Release -o ", StringComparison.Ordinal) && !r.Contains(" -r ", StringComparison.Ordinal));
        var check = runs.FindIndex(r => r!.Contains(" check ", StringComparison.Ordinal));
        var build = runs.FindIndex(r => r!.Contains(" build ", StringComparison.Ordinal));

        Assert.True(install >= 0 && install < check && check < build, string.Join("\n", runs));
        Assert.Equal(["check", "examples/briefs", "--strict", "--format", "github"], NewsBriefArguments(runs[check]!, "https://example.invalid"));
        Assert.Equal(["build", "examples/briefs", "--out", "site", "--base-url", "https://owner.github.io/repo/", "--format", "github"],
            NewsBriefArguments(runs[build]!, "https://owner.github.io/repo"));
    }

    [Fact]
    public void Workflow_DeploysTheBuiltSiteToPagesWithLeastPermissions()
    {
        Assert.Equal("write", (string?)Workflow["permissions"]!["pages"]);
        Assert.Equal("write", (string?)Workflow["permissions"]!["id-token"]);
        Assert.Equal("read", (string?)Workflow["permissions"]!["contents"]);
        var upload = Steps("build").Single(s => ((string?)s["uses"])?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("site", (string?)upload["with"]!["path"]);
        Assert.Equal("build", (string?)Workflow["jobs"]!["deploy"]!["needs"]);
        Assert.Contains(Steps("deploy"), s => ((string?)s["uses"])?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Workflow_CommandsRunAsWrittenOnTheExamples()
    {
        using var dir = new TempDir();
        SiteFixtures.CopyProject(dir.Path);
        SiteFixtures.Copy(RepoFiles.Examples, Path.Combine(dir.Path, "examples"));

        var check = CliRunner.Run(dir.Path, NewsBriefArguments(Run(" check "), "https://owner.github.io/repo"));
        var build = CliRunner.Run(dir.Path, NewsBriefArguments(Run(" build "), "https://owner.github.io/repo"));

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("https://owner.github.io/repo/en/", File.ReadAllText(Path.Combine(dir.Path, "site", "sitemap.xml")), StringComparison.Ordinal);
    }
}
