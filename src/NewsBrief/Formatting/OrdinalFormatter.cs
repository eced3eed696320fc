using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Ordinals (<c>ke-3</c>, <c>ketiga</c>, <c>first</c>, <c>21st</c>).</summary>
public sealed class OrdinalFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats the ordinal of <paramref name="value"/>.</summary>
    public string Format(long value, OrdinalForm form = OrdinalForm.Default) => throw new NotImplementedException(locale.Code);
}
