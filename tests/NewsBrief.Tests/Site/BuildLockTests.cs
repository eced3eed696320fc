using System.Runtime.InteropServices;
using System.Text.Json;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// Builds of one site take turns through the lock on <c>.SITE.lock</c> next to it. The builds here
/// are real child processes running with the CLI's own runtimeconfig (where .NET's advisory file
/// locking is off), so exclusion is shown across processes, not assumed. Every wait is on something
/// a process printed or a lock observed; time limits are only failure guards.
/// </summary>
public sealed class BuildLockTests : IDisposable
{
    private const string Waiting = "newsbrief build: waiting for another build of 'out/site' to finish...";
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    private readonly TempDir dir = new();
    private readonly string facts;
    private readonly string site;
    private readonly string lockFile;

    public BuildLockTests()
    {
        SiteFixtures.CopyProject(dir.Path);
        facts = Path.Combine(dir.Path, "briefs");
        site = Path.Combine(dir.Path, "out", "site");
        lockFile = Path.Combine(dir.Path, "out", ".site.lock");
        SiteFixtures.WriteStories(facts, 40);
    }

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Lock_TwoOpensInOneProcess_ExcludeEachOther_AndTheFileOutlivesTheLock()
    {
        // The desk builds inside its own process, so exclusion must not be per process.
        using (var first = BuildLock.TryAcquire(lockFile))
        {
            Assert.NotNull(first);
            Assert.Null(BuildLock.TryAcquire(lockFile));
        }

        using var again = BuildLock.TryAcquire(lockFile);
        Assert.NotNull(again);
        Assert.True(File.Exists(lockFile));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    public void Build_WhileAnotherProcessHoldsTheLock_SaysSoOnceWaitsThenWritesWhatAnUncontendedBuildWrites(string format)
    {
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site").ExitCode);
        File.WriteAllText(Path.Combine(facts, "story-0007.yml"), SiteFixtures.Story(7, "An edited headline"));
        var before = SiteFixtures.Tree(site);
        var kept = Assert.Single(SiteFixtures.Previous(site));
        var keptBefore = SiteFixtures.Tree(kept);

        CliProcess build;
        using (var held = BuildLock.TryAcquire(lockFile))
        {
            Assert.NotNull(held);
            build = CliProcess.Start(dir.Path, null, "build", "briefs", "--out", "out/site", "--format", format);
            Assert.Equal(Waiting, build.WaitForErrorLine(l => l.Contains("waiting", StringComparison.Ordinal), Guard));

            // Held by this test process: the build in the other process can only be waiting, having touched nothing.
            Assert.False(build.HasExited);
            Assert.Equal(before, SiteFixtures.Tree(site));
            Assert.Equal(new[] { kept }, SiteFixtures.Previous(site));
            Assert.Equal(keptBefore, SiteFixtures.Tree(kept));
            Assert.Empty(SiteFixtures.Leftovers(site));
        }

        using (build)
        {
            var result = build.WaitForExit(Guard);

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Single(result.Error.Split('\n'), l => l == Waiting);
            Assert.Contains("(1 rendered, 39 unchanged; 1 facts file parsed)", result.Error, StringComparison.Ordinal);
            // The one diagnostic is the default base URL's warning (NB6030): nothing about the lock.
            if (format == "json")
            {
                Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(result.Out).RootElement.ValueKind);
                Assert.Equal("NB6030", Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray()).GetProperty("code").GetString());
            }
            else if (format == "github")
            {
                Assert.StartsWith("::warning file=out/site,title=NB6030::", Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("", result.Out); // text: diagnostics on stderr
                Assert.Single(result.Error.Split('\n'), l => l.Contains(": warning NB", StringComparison.Ordinal) || l.Contains(": error NB", StringComparison.Ordinal));
            }
        }

        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
        Assert.Single(SiteFixtures.Previous(site));
    }

