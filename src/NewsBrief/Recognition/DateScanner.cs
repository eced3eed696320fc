using System.Buffers;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>
/// Finds dates by the locale's own date patterns (<c>d MMMM y</c>, <c>MMM d, y</c>, <c>MMMM y</c>):
/// a day is one or two digits, a month any month form the locale knows, a year four digits.
/// Spaces in a pattern match any run of spaces.
/// </summary>
internal sealed class DateScanner
{
    private readonly RecognitionVocabulary vocabulary;

    /// <summary>Built from a complete vocabulary: the characters a date can start with are read from it once.</summary>
    public DateScanner(RecognitionVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        Starts = SearchValues.Create([.. vocabulary.DatePatterns.Append(vocabulary.YearPattern).SelectMany(StartsOf).Distinct().Order()]);
    }

    /// <summary>
    /// Every character a date can start with, of any pattern (the year alone too): at any other
    /// position <see cref="MatchAt"/> finds nothing, so a scan may search for the next of these.
    /// </summary>
    public SearchValues<char> Starts { get; }

    /// <summary>The longest date starting at <paramref name="pos"/>, or null.</summary>
    public (int End, RecognizedDate Date)? MatchAt(string text, int pos, bool allowYearAlone)
    {
        if (TextRules.IsWordChar(text, pos - 1))
        {
            return null;
        }

        // A loop over the list, not over an IEnumerable of it and the year: this runs at most positions of every text.
        (int End, RecognizedDate Date)? best = null;
        foreach (var pattern in vocabulary.DatePatterns)
        {
            if (Match(text, pos, pattern) is { } found && (best is null || found.End > best.Value.End))
            {
                best = found;
            }
        }

        if (allowYearAlone && Match(text, pos, vocabulary.YearPattern) is { } year && (best is null || year.End > best.Value.End))
        {
            best = year;
        }

        return best;
    }

    /// <summary>The characters a match of <paramref name="pattern"/> can start with (what <see cref="Match"/> asks of its first token).</summary>
    private IEnumerable<char> StartsOf(List<PatternToken> pattern)
    {
        if (pattern.Count == 0)
        {
            // Nothing to match: Match would accept any position. Every character then.
            return Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c);
        }

        var first = pattern[0];
        return first.Field switch
        {
            '\0' when first.Literal.Length == 0 => StartsOf(pattern[1..]),
            '\0' when first.Literal[0] == ' ' => [' ', '\t', '\u00A0', '\u202F'], // TextRules.IsInlineSpace
            '\0' => [first.Literal[0]],
            'd' or 'y' => "0123456789",
            'M' => vocabulary.Months.StartChars(),
            'E' => vocabulary.Weekdays.StartChars(),
            _ => [], // Match fails on any other field
        };
    }

    private (int End, RecognizedDate Date)? Match(string text, int pos, List<PatternToken> pattern)
    {
        int? day = null, month = null, year = null;
        var i = pos;
        foreach (var token in pattern)
        {
            if (!token.IsField)
            {
                if (MatchLiteral(text, i, token.Literal) is not { } next)
                {
                    return null;
                }

                i = next;
                continue;
            }

            switch (token.Field)
            {
                case 'd' when Digits(text, i, 1, 2) is { } d:
                    day = d.Value;
                    i = d.End;
                    break;
                case 'y' when Digits(text, i, 4, 4) is { } y:
                    year = y.Value;
                    i = y.End;
                    break;
                case 'M' when vocabulary.Months.MatchAt(text, i) is { } m:
                    month = m.Value;
                    i += m.Form.Length;
                    break;
                case 'E' when vocabulary.Weekdays.MatchAt(text, i) is { } e:
                    i += e.Form.Length;
                    break;
                default:
                    return null;
            }
        }

        if (TextRules.IsWordChar(text, i) || !Valid(year, month, day))
        {
            return null;
        }

        var precision = day is not null ? DatePrecision.Day : month is not null ? DatePrecision.Month : DatePrecision.Year;
        return (i, new RecognizedDate(year, month, day, precision));
    }

    private static bool Valid(int? year, int? month, int? day)
    {
        if (year is < 1000)
        {
            return false;
        }

        if (day is null)
        {
            return month is not null || year is not null;
        }

        return month is not null && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month.Value);
    }

    private static (int Value, int End)? Digits(string text, int i, int min, int max)
    {
        if (TextRules.IsDigit(text, i - 1))
        {
            return null;
        }

        var end = i;
        while (end < text.Length && end - i < max && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - i < min || TextRules.IsDigit(text, end))
        {
            return null;
        }

        var value = 0;
        for (var k = i; k < end; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return (value, end);
    }

    /// <summary>Matches literal pattern text; a space matches one or more inline spaces.</summary>
    private static int? MatchLiteral(string text, int i, string literal)
    {
        foreach (var c in literal)
        {
            if (c == ' ')
            {
                var next = TextRules.SkipInlineSpaces(text, i);
                if (next == i)
                {
                    return null;
                }

                i = next;
            }
            else if (i < text.Length && text[i] == c)
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return i;
    }
}
