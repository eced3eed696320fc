using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>A run of digits and separators read with a locale's separators.</summary>
/// <param name="Start">First digit.</param>
/// <param name="End">Just past the last digit.</param>
/// <param name="Valid">False when the separators are not a well-formed number here (<c>14.30</c> in id, <c>3.1.2</c>).</param>
/// <param name="Value">The value as written, unscaled.</param>
/// <param name="Decimals">Fraction digits written.</param>
/// <param name="Grouped">True when a group separator was written (<c>1.250</c>).</param>
/// <param name="LeadingZero">True for <c>021</c>, <c>0812</c>: an identifier, not a quantity.</param>
internal readonly record struct NumberToken(int Start, int End, bool Valid, decimal Value, int Decimals, bool Grouped, bool LeadingZero)
{
    public int IntegerDigits { get; init; }
}

/// <summary>
/// Reads numbers with the locale's own separators (id <c>1.234,5</c>, en <c>1,234.5</c>), never
/// through CultureInfo: groups after the first have exactly three digits, and one decimal separator.
/// </summary>
internal sealed class NumberScanner(NumberSection symbols)
{
    private const int MaxDigits = 24;
    private readonly string decimalSeparator = symbols.DecimalSeparator;
    private readonly string groupSeparator = symbols.GroupSeparator;

    /// <summary>Reads the chain of digits and separators starting at the digit at <paramref name="start"/>.</summary>
    public NumberToken Read(string text, int start)
    {
        // The chain: digits, and separators that are followed by a digit (a final "." is punctuation).
        var end = start;
        while (end < text.Length)
        {
            if (char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            else if (SeparatorAt(text, end) is { } length && TextRules.IsDigit(text, end + length))
            {
                end += length;
            }
            else
            {
                break;
            }
        }

        return Parse(text, start, end);
    }

    private int? SeparatorAt(string text, int i)
    {
        if (string.CompareOrdinal(text, i, decimalSeparator, 0, decimalSeparator.Length) == 0)
        {
            return decimalSeparator.Length;
        }

        return string.CompareOrdinal(text, i, groupSeparator, 0, groupSeparator.Length) == 0 ? groupSeparator.Length : null;
    }

    private NumberToken Parse(string text, int start, int end)
    {
        var chain = text[start..end];
        var invalid = new NumberToken(start, end, false, 0, 0, false, false);
        var parts = chain.Split(decimalSeparator);
        if (parts.Length > 2 || (parts.Length == 2 && parts[1].Contains(groupSeparator, StringComparison.Ordinal)))
        {
            return invalid;
        }

        var groups = parts[0].Split(groupSeparator);
        if (groups.Length > 1 && (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return invalid;
        }

        var integer = string.Concat(groups);
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (integer.Length + fraction.Length > MaxDigits)
        {
            return invalid;
        }

        decimal value = 0;
        foreach (var c in integer + fraction)
        {
            value = (value * 10) + (c - '0');
        }

        for (var k = 0; k < fraction.Length; k++)
        {
            value /= 10;
        }

        return new NumberToken(start, end, true, value, fraction.Length, groups.Length > 1, integer.Length > 1 && integer[0] == '0')
        {
            IntegerDigits = integer.Length,
        };
    }
}
