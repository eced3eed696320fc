using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Counts and quantities with units: plural forms from the locale's plural rules, small numbers
/// spelled out by the locale's policy unless the unit is a measure.
/// </summary>
public sealed class CountFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>
    /// Formats <paramref name="value"/> with the unit key <paramref name="unit"/> (null for a bare count).
    /// <paramref name="spellPolicy"/> names a policy of the locale (<c>eyd5</c>, <c>puebi</c>, <c>ap</c>,
    /// <c>digits</c>); null uses the locale default.
    /// </summary>
    public string Format(decimal value, string? unit, string? spellPolicy = null) => throw new NotImplementedException(locale.Code);

    /// <summary>True when the locale has the unit key.</summary>
    public bool Knows(string unit) => throw new NotImplementedException(locale.Code);
}
