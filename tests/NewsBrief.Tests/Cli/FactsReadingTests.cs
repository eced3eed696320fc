using System.Text;
using NewsBrief.Cli;
using NewsBrief.Diagnostics;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Facts files are read with one exact-size read instead of a StreamReader (a build reads
/// thousands); the text must be what <see cref="File.ReadAllText(string)"/> gives for every
/// encoding mark and for bytes that are not UTF-8.
/// </summary>
public sealed class FactsReadingTests
{
    public static TheoryData<string, byte[]> Files()
    {
        const string text = "headline:\n  id: \"Rp4,87 miliar – naïve café ✓ 𝄞\"\n";
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(text) },
            { "UTF-8 with mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] },
            { "UTF-16 LE with mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] },
            { "UTF-16 BE with mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)] },
            { "UTF-32 LE with mark", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)] },
            { "UTF-32 BE with mark", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(text)] },
            { "invalid UTF-8", [(byte)'a', 0xC3, 0x28, 0xFF, (byte)'b', 0xE2, 0x82] },
            { "a lone mark", [0xEF, 0xBB, 0xBF] },
            { "empty", [] },
            { "larger than a pool bucket", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("lede: \"é\"\n", 9000))) },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsWhatReadAllTextReads(string name, byte[] bytes)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "story.yml");
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();

        var text = FactsInput.ReadText(new CliContext(TextWriter.Null, TextWriter.Null, dir.Path), path, bag);

        Assert.True(bag.Count == 0, name);
        Assert.Equal(File.ReadAllText(path), text);
    }

    [Fact]
    public void RefusesAFileOverTheLimitWithoutReadingIt()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.yml");
        using (var file = File.Create(path))
        {
            file.SetLength(FactsInput.MaxFileBytes + 1);
        }

        var bag = new DiagnosticBag();
        Assert.Null(FactsInput.ReadText(new CliContext(TextWriter.Null, TextWriter.Null, dir.Path), path, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("NB6001", error.Descriptor.Code);
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }
}
