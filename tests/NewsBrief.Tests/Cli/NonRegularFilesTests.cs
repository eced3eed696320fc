using System.Diagnostics;
using NewsBrief.Cli;
using NewsBrief.Tests.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Inputs that are not regular files, and folder trees that never end: standard input and pipes are
/// read up to the size limit and no further, devices are refused, and folder scans never follow a
/// link to a folder nor open a pipe, saying what they skipped (NB6010). Cases that used to hang run
/// in a child process, so that a regression fails on its time limit instead of stopping the tests.
/// </summary>
public sealed class NonRegularFilesTests
{
    private static byte[] Seed => File.ReadAllBytes(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"));

    [Fact]
    public void Check_DevStdinFedByAPipe_ReadsIt()
    {
        using var dir = new TempDir();

        var result = CliRunner.SpawnWithInput(dir.Path, Seed, "check", "/dev/stdin");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 file(s), 0 error(s)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAndRender_Dash_ReadStandardInput_AndNameItStdinYml()
    {
        using var dir = new TempDir();
        var bad = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Seed).Replace("date: 2025-09-18", "date: 2025-13-40", StringComparison.Ordinal));

        var good = CliRunner.RunWithInput(dir.Path, () => new MemoryStream(Seed), "check", "-");
        var render = CliRunner.RunWithInput(dir.Path, () => new MemoryStream(Seed), "render", "-", "--locale", "en");
        var wrong = CliRunner.RunWithInput(dir.Path, () => new MemoryStream(bad), "check", "-");
        var piped = CliRunner.SpawnWithInput(dir.Path, Seed, "render", "-", "--locale", "en");

        Assert.True(good.ExitCode == 0, good.Error);
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.StartsWith("# DeepSeek", render.Out, StringComparison.Ordinal);
        Assert.Equal(render.Out, piped.Out);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Matches(@"(?m)^stdin\.yml:\d+:\d+: error NB1", wrong.Error);
    }

    [Fact]
    public void Check_EndlessStandardInput_ReadsAtMostTheLimitAndOneByte()
    {
        using var dir = new TempDir();
        var endless = new EndlessStream();

        var result = CliRunner.RunWithInput(dir.Path, () => endless, "check", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("stdin.yml:1:1: error NB6001: The input is more than 1048576 bytes", result.Error, StringComparison.Ordinal);
        Assert.Equal(FactsInput.MaxFileBytes + 1, endless.BytesRead);
    }

    [Fact]
    public void Check_DevZero_IsRefusedAsADevice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDir();

        var result = CliRunner.Spawn(dir.Path, new Dictionary<string, string>(), "check", "/dev/zero");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/dev/zero:1:1: error NB6009: '/dev/zero' is a device", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAndBuild_FolderWithSelfLinksAPipeAndALinkToABigTree_FinishAndSayWhatWasSkipped()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDir();
        SiteFixtures.CopyProject(dir.Path);
        var briefs = Path.Combine(dir.Path, "briefs");
        SiteFixtures.WriteStories(briefs, 1);
        Directory.CreateSymbolicLink(Path.Combine(briefs, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(briefs, "b"), ".");
        Directory.CreateSymbolicLink(Path.Combine(briefs, "share"), "/usr/share");
        MakeFifo(Path.Combine(briefs, "pipe.yml"));
        File.CreateSymbolicLink(Path.Combine(briefs, "gone.yml"), Path.Combine(dir.Path, "nothing-here.yml"));

        var check = CliRunner.Spawn(dir.Path, new Dictionary<string, string>(), "check", "briefs");
        var build = CliRunner.Spawn(dir.Path, new Dictionary<string, string>(), "build", "briefs", "--out", "site");

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("1 file(s), 0 error(s)", check.Error, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(check.Error, "warning NB6010"));
        foreach (var (name, why) in new[] { ("a", "link to a folder"), ("b", "link to a folder"), ("share", "link to a folder"), ("pipe.yml", "named pipe"), ("gone.yml", "broken symbolic link") })
        {
            Assert.Matches($@"(?m)^briefs/{System.Text.RegularExpressions.Regex.Escape(name)}:1:1: warning NB6010: .*{why}", check.Error);
        }

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("1 briefs", build.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "site", "en", "story-0000", "index.html")));
    }

    [Fact]
    public void Workspace_APipeInTemplates_IsAnErrorNotAHang()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDir();
        SiteFixtures.CopyProject(dir.Path);
        SiteFixtures.WriteStories(Path.Combine(dir.Path, "briefs"), 1);
        MakeFifo(Path.Combine(dir.Path, "templates", "_shared", "stuck.md.sbn"));

        var result = CliRunner.Spawn(dir.Path, new Dictionary<string, string>(), "check", "briefs");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("templates/_shared/stuck.md.sbn:1:1: error NB4003: 'templates/_shared/stuck.md.sbn' is a named pipe (FIFO)", result.Error, StringComparison.Ordinal);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Zeros for ever, counting what was read (an in-process <c>/dev/zero</c> on standard input).</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, 4096);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
