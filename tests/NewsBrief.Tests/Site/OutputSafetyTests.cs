using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// A build never deletes, empties or writes anything outside the real <c>--out</c> folder and its own
/// hidden siblings, and never follows a symbolic link while deleting, recycling, linking or writing.
/// Every scenario runs against real folders: a user's folder ("victim") with files in it, links to
/// it planted where the build looks, and the victim compared byte for byte afterwards.
/// </summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void Build_OutIsALinkToAUserFolder_IsRefused_AndTheFolderSurvivesEveryBuild()
    {
        using var dir = Project(2);
        var victim = Path.Combine(dir.Path, "victim");
        Directory.CreateDirectory(victim); // empty at first: the case that used to pass as "an empty folder"
        Directory.CreateDirectory(Path.Combine(dir.Path, "pub"));
        var site = Path.Combine(dir.Path, "pub", "site");
        Directory.CreateSymbolicLink(site, victim);

        var first = CliRunner.Run(dir.Path, "build", "briefs", "--out", "pub/site");
        FillVictim(victim);
        var before = Snapshot(victim);
        var second = CliRunner.Run(dir.Path, "build", "briefs", "--out", "pub/site");
        var third = CliRunner.Run(dir.Path, "build", "briefs", "--out", "pub/site");

        foreach (var run in new[] { first, second, third })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("NB6007", run.Error, StringComparison.Ordinal);
            Assert.Contains(victim, run.Error, StringComparison.Ordinal); // names the real folder to pass instead
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, Snapshot(victim));
        Assert.NotNull(new DirectoryInfo(site).LinkTarget); // still the user's link
        Assert.Equal(["site"], Directory.GetFileSystemEntries(Path.Combine(dir.Path, "pub")).Select(Path.GetFileName)); // no lock, no staging, no kept site
    }

    [Fact]
    public void Build_PageFolderAndFilesReplacedByLinks_NeverDeletesOrWritesThroughThem()
    {
        using var dir = Project(3);
        var victim = Path.Combine(dir.Path, "victim");
        FillVictim(victim);
        File.WriteAllText(Path.Combine(victim, "index.html"), "the user's own page");
        var before = Snapshot(victim);
        var site = Path.Combine(dir.Path, "site");
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "site").ExitCode);

        // The page folder of one brief becomes a link to the user's folder, another brief's page and
        // Markdown become links to the user's files, and a stray link sits in a locale folder.
        Directory.Delete(Path.Combine(site, "en", "story-0000"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site, "en", "story-0000"), victim);
        File.Delete(Path.Combine(site, "id", "story-0001", "index.html"));
        File.CreateSymbolicLink(Path.Combine(site, "id", "story-0001", "index.html"), Path.Combine(victim, "index.html"));
        File.Delete(Path.Combine(site, "id", "story-0001.md"));
        File.CreateSymbolicLink(Path.Combine(site, "id", "story-0001.md"), Path.Combine(victim, "precious.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site, "en", "stray"), victim);

        // Every brief changes in turn: the tampered site is first the previous site (its pages are
        // linked from), then the kept one (recycled as staging), then deleted.
        for (var round = 0; round < 3; round++)
        {
            File.WriteAllText(Path.Combine(dir.Path, "briefs", $"story-000{round}.yml"), SiteFixtures.Story(round, $"Changed {round}"));
            var run = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(before, Snapshot(victim));
        }

        Assert.Empty(Links(site));
        Assert.Equal(SiteFixtures.CleanTree(dir.Path), SiteFixtures.Tree(site));
        Assert.DoesNotContain("the user's own page", File.ReadAllText(Path.Combine(site, "id", "story-0001", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LinksPlantedInTheKeptAndStagingFolders_AreRemovedNotFollowed()
    {
        using var dir = Project(2);
        var victim = Path.Combine(dir.Path, "victim");
        FillVictim(victim);
        var before = Snapshot(victim);
        var site = Path.Combine(dir.Path, "site");
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "site").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "site").ExitCode);
        var kept = Assert.Single(SiteFixtures.Previous(site));

        // Inside the kept site (the next build's staging): every kind of entry replaced by a link.
        Directory.Delete(Path.Combine(kept, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(kept, "assets"), victim);
        Directory.Delete(Path.Combine(kept, "en", "story-0000"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(kept, "en", "story-0000"), victim);
        File.Delete(Path.Combine(kept, "en", "story-0001", "index.html"));
        File.CreateSymbolicLink(Path.Combine(kept, "en", "story-0001", "index.html"), Path.Combine(victim, "precious.txt"));
        Directory.Delete(Path.Combine(kept, "id"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(kept, "id"), victim);
        Directory.CreateSymbolicLink(Path.Combine(kept, "en", "zz"), victim);
        // Next to the site: links named like a kept site (the newest name, so the one a build would
        // claim), a staging folder and a set-aside site.
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, ".site.old-ffffffffffff"), victim);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, ".site.staging-000000000000"), victim);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, ".site.aside-000000000000"), victim);

        for (var round = 0; round < 3; round++)
        {
            File.WriteAllText(Path.Combine(dir.Path, "briefs", "story-0000.yml"), SiteFixtures.Story(0, $"Round {round}"));
            var run = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(before, Snapshot(victim));
        }

        Assert.Empty(Links(site));
        Assert.DoesNotContain(Links(dir.Path), l => Path.GetFileName(l).StartsWith(".site.", StringComparison.Ordinal)); // the planted links next to the site are gone, not their target
        Assert.Equal(SiteFixtures.CleanTree(dir.Path), SiteFixtures.Tree(site));
    }

    [Fact]
    public void Build_SiteGoneAndASetAsideLinkLeft_DoesNotPutTheLinkInPlaceOfTheSite()
    {
        using var dir = Project(1);
        var victim = Path.Combine(dir.Path, "victim");
        FillVictim(victim);
        var before = Snapshot(victim);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, ".site.aside-000000000000"), victim);

        var first = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
        File.WriteAllText(Path.Combine(dir.Path, "briefs", "story-0000.yml"), SiteFixtures.Story(0, "Changed"));
        var second = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Null(new DirectoryInfo(Path.Combine(dir.Path, "site")).LinkTarget);
        Assert.Equal(before, Snapshot(victim));
    }

    [Fact]
    public void Build_LockFileIsALink_IsRefused_AndNothingIsCreatedThroughIt()
    {
        using var dir = Project(1);
        var victim = Path.Combine(dir.Path, "victim");
        FillVictim(victim);
        var before = Snapshot(victim);
        File.CreateSymbolicLink(Path.Combine(dir.Path, ".site.lock"), Path.Combine(victim, "created-by-build"));

        var run = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NB6007", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(victim));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "site")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("HOME")]
    [InlineData("briefs")]
    [InlineData(".")]
    [InlineData("..")]
    public void Build_OutIsTheRootTheHomeOrAFolderHoldingTheInputs_IsRefusedWithNB6008(string output)
    {
        using var dir = Project(1);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var before = SiteFixtures.Tree(Path.Combine(dir.Path, "briefs"));

        var run = CliRunner.Run(dir.Path, "build", "briefs", "--out", output == "HOME" ? home : output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error NB6008", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, SiteFixtures.Tree(Path.Combine(dir.Path, "briefs")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(dir.Path)!, "." + Path.GetFileName(dir.Path) + ".*"));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path, ".briefs.*"));
    }

    [Fact]
    public void Build_OutDirectlyUnderTheRoot_IsRefusedAsASystemFolder()
    {
        // A new name, so that even a build that wrongly went ahead could harm nothing there (/mnt is
        // the real case; it is not touched here).
        using var dir = Project(1);
        var name = "newsbrief-test-" + Guid.NewGuid().ToString("N");
        try
        {
            var run = CliRunner.Run(dir.Path, "build", "briefs", "--out", "/" + name);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error NB6008", run.Error, StringComparison.Ordinal);
            Assert.Contains("directly under the root", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries("/", "*" + name + "*"));
        }
        finally
        {
            // Only if the refusal failed: leave no trace at the root.
            foreach (var leftover in Directory.GetFileSystemEntries("/", "*" + name + "*"))
            {
                SiteOutput.DeleteEntry(leftover);
            }
        }
    }

    [Fact]
    public void Build_IntoAnExistingEmptyFolder_ReplacesIt_KeepingItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = Project(1);
        var site = Path.Combine(dir.Path, "site");
        Directory.CreateDirectory(site);
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(site, Mode);

        var first = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(Mode, File.GetUnixFileMode(site));
        File.WriteAllText(Path.Combine(dir.Path, "briefs", "story-0000.yml"), SiteFixtures.Story(0, "Changed"));
        Assert.Equal(0, CliRunner.Run(dir.Path, "build", "briefs", "--out", "site").ExitCode);
        Assert.Equal(Mode, File.GetUnixFileMode(site));
    }

    [Fact]
    public void FileKinds_TellMountPointsPipesAndLinks()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.yml", "x");
        var link = Path.Combine(dir.Path, "link");
        Directory.CreateSymbolicLink(link, dir.Path);

        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(dir.Path));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link));
        Assert.Equal(FileKind.Directory, FileKinds.Of(link, followLinks: true));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(dir.Path, "none")));
        Assert.Equal(Path.Combine(FileKinds.RealPath(dir.Path), "none", "x"), FileKinds.RealPath(Path.Combine(link, "none", "x")));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(FileKind.Device, FileKinds.Of("/dev/zero"));
            Assert.True(FileKinds.IsMountPoint("/proc"));
            Assert.False(FileKinds.IsMountPoint(dir.Path));
        }
    }

    /// <summary>A project folder (locales, templates) with <paramref name="stories"/> facts files in briefs/.</summary>
    private static TempDir Project(int stories)
    {
        var dir = new TempDir();
        SiteFixtures.CopyProject(dir.Path);
        SiteFixtures.WriteStories(Path.Combine(dir.Path, "briefs"), stories);
        return dir;
    }

    private static void FillVictim(string victim)
    {
        Directory.CreateDirectory(Path.Combine(victim, "photos"));
        File.WriteAllText(Path.Combine(victim, "precious.txt"), "the user's precious file");
        File.WriteAllText(Path.Combine(victim, "photos", "holiday.jpg"), "JPEG bytes");
    }

    /// <summary>Every entry under <paramref name="folder"/> (never following a link) with its bytes or link target.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Walk(folder))
        {
            var name = Path.GetRelativePath(folder, entry.FullName);
            result[name] = entry.LinkTarget is { } target ? "-> " + target
                : entry is FileInfo file ? Convert.ToHexString(File.ReadAllBytes(file.FullName))
                : "folder";
        }

        return result;
    }

    /// <summary>The symbolic links under <paramref name="folder"/> (not followed).</summary>
    private static List<string> Links(string folder) => Walk(folder).Where(e => e.LinkTarget is not null).Select(e => e.FullName).ToList();

    private static IEnumerable<FileSystemInfo> Walk(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            yield return entry;
            if (entry is DirectoryInfo sub && entry.LinkTarget is null)
            {
                foreach (var inner in Walk(sub.FullName))
                {
                    yield return inner;
                }
            }
        }
    }
}
