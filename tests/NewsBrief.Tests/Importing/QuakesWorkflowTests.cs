using System.Text.Json.Nodes;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>
/// <c>.github/workflows/quakes.yml</c> (docs/feeds.md): every 5 minutes; the previous site restored before
/// the loop runs and saved after it succeeded; the upload and the commit of the briefs only after the loop.
/// </summary>
public sealed class QuakesWorkflowTests
{
    private static readonly JsonNode Workflow = YamlJson.Read(File.ReadAllText(Path.Combine(RepoFiles.Root, "workflows", "quakes.yml")))!;

    private static List<JsonNode> Steps => Workflow["jobs"]!["build"]!["steps"]!.AsArray().Select(s => s!).ToList();

    private static int Index(Func<JsonNode, bool> which) => Steps.FindIndex(s => which(s));

    private static bool Uses(JsonNode step, string action) => ((string?)step["uses"])?.StartsWith(action, StringComparison.Ordinal) == true;

    private static bool Runs(JsonNode step, string text) => ((string?)step["run"])?.Contains(text, StringComparison.Ordinal) == true;

    [Fact]
    public void RunsEveryFiveMinutes()
    {
        var cron = Workflow["on"]!["schedule"]!.AsArray().Select(s => (string?)s!["cron"]).ToList();
        Assert.Equal(["*/5 * * * *"], cron);
        Assert.Equal("pages", (string?)Workflow["concurrency"]!["group"]);
    }

    [Fact]
    public void RestoresTheSite_RunsTheLoop_ThenSavesUploadsAndCommits_InThatOrder()
    {
        var restore = Index(s => Uses(s, "actions/cache/restore@"));
        var loop = Index(s => Runs(s, "tools/publish-quakes.sh --download"));
        var save = Index(s => Uses(s, "actions/cache/save@"));
        var upload = Index(s => Uses(s, "actions/upload-pages-artifact@"));
        var commit = Index(s => Runs(s, "git add briefs/quakes"));

        Assert.True(restore >= 0 && restore < loop && loop < save && save < upload && upload < commit, $"{restore} {loop} {save} {upload} {commit}");
        Assert.Equal("site", (string?)Steps[restore]["with"]!["path"]);
        Assert.Equal("quake-site-", (string?)Steps[restore]["with"]!["restore-keys"]);
        // No step may run after a failure (no `if: always()`): a failed loop uploads and commits nothing.
        Assert.All(Steps.Skip(loop), s => Assert.DoesNotContain("always()", (string?)s["if"] ?? "", StringComparison.Ordinal));
        Assert.Equal("build", (string?)Workflow["jobs"]!["deploy"]!["needs"]);
    }

    [Fact]
    public void TheLoopScript_ExistsAndRefusesMissingArguments()
    {
        var script = RepoFiles.At("tools/publish-quakes.sh");
        var info = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(script);
        using var process = System.Diagnostics.Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--feeds, --briefs and --site are required", error, StringComparison.Ordinal);
    }
}
