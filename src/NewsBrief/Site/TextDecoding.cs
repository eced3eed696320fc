using System.Text;

namespace NewsBrief.Site;

/// <summary>
/// Bytes of a text file to a string the way <see cref="File.ReadAllText(string)"/> reads them: UTF-8
/// unless a byte order mark says UTF-16 or UTF-32, the mark itself dropped, invalid bytes replaced by U+FFFD.
/// </summary>
public static class TextDecoding
{
    /// <summary>The text of a file's bytes.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, preamble) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            _ => (Encoding.UTF8, 0),
        };
        return encoding.GetString(bytes[preamble..]);
    }
}
