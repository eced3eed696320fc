using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Checks the decoded text of every scalar, after YAML has turned escapes such as <c>"\x01"</c>,
/// <c>"\0"</c> or <c>"\u202E"</c> into characters: the raw scan (<see cref="FactTextScanner"/>)
/// cannot see those, yet they reach pages and feeds (and XML cannot carry some of them). Each
/// problem is reported at the escape that wrote it, or at the scalar when it cannot be found. A
/// character that stands in the file as itself was already reported by the raw scan.
/// </summary>
internal static class ScalarTextChecker
{
    public static void Check(string value, int startIndex, int endIndex, bool doubleQuoted, SourceLocation scalarLocation, FactReporter reporter)
    {
        HashSet<int>? rawProblems = null;
        var cursor = startIndex;
        for (var i = 0; i < value.Length && !reporter.IsFull; i++)
        {
            var problem = TextCharacters.Classify(value, i, out var length);
            if (problem == TextCharacters.Problem.None)
            {
                i += length - 1;
                continue;
            }

            var codePoint = length == 2 ? char.ConvertToUtf32(value[i], value[i + 1]) : value[i];
            rawProblems ??= RawProblems(reporter.Text, startIndex, endIndex);
            if (!rawProblems.Contains(codePoint))
            {
                var at = doubleQuoted ? FindEscape(reporter.Text, ref cursor, endIndex, codePoint) : -1;
                Report(problem, TextCharacters.CodePoint(value, i, length), TextCharacters.Escape(value, i, length),
                    at >= 0 ? reporter.AtIndex(at) : scalarLocation, reporter);
            }

            i += length - 1;
        }
    }

    private static void Report(TextCharacters.Problem problem, string codePoint, string escape, SourceLocation at, FactReporter reporter)
    {
        switch (problem)
        {
            case TextCharacters.Problem.Control:
                reporter.Report(DiagnosticDescriptors.FactsControlCharacter, at,
                    $"The escape `{escape}` writes the invisible control character {codePoint}, which is not allowed in facts text; delete it (a reader cannot see it and a feed cannot carry it).");
                break;
            case TextCharacters.Problem.Bidi:
                reporter.Report(DiagnosticDescriptors.FactsBidiCharacter, at,
                    $"The escape `{escape}` writes the bidirectional control character {codePoint}, which is not allowed: it makes text display in a different order than it is stored. Delete it.");
                break;
            default:
                reporter.Report(DiagnosticDescriptors.FactsNotTextCharacter, at,
                    $"The escape `{escape}` writes {codePoint}, a Unicode noncharacter or half of a surrogate pair, not text: no reader can see it and a feed cannot carry it. Delete it.");
                break;
        }
    }

    /// <summary>The refused code points that stand in the scalar's source as themselves.</summary>
    private static HashSet<int> RawProblems(string text, int start, int end)
    {
        var found = new HashSet<int>();
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(0, start); i < end; i++)
        {
            if (TextCharacters.Classify(text, i, out var length) != TextCharacters.Problem.None)
            {
                found.Add(length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]);
            }

            i += length - 1;
        }

        return found;
    }

    /// <summary>
    /// The index of the next backslash escape at or after <paramref name="cursor"/> that decodes to
    /// <paramref name="codePoint"/>, or -1. The cursor moves past a hit, so repeated escapes are
    /// each found once and the whole scalar is walked once.
    /// </summary>
    private static int FindEscape(string text, ref int cursor, int end, int codePoint)
    {
        end = Math.Min(end, text.Length);
        for (var i = cursor; i < end - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var (decoded, length) = Decode(text, i + 1, end);
            if (decoded == codePoint)
            {
                cursor = i + 1 + length;
                return i;
            }

            i += length; // skip the escape, so `\\x01` (an escaped backslash) is not read as `\x01`
        }

        return -1;
    }

    /// <summary>A YAML 1.2 double-quoted escape after its backslash: (code point or -1, chars used).</summary>
    private static (int CodePoint, int Length) Decode(string text, int at, int end)
    {
        if (at >= end)
        {
            return (-1, 0);
        }

        var digits = text[at] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0)
        {
            return at + 1 + digits <= end && int.TryParse(text.AsSpan(at + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)
                ? (hex, 1 + digits)
                : (-1, 1);
        }

        var simple = text[at] switch
        {
            '0' => 0,
            'a' => 7,
            'b' => 8,
            'e' => 0x1B,
            'f' => 0x0C,
            'n' => 0x0A,
            'r' => 0x0D,
            't' or '\t' => 0x09,
            'v' => 0x0B,
            'N' => 0x85,
            '_' => 0xA0,
            'L' => 0x2028,
            'P' => 0x2029,
            _ => -1,
        };
        return (simple, 1);
    }
}
