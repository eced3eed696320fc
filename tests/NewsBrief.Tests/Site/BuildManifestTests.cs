using System.Text;
using NewsBrief.Facts;
using NewsBrief.Site;

namespace NewsBrief.Tests.Site;

/// <summary>
/// The manifest reader is a forward-only pass over the bytes; it must give back exactly what was
/// written, and nothing (a clean build) for any manifest that is not byte for byte what a build wrote.
/// </summary>
public sealed class BuildManifestTests
{
    private static readonly string[] Locales = ["en", "id"];

    private static BuildManifest Sample()
    {
        var briefs = new SortedDictionary<string, ManifestBrief>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            PartialDate.TryParse($"2025-09-1{i}", out var date);
            briefs[$"story-{i}"] = new ManifestBrief(new string((char)('a' + i), 64), date,
            [
                new ManifestLocale($"Sept. 1{i}, 2025", $"Story {i} \"costs\" $294,000 <b>", "Lede with \\ backslash, é and \u2028."),
                new ManifestLocale($"1{i} September 2025", $"Cerita {i} Rp4,87 miliar", "Lede & </script>"),
            ]) { Tags = i == 0 ? [] : ["ai", $"Ekonomi \"{i}\"", "../x"], Kind = i == 2 ? "analysis" : "brief" };
        }

        return new BuildManifest(new string('f', 64), briefs);
    }

    [Fact]
    public void Parse_GivesBackWhatWasWritten()
    {
        var written = Sample();

        var read = BuildManifest.Parse(written.ToUtf8(Locales), Locales);

        Assert.NotNull(read);
        Assert.Equal(written.Inputs, read.Inputs);
        Assert.Equal(written.Briefs.Keys, read.Briefs.Keys);
        foreach (var (slug, brief) in written.Briefs)
        {
            Assert.Equal(brief.Hash, read.Briefs[slug].Hash);
            Assert.Equal(brief.Date, read.Briefs[slug].Date);
            Assert.Equal(brief.Locales, read.Briefs[slug].Locales);
            Assert.Equal(brief.Tags, read.Briefs[slug].Tags); // the section pages of unchanged briefs come from these
            Assert.Equal(brief.Kind, read.Briefs[slug].Kind);
        }

        Assert.Equal(written.ToUtf8(Locales), read.ToUtf8(Locales));
    }

    [Fact]
    public void Parse_HashesOnly_GivesTheHashesAndChecksTheRest()
    {
        var written = Sample();
        var bytes = written.ToUtf8(Locales);

        var read = BuildManifest.Parse(bytes, Locales, hashesOnly: true);

        Assert.NotNull(read);
        Assert.Equal(written.Briefs.ToDictionary(b => b.Key, b => b.Value.Hash), read.Briefs.ToDictionary(b => b.Key, b => b.Value.Hash));
        Assert.All(read.Briefs.Values, b => Assert.Empty(b.Locales));
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\"Story 1", "\"Story 7", StringComparison.Ordinal));
        Assert.Null(BuildManifest.Parse(edited, Locales, hashesOnly: true));
        var missing = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\"id\": {", "\"ms\": {", StringComparison.Ordinal));
        Assert.Null(BuildManifest.Parse(missing, Locales, hashesOnly: true));
    }

    [Fact]
    public void Parse_RefusesEveryTruncation()
    {
        var bytes = Sample().ToUtf8(Locales);
        // The last byte is the final newline, which JSON does not need.
        for (var length = 0; length < bytes.Length - 1; length++)
        {
            Assert.Null(BuildManifest.Parse(bytes.AsSpan(0, length), Locales));
        }
    }

    [Theory]
    [InlineData("\"Story 1", "\"Story 7")] // valid JSON, content that no longer matches its check
    [InlineData("newsbrief-site-manifest/3", "newsbrief-site-manifest/1")]
    [InlineData("\"headline\"", "\"headlines\"")]
    [InlineData("\"kind\": \"analysis\"", "\"kinds\": \"analysis\"")]
    [InlineData("\"tags\": [", "\"tags\": [1, ")]
    [InlineData("\"id\": {", "\"ms\": {")] // a locale of this build missing
    [InlineData("\"check\": \"", "\"check\": \"0")]
    public void Parse_RefusesAnEditedManifest(string find, string replace)
    {
        var text = Encoding.UTF8.GetString(Sample().ToUtf8(Locales));
        Assert.Contains(find, text, StringComparison.Ordinal);

        Assert.Null(BuildManifest.Parse(Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal)), Locales));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"format\": 2}")]
    [InlineData("\u00ff\u00fe")]
    public void Parse_RefusesWhatIsNoManifest(string text) =>
        Assert.Null(BuildManifest.Parse(Encoding.UTF8.GetBytes(text), Locales));

    [Fact]
    public void Parse_RefusesTrailingContent()
    {
        var bytes = Sample().ToUtf8(Locales);

        Assert.Null(BuildManifest.Parse([.. bytes, .. "{}"u8], Locales));
    }
}
