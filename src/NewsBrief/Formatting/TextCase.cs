using System.Text;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Case rules for figures written into text: a sentence starts with a capital wherever a figure
/// lands, and a headline has one case style, which the figure's own words follow.
/// </summary>
public static class TextCase
{
    /// <summary>Upper-cases the first letter of <paramref name="text"/> (<c>satu orang</c> → <c>Satu orang</c>).</summary>
    public static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]) ? text : text[..i] + char.ToUpperInvariant(text[i]) + text[(i + 1)..];
            }

            if (char.IsDigit(text[i]))
            {
                return text; // 12 orang: a figure, not a word, comes first
            }
        }

        return text;
    }

    /// <summary>
    /// Title-cases the words of <paramref name="text"/>: each word that starts with a lower-case
    /// letter is capitalised unless it is one of <paramref name="minorWords"/> (<c>34 orang</c> →
    /// <c>34 Orang</c>, <c>more than $100M</c> → <c>More than $100M</c> when it opens the figure).
    /// Words are never lower-cased: the figure's symbols (<c>Rp</c>, <c>US$</c>) keep their case.
    /// With <paramref name="compound"/> both parts of a hyphenated compound modifier are capitalised
    /// (<c>14-Day</c>, <c>Three-Day</c>); otherwise only a word's first letter is (<c>Kira-kira</c>).
    /// </summary>
    public static string TitleCase(string text, IReadOnlyCollection<string> minorWords, bool compound = false)
    {
        var sb = new StringBuilder(text.Length);
        var wordStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (wordStart && char.IsLower(c))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && !(compound && text[end] == '-'))
                {
                    end++;
                }

                var word = text[i..end];
                var first = i == 0 || text[..i].Trim().Length == 0;
                sb.Append(!first && minorWords.Contains(word, StringComparer.Ordinal) ? c : char.ToUpperInvariant(c));
            }
            else
            {
                sb.Append(c);
            }

            wordStart = char.IsWhiteSpace(c) || (compound && c == '-');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The case style of a headline from the words its author wrote (<paramref name="authored"/>,
    /// placeholders removed): title case when more of its words after the first start with a
    /// capital than with a small letter, not counting minor words and words without small letters
    /// (<c>AI</c>, <c>R1</c>). A headline with no telling word takes title case.
    /// </summary>
    public static HeadlineCase DetectHeadline(string authored, IReadOnlyCollection<string> minorWords)
    {
        var upper = 0;
        var lower = 0;
        var words = authored.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].Trim('"', '\'', '(', ')', ',', ':', ';', '.', '!', '?', '“', '”', '‘', '’');
            if (word.Length == 0 || !char.IsLetter(word[0]) || !word.Any(char.IsLower) || minorWords.Contains(word, StringComparer.Ordinal))
            {
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                upper++;
            }
            else
            {
                lower++;
            }
        }

        return lower > upper ? HeadlineCase.Sentence : HeadlineCase.Title;
    }

    /// <summary>
    /// True when a figure written after <paramref name="before"/> opens a sentence: the text so far
    /// is empty, or ends with <c>.</c>, <c>!</c> or <c>?</c> (closing quotes and brackets allowed
    /// after it) that is not the period of an abbreviation: a single letter, a dotted form
    /// (<c>U.S.</c>) or one of the locale's <c>abbreviations</c> (<c>Sept.</c>, <c>Tbk.</c>).
    /// </summary>
    public static bool IsSentenceStart(string before, LocaleData locale)
    {
        var text = before.TrimEnd();
        if (text.Length == 0)
        {
            return true;
        }

        var end = text.Length - 1;
        while (end >= 0 && text[end] is '"' or '\'' or ')' or ']' or '”' or '’')
        {
            end--;
        }

        if (end < 0 || text[end] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (text[end] != '.')
        {
            return true;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text[start..end].TrimStart('"', '\'', '(', '[', '“', '‘');
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false; // an initial: Liang W. …
        }

        return !word.Contains('.', StringComparison.Ordinal) && !locale.Abbreviations.Contains(word, StringComparer.Ordinal);
    }
}
