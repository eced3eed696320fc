using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Compact numbers without currency (<c>4,87 M</c>, <c>294 thousand</c>).</summary>
public sealed class CompactFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats with a scale symbol or word, at most <paramref name="decimals"/> decimals.</summary>
    public string Format(decimal value, CompactForm form, int decimals = 2) => throw new NotImplementedException(locale.Code);
}
