using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>One story's facts, validated and immutable. The slug is the file name.</summary>
public sealed record FactFile
{
    /// <summary>The path the facts were read from (as given, for diagnostics).</summary>
    public required string Path { get; init; }

    /// <summary>The file name without <c>.yml</c>; the brief's URL segment.</summary>
    public required string Slug { get; init; }

    /// <summary>Publication date of the brief.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Template family (<c>brief</c>).</summary>
    public string Kind { get; init; } = "brief";

    /// <summary>Tags, as written.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Sources, at least one.</summary>
    public required IReadOnlyList<FactSource> Sources { get; init; }

    /// <summary>Dated exchange rates this story may convert with.</summary>
    public IReadOnlyList<ExchangeRate> Rates { get; init; } = [];

    /// <summary>Figures in the order written.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }

    /// <summary>Headline per locale.</summary>
    public required LocalizedText Headline { get; init; }

    /// <summary>Lede per locale.</summary>
    public required LocalizedText Lede { get; init; }

    /// <summary>Points per locale.</summary>
    public IReadOnlyList<LocalizedText> Points { get; init; } = [];

    /// <summary>Timeline, in the order written.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];

    /// <summary>A story kind's validated <c>data:</c>; null for a free brief (docs/kinds.md).</summary>
    public KindData? Data { get; init; }

    /// <summary>Finds a figure by name.</summary>
    public Figure? FindFigure(string name) => Figures.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>Where the story comes from.</summary>
public sealed record FactSource(string Name, PartialDate? Date, string? Url, SourceLocation Location)
{
    /// <summary>
    /// The name per locale when the file gives one (<c>name: { id: Badan Pusat Statistik, en: Statistics Indonesia }</c>);
    /// null when <see cref="Name"/> is one name for every locale.
    /// </summary>
    public LocalizedText? Names { get; init; }

    /// <summary>The name readers of <paramref name="locale"/> see: its own, else the one name.</summary>
    public string NameFor(string locale) => Names?.For(locale)?.Text ?? Name;
}

/// <summary>A dated exchange rate: 1 <see cref="Base"/> = <see cref="Rate"/> <see cref="Quote"/>.</summary>
public sealed record ExchangeRate(string Base, string Quote, decimal Rate, PartialDate Date, string? Note, SourceLocation Location);

/// <summary>A dated event on the story's timeline.</summary>
public sealed record TimelineEvent(PartialDate Date, LocalizedText Text, SourceLocation Location);

/// <summary>Reader-visible text: one string per locale code, each with where it was written.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, LocatedText> ByLocale, SourceLocation Location)
{
    /// <summary>The text for <paramref name="locale"/>, or null when that locale is missing.</summary>
    public LocatedText? For(string locale) => ByLocale.TryGetValue(locale, out var t) ? t : null;
}

/// <summary>A string from a facts file and the position of its first character.</summary>
public sealed record LocatedText(string Text, SourceLocation Location)
{
    /// <summary>
    /// The kind template that wrote the text (<c>kinds/rate-decision/id.sbn</c>), null for text from the
    /// facts file; <see cref="Location"/> is then where the template set it.
    /// </summary>
    public string? GeneratedBy { get; init; }
}

/// <summary>A named figure. Kinds: money, quantity, percent, plain number.</summary>
public abstract record Figure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location)
{
    /// <summary>
    /// True when a locale's headline may leave the figure out (<c>headline: optional</c>): the other
    /// locale's headline writes it, this one says it in words or not at all (check NB7006 allows it).
    /// </summary>
    public bool HeadlineOptional { get; init; }
}

/// <summary><c>amount</c> + <c>currency</c>, with amounts reported in other currencies.</summary>
public sealed record MoneyFigure(
    string Name,
    LocalizedText? Label,
    Qualifier Qualifier,
    SourceLocation Location,
    decimal Amount,
    string Currency,
    IReadOnlyDictionary<string, decimal> Reported) : Figure(Name, Label, Qualifier, Location)
{
    /// <summary>
    /// The date the amount is of (<c>date:</c>), when it is not the story's: a conversion uses only
    /// a rate dated near it (a 2021 amount is never converted at a 2025 rate).
    /// </summary>
    public PartialDate? Date { get; init; }

    /// <summary>
    /// What the amount is per (<c>per:</c>), a currency code or a unit key: an exchange rate
    /// (<c>Rp16.752 per dolar AS</c>) or a price (<c>Rp18.000 per cangkir</c>). A per-unit amount
    /// is never converted: its equivalent would be a different rate.
    /// </summary>
    public string? Per { get; init; }

    /// <summary>
    /// False when the figure is never converted through the story's rates (<c>convert: false</c>):
    /// an amount readers know in its own currency (a hajj cost in riyals). Reported amounts still show.
    /// </summary>
    public bool Convert { get; init; } = true;
}

/// <summary><c>value</c> + <c>unit</c> (a unit key from the locale files).</summary>
public sealed record QuantityFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, decimal Value, string Unit)
    : Figure(Name, Label, Qualifier, Location);

/// <summary><c>percent: 5.3</c> means 5.3 percent; <see cref="Fraction"/> is 0.053.</summary>
public sealed record PercentFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, decimal Percent)
    : Figure(Name, Label, Qualifier, Location)
{
    /// <summary>The percentage as a fraction, exactly.</summary>
    public decimal Fraction => Percent / 100m;
}

/// <summary>A plain <c>value</c> without a unit.</summary>
public sealed record NumberFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, decimal Value)
    : Figure(Name, Label, Qualifier, Location);
