using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Percentages from a fraction (0.053 is 5.3 percent). Rounding: half away from zero.</summary>
public sealed class PercentFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>
    /// Formats <paramref name="fraction"/> with at most <paramref name="decimals"/> decimals (exactly
    /// that many with <paramref name="fixedDecimals"/>: a figure written <c>5.50</c> stays <c>5,50 persen</c>).
    /// </summary>
    public string Format(decimal fraction, int decimals, TextStyle style, bool fixedDecimals = false)
    {
        var percent = locale.PercentData;
        var pattern = style switch
        {
            TextStyle.Table when percent.Table.Length > 0 => percent.Table,
            TextStyle.Headline when percent.Headline.Length > 0 => percent.Headline,
            _ => percent.Prose,
        };
        var number = DecimalText.Format(fraction * 100m, decimals, fixedDecimals, locale.NumberData);
        return DecimalText.Fill(pattern, number);
    }
}
