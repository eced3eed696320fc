using System.Text;
using NewsBrief.Facts;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// The manifest is written a line per brief and read forward once, then line by line; it must give
/// back exactly what was written, and nothing (a clean build) for any manifest that is not byte for
/// byte what a build wrote.
/// </summary>
public sealed class BuildManifestTests
{
    private static readonly string[] Locales = ["en", "id"];

    private static List<ManifestRecord> Records()
    {
        var records = new List<ManifestRecord>();
        for (var i = 0; i < 3; i++)
        {
            PartialDate.TryParse($"2025-09-1{i}", out var date);
            records.Add(new ManifestRecord($"story-{i}", new string((char)('a' + i), 64), date, Clean: i != 1, i == 2 ? "earthquake" : "brief", i == 0 ? [] : ["economy", "tag \"two\""],
            [
                new ManifestLocale($"Sept. 1{i}, 2025", $"Story {i} \"costs\" $294,000 <b>", "Lede with \\ backslash, é and \u2028."),
                new ManifestLocale($"1{i} September 2025", $"Cerita {i} Rp4,87 miliar", "Lede & </script>"),
            ]));
        }

        return records;
    }

    /// <summary>The bytes of a manifest of <see cref="Records"/>, written as a build writes it.</summary>
    private static byte[] Sample()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "manifest.json");
        using (var writer = new ManifestWriter(path, new string('f', 64), Locales))
        {
            foreach (var record in Records())
            {
                writer.Append(record.Date, record.Clean, record.ToLine());
            }

            writer.Finish();
        }

        return File.ReadAllBytes(path);
    }

    [Fact]
    public void Open_GivesBackWhatWasWritten()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".newsbrief"));
        File.WriteAllBytes(Path.Combine(dir.Path, BuildManifest.RelativePath), Sample());

        using var read = BuildManifest.TryOpen(dir.Path, Locales);

        Assert.NotNull(read);
        Assert.Equal(new string('f', 64), read.Inputs);
        var written = Records();
        Assert.Equal(written.Select(r => r.Slug), read.Briefs.Keys.Order(StringComparer.Ordinal));
        foreach (var record in written)
        {
            var entry = read.Briefs[record.Slug];
            Assert.Equal((record.Hash, record.Date, record.Clean), (entry.Hash, entry.Date, entry.Clean));
            var back = read.Record(entry);
            Assert.NotNull(back);
            Assert.Equal(record.Kind, back.Kind);
            Assert.Equal(record.Tags, back.Tags);
            Assert.Equal(record.Locales, back.Locales);
            Assert.Equal(record.ToLine(), read.Line(entry));
        }
    }

    [Fact]
    public void Open_RefusesAnotherBuildsLocales()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".newsbrief"));
        File.WriteAllBytes(Path.Combine(dir.Path, BuildManifest.RelativePath), Sample());

        Assert.Null(BuildManifest.TryOpen(dir.Path, ["en", "ms"]));
        Assert.Null(BuildManifest.TryOpen(dir.Path, ["en"]));
    }

    [Fact]
    public void Parse_RefusesEveryTruncation()
    {
        var bytes = Sample();
        Assert.NotNull(BuildManifest.Parse(bytes, Locales));
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(BuildManifest.Parse(bytes[..length], Locales));
        }
    }

    [Theory]
    [InlineData("\"Story 1", "\"Story 7")] // valid JSON, content that no longer matches its check
    [InlineData("newsbrief-site-manifest/4", "newsbrief-site-manifest/3")] // the previous format (before the section pages), and the sections branch's
    [InlineData("\"headline\"", "\"headlines\"")]
    [InlineData("\"kind\":\"earthquake\"", "\"kinds\":\"earthquake\"")]
    [InlineData("\"tags\":[", "\"tags\":[1,")]
    [InlineData("\"clean\":false", "\"clean\":true")]
    [InlineData("[\"en\",\"id\"]", "[\"en\",\"ms\"]")] // a locale of this build missing
    [InlineData("\"check\":\"", "\"check\":\"0")]
    [InlineData("{\"briefs\":3,", "{\"briefs\":2,")]
    public void Parse_RefusesAnEditedManifest(string find, string replace)
    {
        var text = Encoding.UTF8.GetString(Sample());
        Assert.Contains(find, text, StringComparison.Ordinal);

        Assert.Null(BuildManifest.Parse(Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal)), Locales));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]\n")]
    [InlineData("{}\n")]
    [InlineData("null\n")]
    [InlineData("{\"format\": 2}\n")]
    [InlineData("\u00ff\u00fe")]
    public void Parse_RefusesWhatIsNoManifest(string text) =>
        Assert.Null(BuildManifest.Parse(Encoding.UTF8.GetBytes(text), Locales));

    [Fact]
    public void Parse_RefusesTrailingContent()
    {
        var bytes = Sample();

        Assert.Null(BuildManifest.Parse([.. bytes, .. "{}\n"u8], Locales));
        Assert.Null(BuildManifest.Parse([.. bytes, .. "\n"u8], Locales));
    }

    [Fact]
    public void Record_RefusesALineOfAnotherShape()
    {
        var line = Records()[0].ToLine();
        Assert.NotNull(ManifestRecord.Parse(line, 2));
        Assert.Null(ManifestRecord.Parse(line, 3));
        Assert.Null(ManifestRecord.Parse(line.AsSpan(0, line.Length - 1), 2));
        Assert.Null(ManifestRecord.Parse(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line).Replace("\"kind\"", "\"kinds\"", StringComparison.Ordinal)), 2));
    }
}
