using System.Text;
using System.Text.Unicode;
using NewsBrief.Diagnostics;

namespace NewsBrief.Importing;

/// <summary>
/// A feed file read as bytes and parsed into a positioned JSON tree, or the one diagnostic that says
/// why not: too large, an HTML error page, not UTF-8, not JSON. Every check is on the whole file
/// before any event is read, so a broken download writes nothing.
/// </summary>
internal static class FeedFile
{
    /// <summary>
    /// 32 MiB. The largest public summary feed, USGS's <c>all_month.geojson</c>, is about 10 MB; BMKG's
    /// are a few KB. Anything larger is not a feed (a 50 MB file is refused unread past this limit).
    /// </summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Reads and parses <paramref name="fullPath"/>; diagnostics are reported at <paramref name="display"/>.</summary>
    public static JsonNode? Load(string fullPath, string display, DiagnosticBag diagnostics, out byte[]? bytes)
    {
        bytes = null;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaxBytes)
            {
                ReportTooLarge(display, diagnostics);
                return null;
            }

            // A pipe has no length: read it up to the limit and one byte more, never further.
            bytes = ReadAtMost(stream, stream.CanSeek ? (int)stream.Length + 1 : MaxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(display), $"Cannot read the feed: {e.Message}");
            return null;
        }

        return Parse(bytes, display, diagnostics);
    }

    /// <summary>Parses a feed's bytes (the fuzz harness and tests call this directly).</summary>
    public static JsonNode? Parse(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            ReportTooLarge(display, diagnostics);
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }

        var firstNonBlank = span.IndexOfAnyExcept(" \t\r\n"u8);
        if (firstNonBlank >= 0 && span[firstNonBlank] == (byte)'<')
        {
            var (line, column) = Position(span, firstNonBlank);
            diagnostics.Add(DiagnosticDescriptors.FeedIsHtml, new SourceLocation(display, line, column),
                "The file is an HTML page, not the JSON feed: the server answered with an error or maintenance page. Download the feed again later; nothing was imported.");
            return null;
        }

        if (!Utf8.IsValid(span))
        {
            var bad = FirstInvalidUtf8(span);
            var (line, column) = Position(span, bad);
            diagnostics.Add(DiagnosticDescriptors.FeedNotJson, new SourceLocation(display, line, column),
                "The feed is not UTF-8 text (JSON feeds always are): the file is damaged or not a feed. Download it again.");
            return null;
        }

        var root = JsonTreeReader.Read(span, out var error);
        if (root is null)
        {
            diagnostics.Add(DiagnosticDescriptors.FeedNotJson, new SourceLocation(display, error!.Line, error.Column), error.Message);
        }

        return root;
    }

    private static void ReportTooLarge(string display, DiagnosticBag diagnostics) =>
        diagnostics.Add(DiagnosticDescriptors.FeedTooLarge, SourceLocation.StartOf(display),
            $"The feed is larger than {MaxBytes / (1024 * 1024)} MiB; no agency's feed is (USGS's largest, all_month.geojson, is about 10 MB). Check that the right file was downloaded; nothing was imported.");

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return span.Length;
    }

    // 1-based line and column (in characters) of a byte offset; only called on a prefix that is valid UTF-8 or ASCII.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> span, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (span[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((span[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
