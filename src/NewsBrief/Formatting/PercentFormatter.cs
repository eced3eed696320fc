using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Percentages from a fraction (0.053 is 5.3 percent). Rounding: half away from zero.</summary>
public sealed class PercentFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats <paramref name="fraction"/> with at most <paramref name="decimals"/> decimals.</summary>
    public string Format(decimal fraction, int decimals, TextStyle style) => throw new NotImplementedException(locale.Code);
}
