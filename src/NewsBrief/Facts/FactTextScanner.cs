using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Checks the raw characters of a facts file before any YAML is read: size, binary content,
/// control characters, bidirectional overrides and noncharacters, each reported at its own
/// position. The same characters written as YAML escapes are caught after decoding, by
/// <see cref="ScalarTextChecker"/>.
/// </summary>
internal static class FactTextScanner
{
    /// <summary>The largest facts file read, in characters (256 KiB); a story needs a few.</summary>
    public const int MaxChars = 256 * 1024;

    /// <summary>Returns false when the text must not be parsed at all (too large or binary).</summary>
    public static bool Check(string text, FactReporter reporter)
    {
        if (text.Length > MaxChars)
        {
            reporter.Report(DiagnosticDescriptors.FactsFileTooLarge, reporter.Start,
                $"The file has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; a facts file may have at most {MaxChars.ToString("N0", CultureInfo.InvariantCulture)}. Keep one story per file and move long texts out.");
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || c == '\uFFFD' || char.IsSurrogate(c) && !IsValidPair(text, i))
            {
                var what = c == '\0' ? "a NUL byte" : "bytes that are not valid UTF-8";
                reporter.Report(DiagnosticDescriptors.FactsNotText, reporter.AtIndex(i),
                    $"The file contains {what}, so it is not a UTF-8 text file. Save it as UTF-8 text (a facts file is YAML, not a binary file).");
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (TextCharacters.IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    NotText(text, i, 2, reporter);
                }

                i++;
                continue;
            }

            if (c is '\t' or '\n' || c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c == '\uFEFF' && i > 0)
            {
                reporter.Report(DiagnosticDescriptors.FactsControlCharacter, reporter.AtIndex(i),
                    $"Invisible control character U+{(int)c:X4} ({Name(c)}) is not allowed; delete it (it often comes with text pasted from a web page or a PDF).");
            }
            else if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                reporter.Report(DiagnosticDescriptors.FactsBidiCharacter, reporter.AtIndex(i),
                    $"Bidirectional control character U+{(int)c:X4} is not allowed: it makes text display in a different order than it is stored. Delete it.");
            }
            else if (TextCharacters.IsNoncharacter(c))
            {
                NotText(text, i, 1, reporter);
            }

            if (reporter.IsFull)
            {
                return false;
            }
        }

        return true;
    }

    private static void NotText(string text, int i, int length, FactReporter reporter) =>
        reporter.Report(DiagnosticDescriptors.FactsNotTextCharacter, reporter.AtIndex(i),
            $"{TextCharacters.CodePoint(text, i, length)} is a Unicode noncharacter, not text: no reader can see it and a feed cannot carry it. Delete it.");

    private static bool IsValidPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static string Name(char c) => c switch
    {
        '\r' => "a carriage return without a line feed",
        '\u0085' => "next line",
        '\u2028' => "line separator",
        '\u2029' => "paragraph separator",
        '\uFEFF' => "byte order mark inside the file",
        '\u007F' => "delete",
        '\f' => "form feed",
        '\v' => "vertical tab",
        _ => "control character",
    };
}
