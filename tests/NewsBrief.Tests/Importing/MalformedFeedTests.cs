using NewsBrief.Importing;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>
/// Malformed feeds (Data/feeds/bad, expectations in its expected.tsv): a positioned diagnostic with its
/// fix, exit 1, never "internal error", and nothing written (or only the good events of the feed).
/// </summary>
public sealed class MalformedFeedTests
{
    public static TheoryData<string, string, string, int, int, int> Cases()
    {
        var data = new TheoryData<string, string, string, int, int, int>();
        foreach (var line in File.ReadAllLines(FeedFiles.Path(Path.Combine("bad", "expected.tsv"))).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var c = line.Split('\t');
            data.Add(c[0], c[1], c[2], int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void EveryBadFeed_HasAnExpectation()
    {
        var listed = Cases().Select(c => (string)c[0]).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(FeedFiles.Folder, "bad")).Select(Path.GetFileName).Where(n => n != "expected.tsv");
        Assert.All(files, f => Assert.Contains(f!, listed));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadFeed_PositionedError_ExitOne_NothingWrittenButTheGoodEvents(string file, string source, string code, int line, int column, int written)
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, source, File.ReadAllText(FeedFiles.Path(Path.Combine("bad", file))), file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:{line}:{column}: error {code}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.Equal(written, FeedFiles.Briefs(dir).Count);
        // The excerpt under the diagnostic quotes the feed's line.
        Assert.Contains($" {line} | ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabyteFile_IsRefusedUnread()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.json");
        using (var stream = File.Create(path))
        {
            // A sparse file: 50 MB long, written in no time, never read by the importer.
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = CliRunner.Run(dir.Path, "import", "bmkg", path, "--out", Path.Combine(dir.Path, "briefs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("huge.json:1:1: error NB8001: The feed is larger than 32 MiB", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "briefs")));
    }

    [Fact]
    public void JustUnderTheLimit_IsRead()
    {
        // The limit is on the file, not on what fits a test: a feed of the limit's size minus one is parsed (and fails as JSON, at its end).
        var bytes = new byte[FeedFile.MaxBytes];
        Array.Fill(bytes, (byte)' ');
        bytes[0] = (byte)'[';
        var bag = new Diagnostics.DiagnosticBag();

        Assert.Null(FeedFile.Parse(bytes, "big.json", bag));
        Assert.Equal("NB8003", Assert.Single(bag.Sorted()).Code);
        Assert.Null(FeedFile.Parse([.. bytes, (byte)' '], "bigger.json", bag = new Diagnostics.DiagnosticBag()));
        Assert.Equal("NB8001", Assert.Single(bag.Sorted()).Code);
    }

    [Theory]
    [InlineData("bmkg", "{ \"Infogempa\": { \"gempa\": [] } }")]
    [InlineData("usgs", "{ \"type\": \"FeatureCollection\", \"features\": [] }")]
    public void EmptyFeed_ImportsNothing_ExitZero(string source, string feed)
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, source, feed, "empty.json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("0 events in empty.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFeedFile_NamedWithoutPosition()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run(dir.Path, "import", "bmkg", "nope.json", "--out", "briefs");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.json: error NB6001: 'nope.json' does not exist.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenExistingBrief_IsReportedAtItsLine_AndItsDaysAreLeftAlone()
    {
        using var dir = new TempDir();
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-autogempa.json"), "autogempa.json").ExitCode);
        var path = Path.Combine(dir.Path, "briefs", "gempa-20251212-143521.yml");
        var broken = File.ReadAllText(path).Replace("  magnitude: 5.8", "  magnitude: lima koma delapan", StringComparison.Ordinal);
        File.WriteAllText(path, broken);

        var result = FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-autogempa.json"), "autogempa.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"briefs/gempa-20251212-143521\.yml:\d+:14: error NB8014: `magnitude` is `lima koma delapan`, not a number\.", result.Error);
        Assert.Equal(broken, File.ReadAllText(path));
        Assert.Single(FeedFiles.Briefs(dir));
    }

    [Fact]
    public void OutIsAFile_NB8015()
    {
        using var dir = new TempDir();
        dir.Write("briefs", "not a folder");
        var result = FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-autogempa.json"), "autogempa.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error NB8015: --out names a file", result.Error, StringComparison.Ordinal);
    }
}
