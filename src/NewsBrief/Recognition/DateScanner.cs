using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>
/// Finds dates by the locale's own date patterns (<c>d MMMM y</c>, <c>MMM d, y</c>, <c>MMMM y</c>):
/// a day is one or two digits, a month any month form the locale knows, a year four digits.
/// Spaces in a pattern match any run of spaces.
/// </summary>
internal sealed class DateScanner(RecognitionVocabulary vocabulary)
{
    /// <summary>The longest date starting at <paramref name="pos"/>, or null.</summary>
    public (int End, RecognizedDate Date)? MatchAt(string text, int pos, bool allowYearAlone)
    {
        if (TextRules.IsWordChar(text, pos - 1))
        {
            return null;
        }

        (int End, RecognizedDate Date)? best = null;
        var patterns = allowYearAlone ? vocabulary.DatePatterns.Append(vocabulary.YearPattern) : vocabulary.DatePatterns;
        foreach (var pattern in patterns)
        {
            if (Match(text, pos, pattern) is { } found && (best is null || found.End > best.Value.End))
            {
                best = found;
            }
        }

        return best;
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
