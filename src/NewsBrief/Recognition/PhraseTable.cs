namespace NewsBrief.Recognition;

/// <summary>
/// Words and symbols from the locale files with what they stand for, matched longest first.
/// Forms of one or two letters (<c>M</c>, <c>jt</c>) and forms with symbols (<c>US$</c>) match exactly;
/// longer words ignore case (<c>Miliar</c> in a headline).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly List<(string Form, T Value, StringComparison Comparison)> entries = [];

    // The entries again, longest first, by the upper-case form of their first and of their last
    // character: a scanner asks at every position of every text, and almost every position starts
    // no form, so a lookup that rules out all but a few entries keeps the figure checks cheap. Both
    // comparisons agree with it: an ordinal match has the same characters, and OrdinalIgnoreCase
    // compares the invariant upper case. Rebuilt on Add, which only runs while the table is built.
    private Dictionary<char, (string Form, T Value, StringComparison Comparison)[]> byFirst = [];
    private Dictionary<char, (string Form, T Value, StringComparison Comparison)[]> byLast = [];

    // The same lookups for an ASCII character of the text, by the character itself (its upper case
    // taken once, here): the scanners ask at every word start, and prose is mostly ASCII.
    private (string Form, T Value, StringComparison Comparison)[]?[] byFirstAscii = new (string, T, StringComparison)[]?[128];
    private (string Form, T Value, StringComparison Comparison)[]?[] byLastAscii = new (string, T, StringComparison)[]?[128];

    public int Count => entries.Count;

    public IEnumerable<string> Forms => entries.Select(e => e.Form);

    public void Add(string form, T value, bool? caseSensitive = null)
    {
        form = form.Trim();
        if (form.Length == 0 || entries.Any(e => string.Equals(e.Form, form, StringComparison.Ordinal)))
        {
            return;
        }

        var exact = caseSensitive ?? (form.Count(char.IsLetter) <= 2 || !form.All(c => char.IsLetter(c) || c is ' ' or '-' or '.'));
        entries.Add((form, value, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        entries.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        byFirst = Index(e => e.Form[0]);
        byLast = Index(e => e.Form[^1]);
        byFirstAscii = Ascii(byFirst);
        byLastAscii = Ascii(byLast);
    }

    private static (string Form, T Value, StringComparison Comparison)[]?[] Ascii(Dictionary<char, (string Form, T Value, StringComparison Comparison)[]> index)
    {
        var ascii = new (string, T, StringComparison)[]?[128];
        for (var c = 0; c < ascii.Length; c++)
        {
            ascii[c] = index.GetValueOrDefault(char.ToUpperInvariant((char)c));
        }

        return ascii;
    }

    /// <summary>The entries whose first (or last) character's invariant upper case is that of <paramref name="c"/>.</summary>
    private static (string Form, T Value, StringComparison Comparison)[]? Candidates(char c, (string Form, T Value, StringComparison Comparison)[]?[] ascii, Dictionary<char, (string Form, T Value, StringComparison Comparison)[]> index) =>
        c < ascii.Length ? ascii[c] : index.GetValueOrDefault(char.ToUpperInvariant(c));

    /// <summary>
    /// False when <paramref name="t"/> in the text can be no match for <paramref name="f"/> of a form:
    /// an ordinal comparison needs the same character, an ordinal case-insensitive one the same ASCII
    /// letter when both are ASCII (a character outside ASCII is left to the full comparison).
    /// </summary>
    private static bool MayEqual(char t, char f, StringComparison comparison) =>
        t == f || (comparison != StringComparison.Ordinal && (t >= 128 || f >= 128 || char.ToUpperInvariant(t) == char.ToUpperInvariant(f)));

    /// <summary>The entries grouped by one character's invariant upper case, each group longest first (a stable order).</summary>
    private Dictionary<char, (string Form, T Value, StringComparison Comparison)[]> Index(Func<(string Form, T Value, StringComparison Comparison), char> key) =>
        entries.GroupBy(e => char.ToUpperInvariant(key(e))).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// Every character <see cref="MatchAt"/> can find a form at: the first character of a
    /// case-sensitive form, and for a form that ignores case every character with the same invariant
    /// upper case (the lookup MatchAt makes). A scanner may skip any other position unasked.
    /// </summary>
    public IEnumerable<char> StartChars()
    {
        var exact = entries.Where(e => e.Comparison == StringComparison.Ordinal).Select(e => e.Form[0]);
        var folded = entries.Where(e => e.Comparison != StringComparison.Ordinal).Select(e => char.ToUpperInvariant(e.Form[0])).ToHashSet();
        var any = Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(c => folded.Contains(char.ToUpperInvariant(c)));
        return folded.Count == 0 ? exact : exact.Concat(any);
    }

    /// <summary>The longest form starting at <paramref name="pos"/>; a form ending in a letter must end a word.</summary>
    public (string Form, T Value)? MatchAt(string text, int pos)
    {
        if (pos < 0 || pos >= text.Length || Candidates(text[pos], byFirstAscii, byFirst) is not { } candidates)
        {
            return null;
        }

        foreach (var (form, value, comparison) in candidates)
        {
            // The second character first: most candidates share only the first with the text.
            if (pos + form.Length <= text.Length
                && (form.Length < 2 || MayEqual(text[pos + 1], form[1], comparison))
                && string.Compare(text, pos, form, 0, form.Length, comparison) == 0
                && (!char.IsLetterOrDigit(form[^1]) || !TextRules.IsWordChar(text, pos + form.Length)))
            {
                return (form, value);
            }
        }

        return null;
    }

    /// <summary>The longest form ending at <paramref name="end"/>; it must start a word.</summary>
    public (string Form, T Value)? MatchEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || Candidates(text[end - 1], byLastAscii, byLast) is not { } candidates)
        {
            return null;
        }

        foreach (var (form, value, comparison) in candidates)
        {
            var start = end - form.Length;
            if (start >= 0
                && string.Compare(text, start, form, 0, form.Length, comparison) == 0
                && !TextRules.IsWordChar(text, start - 1))
            {
                return (form, value);
            }
        }

        return null;
    }
}

/// <summary>Character classes shared by the scanners.</summary>
internal static class TextRules
{
    /// <summary>A letter or digit at <paramref name="i"/> (false outside the text).</summary>
    public static bool IsWordChar(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);

    /// <summary>A space inside a figure: space, tab, no-break or narrow no-break space (never a line break).</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F';

    public static bool IsDigit(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);

    /// <summary>Skips at most <paramref name="max"/> inline spaces forward from <paramref name="i"/>.</summary>
    public static int SkipInlineSpaces(string text, int i, int max = int.MaxValue)
    {
        while (max-- > 0 && i < text.Length && IsInlineSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips any white space forward from <paramref name="i"/>.</summary>
    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips spaces backward from <paramref name="end"/> (exclusive).</summary>
    public static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The text with runs of white space collapsed to one space and trimmed.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
