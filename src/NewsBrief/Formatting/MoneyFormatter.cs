using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Money as newsrooms write it. Amounts are decimal; rounding is half away from zero.</summary>
public sealed class MoneyFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>One amount (<c>sekitar Rp4,87 miliar</c>, <c>$294,000</c>, <c>4.87 billion rupiah</c>).</summary>
    public string Format(decimal amount, string currency, MoneyOptions options) => throw new NotImplementedException(locale.Code);

    /// <summary>
    /// An amount with its equivalent in parentheses: <c>Rp4,87 miliar (sekitar US$294.000)</c>. When
    /// <paramref name="approximate"/> the second amount is a conversion through a dated rate and takes
    /// the locale's approximate-conversion pattern; a reported (published) equivalent does not.
    /// The qualifier of <paramref name="options"/> stands before the whole pair.
    /// </summary>
    public string FormatPair(decimal amount, string currency, decimal equivalent, string equivalentCurrency, bool approximate, MoneyOptions options) =>
        throw new NotImplementedException(locale.Code);

    /// <summary>
    /// Writes a qualifier before an already formatted figure (<c>lebih dari</c> …); in a headline
    /// the qualifier is capitalised when the locale capitalises headline words.
    /// </summary>
    public string Qualify(Qualifier qualifier, string formatted, TextStyle style = TextStyle.Prose) => throw new NotImplementedException(locale.Code);

    /// <summary>True when the locale knows how to write <paramref name="currency"/>.</summary>
    public bool Knows(string currency) => throw new NotImplementedException(locale.Code);
}
