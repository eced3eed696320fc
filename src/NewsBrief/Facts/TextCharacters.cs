namespace NewsBrief.Facts;

/// <summary>
/// What a character of facts text may be. One rule for the raw file and for every scalar after
/// YAML has decoded its escapes (<c>"\x01"</c>, <c>"\u202E"</c>): text a reader sees must be
/// printable, keep its order, and be something XML 1.0 (the Atom feed) can carry.
/// </summary>
internal static class TextCharacters
{
    /// <summary>Why a character is refused.</summary>
    public enum Problem
    {
        /// <summary>Allowed.</summary>
        None,

        /// <summary>C0/C1 control, line or paragraph separator, byte order mark (NB1003).</summary>
        Control,

        /// <summary>Bidirectional embedding, override or isolate (NB1004).</summary>
        Bidi,

        /// <summary>A Unicode noncharacter or a surrogate without its pair (NB1041).</summary>
        NotText,
    }

    /// <summary>
    /// Classifies the code point at <paramref name="index"/> of <paramref name="text"/> and gives
    /// how many chars it spans (2 for a valid surrogate pair). Tab and line feed are allowed;
    /// carriage return is the raw scanner's business (it allows CRLF), so it is a control here.
    /// </summary>
    public static Problem Classify(string text, int index, out int length)
    {
        var c = text[index];
        length = 1;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return IsNoncharacter(codePoint) ? Problem.NotText : Problem.None;
        }

        if (char.IsSurrogate(c))
        {
            return Problem.NotText;
        }

        if (c is '\t' or '\n')
        {
            return Problem.None;
        }

        if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF')
        {
            return Problem.Control;
        }

        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
        {
            return Problem.Bidi;
        }

        return IsNoncharacter(c) ? Problem.NotText : Problem.None;
    }

    /// <summary>U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF ...).</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>How an editor would write <paramref name="c"/> as a YAML escape, for messages.</summary>
    public static string Escape(string text, int index, int length) => length == 2
        ? $"\\U{char.ConvertToUtf32(text[index], text[index + 1]):X8}"
        : text[index] switch
        {
            '\0' => "\\0",
            '\r' => "\\r",
            '\u001B' => "\\e",
            var c when c < 0x100 => $"\\x{(int)c:X2}",
            var c => $"\\u{(int)c:X4}",
        };

    /// <summary>"U+0001" or "U+1FFFF".</summary>
    public static string CodePoint(string text, int index, int length) =>
        length == 2 ? $"U+{char.ConvertToUtf32(text[index], text[index + 1]):X4}" : $"U+{(int)text[index]:X4}";
}
