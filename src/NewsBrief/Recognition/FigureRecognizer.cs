using System.Buffers;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>
/// Finds money, numbers, percentages, counts with units and dates in prose of one locale, with their
/// qualifiers and stated equivalents. Built once per locale; immutable and thread-safe.
/// <para>
/// Not figures, by design: a year alone (<c>2023</c>, <c>tahun 2023</c>) and any ungrouped number of
/// four or more digits with nothing attached (quantities are grouped, EYD-TT r9 and AP; years and IDs
/// are not); numbers joined to letters or other digits (<c>H800</c>, <c>R1</c>, <c>ke-3</c>,
/// <c>COVID-19</c>, <c>21st</c>, <c>021-555-1234</c>, <c>2:30</c>, <c>6/9/2018</c>); numbers with a
/// leading zero; malformed separators (<c>14.30</c> in id, <c>3.1.2</c>); numbers after a word of
/// <c>recognition.not_figures_after</c> (<c>halaman 12</c>) or before a time word (<c>9 a.m.</c>);
/// spelled numbers without a unit (<c>salah satu</c>, <c>one of</c>).
/// </para>
/// </summary>
public sealed partial class FigureRecognizer
{
    private readonly RecognitionVocabulary vocabulary;
    private readonly DateScanner dates;

    /// <summary>Gathers the vocabulary of <paramref name="locale"/> (a validated locale).</summary>
    public FigureRecognizer(LocaleData locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        LocaleCode = locale.Code;
        vocabulary = RecognitionVocabulary.From(locale);
        dates = new DateScanner(vocabulary);
        figureStarts = SearchValues.Create([.. "0123456789".Concat(vocabulary.SpelledNumbers.StartChars()).Distinct().Order()]);
    }

    /// <summary>What the second pass of <see cref="Scan"/> can find a figure at: a digit, or the start of a spelled number.</summary>
    private readonly SearchValues<char> figureStarts;

    /// <summary>The locale this recogniser reads.</summary>
    public string LocaleCode { get; }

    /// <summary>
    /// The words of this locale's vocabulary (qualifiers, scales, currency names, units, months,
    /// weekdays, spelled numbers and the other recognition words), lower case, letters only, three
    /// letters or more: what tells an article's language.
    /// </summary>
    public IReadOnlySet<string> VocabularyWords => vocabulary.Words;

