using System.Globalization;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Plain numbers with the locale's separators. Rounding: half away from zero on decimal.</summary>
public sealed class NumberFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>
    /// Formats a quantity with grouping. <paramref name="decimals"/> null keeps the value's own decimals;
    /// otherwise rounds to at most that many (exactly that many when <paramref name="fixedDecimals"/>).
    /// </summary>
    public string Format(decimal value, int? decimals = null, bool fixedDecimals = false) =>
        decimals is { } places
            ? DecimalText.Format(value, places, fixedDecimals, locale.NumberData)
            : DecimalText.FormatAsIs(value, locale.NumberData);

    /// <summary>A year, page or ID number: never grouped (<c>2025</c>, not <c>2.025</c>).</summary>
    public string FormatYear(long value)
    {
        // Invariant digits, then the locale's minus sign (Math.Abs would overflow on long.MinValue).
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return value < 0 ? locale.NumberData.MinusSign + digits[1..] : digits;
    }
}