    [Fact]
    public void Builds_StartedTogether_AllSucceedAndLeaveTheSiteACleanBuildWrites()
    {
        // Round 1, overlap certain: both start while this process holds the lock, so both wait; then
        // they take turns (the first builds from nothing, the second rebuilds).
        var builds = new List<CliProcess>();
        using (var held = BuildLock.TryAcquire(lockFile))
        {
            Assert.NotNull(held);
            builds.Add(CliProcess.Start(dir.Path, null, "build", "briefs", "--out", "out/site", "--jobs", "1"));
            builds.Add(CliProcess.Start(dir.Path, null, "build", "briefs", "--out", "out/site", "--jobs", "2"));
            foreach (var build in builds)
            {
                build.WaitForErrorLine(l => l == Waiting, Guard);
            }
        }

        AssertAllSucceed(builds);
        AssertOneSiteAsACleanBuildWritesIt();

        // Round 2, a free-for-all after an edit: three builds at once, in whatever order they get the lock.
        File.WriteAllText(Path.Combine(facts, "story-0011.yml"), SiteFixtures.Story(11, "Edited between rounds"));
        File.Delete(Path.Combine(facts, "story-0012.yml"));
        builds = [.. Enumerable.Range(1, 3).Select(j => CliProcess.Start(dir.Path, null, "build", "briefs", "--out", "out/site", "--jobs", j.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        AssertAllSucceed(builds);
        AssertOneSiteAsACleanBuildWritesIt();
    }

    [Fact]
    public void Build_KilledWhileHoldingTheLock_DoesNotBlockTheNextBuild()
    {
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site").ExitCode);
        File.WriteAllText(Path.Combine(facts, "story-0003.yml"), SiteFixtures.Story(3, "Edited before the kill"));

        // The site's manifest becomes a named pipe: a build reads it under the lock, and opening a
        // pipe with no writer blocks. So the first build stops there holding the lock, for as long as
        // the test wants, without any timing.
        var manifest = Path.Combine(site, ".newsbrief", "manifest.json");
        var manifestBytes = File.ReadAllBytes(manifest);
        File.Delete(manifest);
        Assert.True(NativeMethods.MakeFifo(manifest, Convert.ToUInt32("600", 8)) == 0, $"mkfifo failed: errno {Marshal.GetLastPInvokeError()}");

        using var killed = CliProcess.Start(dir.Path, new Dictionary<string, string> { ["NEWSBRIEF_TIMINGS"] = "1" }, "build", "briefs", "--out", "out/site");
        killed.WaitForErrorLine(l => l.StartsWith("newsbrief build: timing: build lock:", StringComparison.Ordinal), Guard);
        Assert.Null(BuildLock.TryAcquire(lockFile)); // the CLI process holds it (with .NET's own file locking off)

        using var next = CliProcess.Start(dir.Path, null, "build", "briefs", "--out", "out/site");
        Assert.Equal(Waiting, next.WaitForErrorLine(l => l.Contains("waiting", StringComparison.Ordinal), Guard));

        // The real manifest back in place (the blocked open keeps the pipe), then SIGKILL.
        var temporary = Path.Combine(dir.Path, "manifest.json.tmp");
        File.WriteAllBytes(temporary, manifestBytes);
        File.Move(temporary, manifest, overwrite: true);
        Assert.False(killed.HasExited);
        killed.Kill();

        var result = next.WaitForExit(Guard);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("(1 rendered, 39 unchanged; 1 facts file parsed)", result.Error, StringComparison.Ordinal);
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
        using var free = BuildLock.TryAcquire(lockFile);
        Assert.NotNull(free);
    }

    [Fact]
    public void Build_WhenTheLockFileCannotBeOpened_ReportsItStillChecksEveryFileAndTouchesNothing()
    {
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site").ExitCode);
        var before = SiteFixtures.Tree(site);
        File.Delete(lockFile); // no build runs: nobody has it open
        Directory.CreateDirectory(lockFile); // a folder where the lock file goes
        File.WriteAllText(Path.Combine(facts, "story-0005.yml"), "date: 2025-13-40\n");

        var result = CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error NB6001: Cannot take the build lock '.site.lock'", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"story-0005\.yml:\d+:\d+: error NB1", result.Error);
        Assert.Equal(before, SiteFixtures.Tree(site));
        Assert.Equal(new[] { lockFile }, SiteFixtures.Leftovers(site)); // only the folder in the lock's way
        Assert.Empty(Directory.GetFileSystemEntries(lockFile));
    }

    private static void AssertAllSucceed(List<CliProcess> builds)
    {
        foreach (var build in builds)
        {
            using (build)
            {
                var result = build.WaitForExit(Guard);
                Assert.True(result.ExitCode == 0, result.Error);
                Assert.True(result.Error.Split('\n').Count(l => l == Waiting) <= 1, result.Error);
            }
        }
    }

    private void AssertOneSiteAsACleanBuildWritesIt()
    {
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site)); // no staging or set-aside folder of anyone
        Assert.Single(SiteFixtures.Previous(site)); // just the one kept for the next rebuild
        Assert.True(File.Exists(lockFile)); // never taken for a leftover
    }

    /// <summary>The tree a single uncontended clean build of the current facts writes.</summary>
    private SortedDictionary<string, string> CleanTree() => SiteFixtures.CleanTree(dir.Path);

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
    }
}
