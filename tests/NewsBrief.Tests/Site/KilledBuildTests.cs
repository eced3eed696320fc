using System.Diagnostics;
using NewsBrief.Cli;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// SIGKILL in the middle of a build (a real child process, 1,500 generated stories) leaves the
/// previous site byte-for-byte as it was; the next build succeeds and removes the staging folder.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void Build_KilledMidway_LeavesThePreviousSiteIntact()
    {
        using var dir = new TempDir();
        SiteFixtures.CopyProject(dir.Path);
        var small = Path.Combine(dir.Path, "small");
        var large = Path.Combine(dir.Path, "large");
        var site = Path.Combine(dir.Path, "site");
        SiteFixtures.WriteStories(small, 3);
        SiteFixtures.WriteStories(large, 1500);

        var first = CliRunner.Run(dir.Path, "build", "small", "--out", "site");
        Assert.True(first.ExitCode == 0, first.Error);
        // A second build keeps the first as .site.old-*: the killed builds below recycle it as staging.
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "small", "--out", "site").ExitCode);
        Assert.Single(SiteFixtures.Previous(site));
        var before = SiteFixtures.Tree(site);

        var killedMidway = 0;
        foreach (var delay in new[] { 300, 900, 1600, 2500, 4000 })
        {
            using var process = Start(dir.Path, "build", "large", "--out", "site", "--jobs", "2");
            var finished = process.WaitForExit(delay);
            if (!finished)
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Unix
                process.WaitForExit();
                killedMidway++;
                Assert.Equal(before, SiteFixtures.Tree(site));
            }
            else
            {
                // Too fast to kill on this machine: the new site must then be complete; restore the small one.
                Assert.Equal(0, process.ExitCode);
                Assert.Equal(1500 * 2, SiteFixtures.Tree(site).Keys.Count(k => k.EndsWith(".md", StringComparison.Ordinal))); // every brief in both locales
                Assert.Equal(0, CliRunner.Run(dir.Path, "build", "small", "--out", "site").ExitCode);
                Assert.Equal(before, SiteFixtures.Tree(site));
            }
        }

        Assert.True(killedMidway > 0, "every build finished before it could be killed");

        var next = CliRunner.Run(dir.Path, "build", "small", "--out", "site");
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(before, SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    private static Process Start(string cwd, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
