namespace NewsBrief.Localization;

// The section read only by the figure recogniser (Recognition/). The recogniser reads every other
// section too; this one holds the forms newsrooms write that NewsBrief itself never writes.
public sealed partial class LocaleData
{
    /// <summary>Extra forms for reading figures in prose (<c>recognition:</c>); optional.</summary>
    public RecognitionSection? Recognition { get; set; }
}

/// <summary>
/// <c>recognition:</c> currency aliases, scale and percent forms, qualifier and equivalence words,
/// month aliases, extra date patterns and words after which a number is not a figure.
/// </summary>
public sealed class RecognitionSection
{
    /// <summary>Currency aliases by ISO code (<c>USD: { before: [USD, $], after: [dolar AS] }</c>).</summary>
    public Dictionary<string, CurrencyAliasSection> Currencies { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Extra scale forms, patterns with <c>{0}</c> (<c>{0} milyar</c>, <c>{0}bn</c>).</summary>
    public List<ScaleAliasSection> Scales { get; set; } = [];

    /// <summary>Extra percent patterns (<c>{0} percent</c>).</summary>
    public List<string> Percent { get; set; } = [];

    /// <summary>Extra qualifier words by qualifier key (<c>more_than: [di atas, over]</c>).</summary>
    public Dictionary<string, List<string>> Qualifiers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Words between an amount and its equivalent (<c>setara dengan</c>, <c>atau</c>).</summary>
    public List<string> Equivalence { get; set; } = [];

    /// <summary>Words joining the two ends of a range, besides <c>ranges:</c> (<c>s.d.</c>).</summary>
    public List<string> RangeWords { get; set; } = [];

    /// <summary>Extra month forms by month number, 1 to 12 (<c>9: [Sept]</c>).</summary>
    public Dictionary<int, List<string>> Months { get; set; } = [];

    /// <summary>Extra date patterns, in the letters of <c>dates.patterns</c> (<c>d MMMM y</c>).</summary>
    public List<string> DatePatterns { get; set; } = [];

    /// <summary>Words after a number that make it a time of day (<c>pagi</c>), besides <c>time.day_periods</c> and zones.</summary>
    public List<string> TimeWords { get; set; } = [];

    /// <summary>Words after which a number names something rather than counts it (<c>tahun</c>, <c>page</c>).</summary>
    public List<string> NotFiguresAfter { get; set; } = [];

    /// <summary>
    /// Adverbs that collide with a figure's qualifier when written right before it: "just about"
    /// means "almost", "only about" hedges twice (<c>stacking_adverbs:</c>). Qualifier words
    /// (<see cref="Qualifiers"/>) collide too without being listed here.
    /// </summary>
    public List<string> StackingAdverbs { get; set; } = [];
}

/// <summary>How one currency is written besides its symbol and name patterns.</summary>
public sealed class CurrencyAliasSection
{
    /// <summary>Written before the number (<c>USD</c>, <c>US$</c>, <c>$</c>).</summary>
    public List<string> Before { get; set; } = [];

    /// <summary>Written after the number (<c>dolar AS</c>, <c>rupiah</c>).</summary>
    public List<string> After { get; set; } = [];
}

/// <summary>Extra written forms of one scale.</summary>
public sealed class ScaleAliasSection
{
    /// <summary>The multiplier (1 000 000 000).</summary>
    public decimal Value { get; set; }

    /// <summary>Patterns with <c>{0}</c> (<c>{0} milyar</c>).</summary>
    public List<string> Forms { get; set; } = [];
}
