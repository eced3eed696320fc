using System.Globalization;
using System.Text;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Rounds decimals and writes them with a locale's separators. Digits come from the invariant
/// culture; separators and the minus sign come from the locale file, never from CultureInfo.
/// </summary>
internal static class DecimalText
{
    /// <summary>
    /// Rounds half away from zero. <see cref="decimal.Round(decimal, int)"/> defaults to banker's
    /// rounding (half to even), which writes 4.865 as 4,86 and 0.045 as 4%; newsrooms and the style
    /// rules round 4.865 to 4,87, so the mode is named here and everywhere.
    /// </summary>
    public static decimal Round(decimal value, int decimals) =>
        decimal.Round(value, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

    /// <summary>True when <paramref name="value"/> has no fraction.</summary>
    public static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    /// <summary>
    /// Rounds to <paramref name="decimals"/> and writes the number with grouping. Trailing fraction
    /// zeros are trimmed unless <paramref name="fixedDecimals"/>. A value that rounds to zero has no sign.
    /// </summary>
    public static string Format(decimal value, int decimals, bool fixedDecimals, NumberSection symbols, bool group = true)
    {
        decimals = Math.Clamp(decimals, 0, 28);
        var rounded = Round(value, decimals);
        var negative = rounded < 0;
        var digits = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..];
        if (!fixedDecimals)
        {
            fraction = fraction.TrimEnd('0');
        }

        var text = new StringBuilder();
        if (negative)
        {
            text.Append(symbols.MinusSign);
        }

        if (group)
        {
            AppendGrouped(text, integer, symbols.GroupSeparator);
        }
        else
        {
            text.Append(integer);
        }

        if (fraction.Length > 0)
        {
            text.Append(symbols.DecimalSeparator).Append(fraction);
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="value"/> with exactly the decimals it carries (1.50 keeps two).</summary>
    public static string FormatAsIs(decimal value, NumberSection symbols) => Format(value, value.Scale, fixedDecimals: true, symbols);

    /// <summary>Puts <paramref name="value"/> into a pattern's <c>{0}</c> (and <paramref name="second"/> into <c>{1}</c>).</summary>
    public static string Fill(string pattern, string value, string? second = null)
    {
        var text = pattern.Replace("{0}", value, StringComparison.Ordinal);
        return second is null ? text : text.Replace("{1}", second, StringComparison.Ordinal);
    }

    /// <summary>
    /// Capitalises the first letter of the pattern's own words (the text around <c>{0}</c>), leaving
    /// the figure alone: <c>lebih dari {0}</c> becomes <c>Lebih dari {0}</c>, <c>{0} miliar</c> becomes <c>{0} Miliar</c>.
    /// </summary>
    public static string CapitalizeWords(string pattern)
    {
        var slot = pattern.IndexOf("{0}", StringComparison.Ordinal);
        if (slot < 0)
        {
            return CapitalizeFirst(pattern);
        }

        var before = pattern[..slot];
        var after = pattern[(slot + 3)..];
        return before.Any(char.IsLetter)
            ? CapitalizeFirst(before) + "{0}" + after
            : before + "{0}" + CapitalizeFirst(after);
    }

    private static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return text[..i] + char.ToUpperInvariant(text[i]) + text[(i + 1)..];
            }
        }

        return text;
    }

    private static void AppendGrouped(StringBuilder text, string integer, string separator)
    {
        var first = integer.Length % 3;
        if (first == 0)
        {
            first = 3;
        }

        text.Append(integer, 0, Math.Min(first, integer.Length));
        for (var i = first; i < integer.Length; i += 3)
        {
            text.Append(separator).Append(integer, i, 3);
        }
    }
}
