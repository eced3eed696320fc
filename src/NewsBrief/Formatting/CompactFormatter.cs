using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Compact numbers without currency (<c>4,87 M</c>, <c>294 thousand</c>).</summary>
public sealed class CompactFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats with a scale symbol or word, at most <paramref name="decimals"/> decimals.</summary>
    public string Format(decimal value, CompactForm form, int decimals = 2)
    {
        var symbols = locale.NumberData;
        var magnitude = Math.Abs(value);
        var scales = locale.CompactData.Scales;

        // A value that rounds up to the smallest scale is written with it (999.996 -> 1 thousand).
        var plain = DecimalText.Round(magnitude, decimals);
        var picked = Scaling.Pick(Math.Max(magnitude, plain), scales, decimals);
        if (picked is not { } p)
        {
            return DecimalText.Format(value, decimals, fixedDecimals: false, symbols);
        }

        var pattern = form == CompactForm.Short ? p.Scale.Short : p.Scale.Long;
        var number = DecimalText.Format(p.Scaled, decimals, fixedDecimals: false, symbols);
        var text = DecimalText.Fill(pattern, number);
        return value < 0 && p.Scaled != 0 ? symbols.MinusSign + text : text;
    }
}
