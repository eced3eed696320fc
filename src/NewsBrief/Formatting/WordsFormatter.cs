using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Whole numbers spelled out (<c>seribu dua ratus tiga</c>, <c>forty-two</c>), from locale data.</summary>
public sealed class WordsFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Spells out <paramref name="value"/>.</summary>
    public string Format(long value) => throw new NotImplementedException(locale.Code);
}
