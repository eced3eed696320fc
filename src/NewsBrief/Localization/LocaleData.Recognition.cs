using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// The section read only by the figure recogniser (Recognition/). The recogniser reads every other
// section too; this one holds the forms newsrooms write that NewsBrief itself never writes.
public sealed partial record LocaleData
{
    /// <summary>Extra forms for reading figures in prose (<c>recognition:</c>); optional.</summary>
    public RecognitionSection? Recognition { get; init; }
}

/// <summary>
/// <c>recognition:</c> currency aliases, scale and percent forms, qualifier and equivalence words,
/// month aliases, extra date patterns and words after which a number is not a figure.
/// </summary>
public sealed record RecognitionSection
{
    /// <summary>Currency aliases by ISO code (<c>USD: { before: [USD, $], after: [dolar AS] }</c>).</summary>
    public IReadOnlyDictionary<string, CurrencyAliasSection> Currencies { get; init; } = ReadOnlyDictionary<string, CurrencyAliasSection>.Empty;

    /// <summary>Extra scale forms, patterns with <c>{0}</c> (<c>{0} milyar</c>, <c>{0}bn</c>).</summary>
    public IReadOnlyList<ScaleAliasSection> Scales { get; init; } = [];

    /// <summary>Extra percent patterns (<c>{0} percent</c>).</summary>
    public IReadOnlyList<string> Percent { get; init; } = [];

    /// <summary>Extra qualifier words by qualifier key (<c>more_than: [di atas, over]</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Qualifiers { get; init; } = ReadOnlyDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Words between an amount and its equivalent (<c>setara dengan</c>, <c>atau</c>).</summary>
    public IReadOnlyList<string> Equivalence { get; init; } = [];

    /// <summary>Words joining the two ends of a range, besides <c>ranges:</c> (<c>s.d.</c>).</summary>
    public IReadOnlyList<string> RangeWords { get; init; } = [];

    /// <summary>Extra month forms by month number, 1 to 12 (<c>9: [Sept]</c>).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Months { get; init; } = ReadOnlyDictionary<int, IReadOnlyList<string>>.Empty;

    /// <summary>Extra date patterns, in the letters of <c>dates.patterns</c> (<c>d MMMM y</c>).</summary>
    public IReadOnlyList<string> DatePatterns { get; init; } = [];

    /// <summary>Words after a number that make it a time of day (<c>pagi</c>), besides <c>time.day_periods</c> and zones.</summary>
    public IReadOnlyList<string> TimeWords { get; init; } = [];

    /// <summary>Words after which a number names something rather than counts it (<c>tahun</c>, <c>page</c>).</summary>
    public IReadOnlyList<string> NotFiguresAfter { get; init; } = [];

    /// <summary>
    /// Adverbs that collide with a figure's qualifier when written right before it: "just about"
    /// means "almost", "only about" hedges twice (<c>stacking_adverbs:</c>). Qualifier words
    /// (<see cref="Qualifiers"/>) collide too without being listed here.
    /// </summary>
    public IReadOnlyList<string> StackingAdverbs { get; init; } = [];
}

/// <summary>How one currency is written besides its symbol and name patterns.</summary>
public sealed record CurrencyAliasSection
{
    /// <summary>Written before the number (<c>USD</c>, <c>US$</c>, <c>$</c>).</summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    /// <summary>Written after the number (<c>dolar AS</c>, <c>rupiah</c>).</summary>
    public IReadOnlyList<string> After { get; init; } = [];
}

/// <summary>Extra written forms of one scale.</summary>
public sealed record ScaleAliasSection
{
    /// <summary>The multiplier (1 000 000 000).</summary>
    public decimal Value { get; init; }

    /// <summary>Patterns with <c>{0}</c> (<c>{0} milyar</c>).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];
}
