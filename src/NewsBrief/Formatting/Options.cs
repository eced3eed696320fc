using NewsBrief.Facts;

namespace NewsBrief.Formatting;

/// <summary>How a money amount is scaled.</summary>
public enum MoneyScale
{
    /// <summary>Full figure below 1,000,000; above, up to <see cref="MoneyOptions.Decimals"/> decimals with a scale word.</summary>
    Auto,

    /// <summary>Always the full figure (<c>Rp4.870.000.000</c>).</summary>
    None,

    /// <summary>Like <see cref="Auto"/>, but thousands get their scale word too (<c>US$294 ribu</c>).</summary>
    Thousands,
}

/// <summary>Whether the currency is a symbol before the number or a name after it.</summary>
public enum CurrencyStyle
{
    /// <summary>The locale's usual form (<c>US$294.000</c>, <c>$294,000</c>, <c>4.87 billion rupiah</c>).</summary>
    Symbol,

    /// <summary>The currency's name after the number (<c>100 juta dolar AS</c>).</summary>
    Name,
}

/// <summary>Options of <see cref="MoneyFormatter"/>. Defaults match the conformance table's defaults.</summary>
public sealed record MoneyOptions
{
    /// <summary>Default options.</summary>
    public static MoneyOptions Default { get; } = new();

    /// <summary>The qualifier written before the amount.</summary>
    public Qualifier Qualifier { get; init; } = Qualifier.None;

    /// <summary>Maximum decimals of a scaled amount (trailing zeros trimmed unless <see cref="Fixed"/>).</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>Keep trailing zeros (<c>Rp5.000,00</c>).</summary>
    public bool Fixed { get; init; }

    /// <summary>How the amount is scaled.</summary>
    public MoneyScale Scale { get; init; } = MoneyScale.Auto;

    /// <summary>Where the amount stands.</summary>
    public TextStyle Style { get; init; } = TextStyle.Prose;

    /// <summary>Symbol or name.</summary>
    public CurrencyStyle CurrencyStyle { get; init; } = CurrencyStyle.Symbol;

    /// <summary>
    /// In a headline, capitalise qualifier, scale and currency words as the locale's
    /// <c>headline_capitals</c> says; false for a sentence-case headline, which gets no capitals from its figures.
    /// </summary>
    public bool TitleCase { get; init; } = true;
}

/// <summary>How small whole numbers are spelled out in counts.</summary>
public enum SpellPolicy
{
    /// <summary>The locale's default (EYD V for id, AP for en), as named by <c>counts.default_spell</c>.</summary>
    Default,

    /// <summary>Always digits.</summary>
    Digits,

    /// <summary>A named policy from the locale's <c>counts.spell</c> table (<c>eyd5</c>, <c>puebi</c>, <c>ap</c>).</summary>
    Named,
}

/// <summary>Ordinal as digits (<c>ke-3</c>, <c>10th</c>) or words (<c>ketiga</c>, <c>first</c>).</summary>
public enum OrdinalForm
{
    /// <summary>The locale's news default (en: words for first to ninth, then digits).</summary>
    Default,

    /// <summary>Digits.</summary>
    Digits,

    /// <summary>Words.</summary>
    Words,
}

/// <summary>Compact number form: <c>4,87 M</c> (short, tables only) or <c>294 ribu</c> (long).</summary>
public enum CompactForm
{
    /// <summary>Short scale symbols.</summary>
    Short,

    /// <summary>Long scale words.</summary>
    Long,
}