    /// <summary>Every figure in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<RecognizedFigure> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, ScanRules.Prose);
    }

    /// <summary>
    /// Reads <paramref name="text"/> as exactly one figure of <paramref name="kind"/> (a table cell, a
    /// formatter's output). Here a year alone is a date when a date is expected, and a spelled number
    /// or an ungrouped number alone is a number. Null when the text is not one such figure.
    /// </summary>
    public RecognizedFigure? Read(string text, FigureKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new ScanRules(YearAlone: kind == FigureKind.Date, Standalone: kind != FigureKind.Date);
        var figures = Scan(text, rules);
        var start = TextRules.SkipSpaces(text, 0);
        var end = TextRules.SkipSpacesBack(text, text.Length);
        return figures is [var only] && only.Kind == kind && only.Start == start && only.End == end ? only : null;
    }

    private List<RecognizedFigure> Scan(string text, ScanRules rules)
    {
        var found = new List<Found>();
        var taken = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next character a date can start with: no other position holds one.
            var skip = text.AsSpan(i).IndexOfAny(dates.Starts);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (dates.MatchAt(text, i, rules.YearAlone) is { } date)
            {
                found.Add(new Found(new RecognizedFigure(FigureKind.Date, i, date.End - i, text[i..date.End]) { Date = date.Date }, i));
                Array.Fill(taken, true, i, date.End - i);
                i = date.End - 1;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next digit or first letter of a spelled number: nothing else starts a figure.
            var skip = text.AsSpan(i).IndexOfAny(figureStarts);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (taken[i])
            {
                continue;
            }

            if (char.IsAsciiDigit(text[i]))
            {
                var token = vocabulary.Numbers.Read(text, i);
                if (token.Valid && Number(text, token, rules, taken) is { } figure)
                {
                    found.Add(figure);
                }

                i = token.End - 1;
            }
            else if (char.IsLetter(text[i]) && !TextRules.IsWordChar(text, i - 1) && Spelled(text, i, rules) is { } spelled)
            {
                found.Add(spelled);
                i = spelled.Figure.End - 1;
            }
        }

        found.Sort((a, b) => a.Figure.Start.CompareTo(b.Figure.Start));
        Link(text, found);
        return found.Select(f => f.Figure).ToList();
    }

    /// <summary>A figure around a well-formed number token, or null when it is not a figure.</summary>
    private Found? Number(string text, NumberToken token, ScanRules rules, bool[] taken)
    {
        // Before the digits: a currency (Rp4,87, US$ 44,6), a minus sign, or nothing joined to them.
        var start = token.Start;
        string? currency = null;
        foreach (var end in new[] { start, start - 1 })
        {
            if (end >= 0 && (end == start || TextRules.IsInlineSpace(text[end])) && vocabulary.CurrencyBefore.MatchEndingAt(text, end) is { } prefix)
            {
                currency = prefix.Value;
                start = end - prefix.Form.Length;
                break;
            }
        }

        var negative = false;
        if (start >= vocabulary.MinusSign.Length && string.CompareOrdinal(text, start - vocabulary.MinusSign.Length, vocabulary.MinusSign, 0, vocabulary.MinusSign.Length) == 0)
        {
            var minusStart = start - vocabulary.MinusSign.Length;
            if (minusStart > 0 && !char.IsWhiteSpace(text[minusStart - 1]) && text[minusStart - 1] is not ('(' or '['))
            {
                return null; // a hyphen: ke-3, COVID-19, 10-20, 021-555
            }

            negative = true;
            start = minusStart;
        }
        else if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or ':' or '_' or '+' or '#' or '@' or '.' or ','))
        {
            return null; // H800, R1, 6/9, 10:30, +62, #3, v.2
        }

        if (token.LeadingZero || (start > 0 && taken[start - 1]))
        {
            return null;
        }

        // After the digits: scale word, then currency name, minor unit, percent or unit.
        var pos = token.End;
        var attached = pos < text.Length && char.IsLetter(text[pos]);
        decimal multiplier = 1, divisor = 1;
        bool percent = false, scaled = false;
        string? unit = null;
        if (After(text, pos, vocabulary.Scales) is { } scale)
        {
            multiplier = scale.Value;
            scaled = true;
            pos = scale.End;
        }

        if (currency is null && After(text, pos, vocabulary.CurrencyAfter) is { } name && (name.Value.Divisor == 1 || !scaled))
        {
            currency = name.Value.Code;
            divisor = name.Value.Divisor;
            pos = name.End;
        }
        else if (currency is null && After(text, pos, vocabulary.PercentAfter) is { } sign)
        {
            percent = true;
            pos = sign.End;
        }
        else if (currency is null && After(text, pos, vocabulary.Units) is { } u)
        {
            unit = u.Value;
            pos = u.End;
        }

        var bare = currency is null && !percent && unit is null && !scaled;
        if ((attached && pos == token.End) || Joined(text, pos) || TimeFollows(text, pos) || NotFigureBefore(text, start))
        {
            return null;
        }

        if (bare && !rules.Standalone && (IsDigitGroupNeighbour(text, token) || (!token.Grouped && token.Decimals == 0 && token.IntegerDigits >= 4)))
        {
            return null; // 2023, 0812 3456, account and ID numbers: never grouped, never figures
        }

        // A number too large for a decimal once scaled (19 digits and "triliun") is no figure to compare.
        if (CheckedDecimal.Multiply(token.Value, multiplier) is not { } scaledValue || CheckedDecimal.Divide(scaledValue, divisor) is not { } value)
        {
            return null;
        }

        var precision = multiplier / divisor;
        for (var k = 0; k < token.Decimals; k++)
        {
            precision /= 10;
        }

        var kind = currency is not null ? FigureKind.Money : percent ? FigureKind.Percent : unit is not null ? FigureKind.Count : FigureKind.Number;
        return Qualified(text, start, pos, kind, negative ? -value : value, currency ?? unit, precision) with { Multiplier = multiplier };
    }

    /// <summary>A spelled number with its unit (<c>tiga kali</c>, <c>one hour</c>); alone only in a standalone read.</summary>
    private Found? Spelled(string text, int i, ScanRules rules)
    {
        if (vocabulary.SpelledNumbers.MatchAt(text, i) is not { } number || NotFigureBefore(text, i))
        {
            return null;
        }

        var end = i + number.Form.Length;
        if (After(text, end, vocabulary.Units) is { } unit && unit.End > end + 1)
        {
            return Qualified(text, i, unit.End, FigureKind.Count, number.Value, unit.Value, 1);
        }

        return rules.Standalone ? Qualified(text, i, end, FigureKind.Number, number.Value, null, 1) : null;
    }

    private Found Qualified(string text, int start, int end, FigureKind kind, decimal value, string? key, decimal precision)
    {
        var qualifier = Qualifier.None;
        var coreStart = start;
        var before = TextRules.SkipSpacesBack(text, start);
        if (before < start && vocabulary.Qualifiers.MatchEndingAt(text, before) is { } q)
        {
            qualifier = q.Value;
            start = before - q.Form.Length;
        }

        var figure = new RecognizedFigure(kind, start, end - start, text[start..end])
        {
            Value = value,
            Key = key,
            Precision = precision,
            Qualifier = qualifier,
        };
        return new Found(figure, coreStart);
    }

    /// <summary>A form of <paramref name="table"/> right after the number, attached or after one space.</summary>
    private static (T Value, int End)? After<T>(string text, int pos, PhraseTable<T> table)
    {
        if (table.MatchAt(text, pos) is { } attached)
        {
            return (attached.Value, pos + attached.Form.Length);
        }

        var spaced = TextRules.SkipInlineSpaces(text, pos, 1);
        return spaced > pos && table.MatchAt(text, spaced) is { } found ? (found.Value, spaced + found.Form.Length) : null;
    }

    /// <summary>True when the figure ends joined to more of an identifier: 10-year, 2000-an, 10:30, 6/9 (but Rp75.000/meter is a rate).</summary>
    private static bool Joined(string text, int pos) =>
        pos < text.Length && (char.IsLetterOrDigit(text[pos])
            || (text[pos] is '-' or '_' && TextRules.IsWordChar(text, pos + 1))
            || (text[pos] is '/' or ':' && TextRules.IsDigit(text, pos + 1)));

    private bool TimeFollows(string text, int pos)
    {
        var next = TextRules.SkipInlineSpaces(text, pos, 1);
        return vocabulary.TimeWords.MatchAt(text, next) is not null;
    }

    private bool NotFigureBefore(string text, int start)
    {
        var before = TextRules.SkipSpacesBack(text, start);
        return before < start && vocabulary.NotFiguresAfter.MatchEndingAt(text, before) is not null;
    }

    /// <summary>A bare number beside another group of digits across a space: a phone or account number (<c>(202) 555</c>).</summary>
    private static bool IsDigitGroupNeighbour(string text, NumberToken token)
    {
        var close = token.End < text.Length && text[token.End] == ')' ? token.End + 1 : token.End;
        var after = TextRules.SkipInlineSpaces(text, close, 1);
        var before = token.Start > 0 && TextRules.IsInlineSpace(text[token.Start - 1]) ? token.Start - 1 : token.Start;
        return (after > close && TextRules.IsDigit(text, after)) || (before < token.Start && TextRules.IsDigit(text, before - 1));
    }

    /// <summary>Links each amount to its stated equivalent and each range to its end.</summary>
    private void Link(string text, List<Found> found)
    {
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var a = found[k].Figure;
            var b = found[k + 1];
            if (a.End > b.CoreStart)
            {
                continue;
            }

            // A range join read as a qualifier ("10 hingga 20": hingga is also "up to") belongs to the range.
            var join = TextRules.Collapse(text[a.End..b.CoreStart]);
            var bare = a.Kind == FigureKind.Number && found[k].Multiplier == 1 && b.Figure.Kind is FigureKind.Money or FigureKind.Percent or FigureKind.Count;
            if (vocabulary.RangeWords.Contains(join) && (a.Kind == b.Figure.Kind || bare) && a.Kind != FigureKind.Date)
            {
                if (bare)
                {
                    // "10 hingga 20 persen", "10 hingga 20 juta orang": the first end takes the second's unit and scale.
                    if (found[k].Widen(b) is not { } widened)
                    {
                        continue; // too large for a decimal once scaled: no range to compare
                    }

                    a = widened;
                    found[k] = found[k] with { Figure = a };
                }

                b.Figure.Qualifier = Qualifier.None;
                b.Figure.Text = text[b.CoreStart..b.Figure.End];
                b.Figure.Length = b.Figure.End - b.CoreStart;
                b.Figure.Start = b.CoreStart;
                a.RangeEnd = b.Figure;
                continue;
            }

            if (a.Kind == FigureKind.Money && b.Figure.Kind == FigureKind.Money && a.Key != b.Figure.Key
                && a.EquivalentOf is null && IsEquivalenceJoin(text[a.End..b.Figure.Start]))
            {
                a.Equivalent = b.Figure;
                b.Figure.EquivalentOf = a;
            }
        }
    }

    /// <summary><c> (</c>, <c> (setara dengan </c>, <c> atau </c>: an opener, a word of recognition.equivalence, or both.</summary>
    private bool IsEquivalenceJoin(string gap)
    {
        var rest = TextRules.Collapse(gap).TrimStart(',', ' ');
        var opened = false;
        foreach (var opener in vocabulary.EquivalenceOpeners)
        {
            if (rest.StartsWith(opener, StringComparison.Ordinal))
            {
                rest = rest[opener.Length..].Trim();
                opened = true;
                break;
            }
        }

        return rest.Length == 0 ? opened : vocabulary.EquivalenceWords.MatchAt(rest, 0) is { } word && word.Form.Length == rest.Length;
    }

    /// <summary>What a scan may read beyond prose rules.</summary>
    /// <param name="YearAlone">A year alone is a date of year precision.</param>
    /// <param name="Standalone">The text is one figure: spelled and ungrouped numbers stand alone.</param>
    private readonly record struct ScanRules(bool YearAlone, bool Standalone)
    {
        public static ScanRules Prose => new(false, false);
    }

    /// <summary>A figure and where it starts without its qualifier.</summary>
    private sealed record Found(RecognizedFigure Figure, int CoreStart, decimal Multiplier = 1)
    {
        /// <summary>This bare number with the kind, key and scale of <paramref name="end"/>, the range end it starts; null when too large.</summary>
        public RecognizedFigure? Widen(Found end) =>
            CheckedDecimal.Multiply(Figure.Value, end.Multiplier) is { } value && CheckedDecimal.Multiply(Figure.Precision, end.Multiplier) is { } precision
                ? WidenTo(end, value, precision)
                : null;

        private RecognizedFigure WidenTo(Found end, decimal value, decimal precision) => new(end.Figure.Kind, Figure.Start, Figure.Length, Figure.Text)
        {
            Value = value,
            Precision = precision,
            Key = end.Figure.Key,
            Qualifier = Figure.Qualifier,
            RangeEnd = Figure.RangeEnd,
        };
    }
}
