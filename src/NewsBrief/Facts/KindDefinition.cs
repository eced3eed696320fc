using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// A story kind's definition, read from <c>kinds/&lt;name&gt;/kind.yml</c>: the fields of a facts
/// file's <c>data:</c> block, in order, and the figures built from them (docs/kinds.md).
/// </summary>
public sealed record KindDefinition(string Name, string Path, IReadOnlyList<KindField> Fields, IReadOnlyList<KindFigure> Figures)
{
    /// <summary>The field of that name, or null.</summary>
    public KindField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>The type of a kind's field (docs/kinds.md, "Field types").</summary>
public enum KindFieldType
{
    /// <summary>Any non-empty text.</summary>
    Text,

    /// <summary>One of the field's <c>values:</c> (a key into the kind's words).</summary>
    Key,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>An exact decimal.</summary>
    Number,

    /// <summary>An exact decimal meaning percent (<c>4.75</c> is 4.75 percent).</summary>
    Percent,

    /// <summary>An exact decimal, with a scale word as figures' <c>amount</c> accepts (<c>1.25 triliun</c>).</summary>
    Amount,

    /// <summary>An ISO day, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An ISO 8601 date and time with a zone (<c>2025-12-12T07:35:21Z</c>), kept in UTC.</summary>
    Instant,

    /// <summary>A reporting period as figures' <c>period:</c> (<c>2025-Q3</c>).</summary>
    Period,

    /// <summary>A list of items of the field's <c>item</c> type.</summary>
    List,

    /// <summary>A mapping of the field's own <c>fields</c>.</summary>
    Object,
}

/// <summary>One field of a kind's <c>data:</c> (or of a list item or object within it).</summary>
public sealed record KindField(string Name, KindFieldType Type, SourceLocation Location)
{
    /// <summary>True when the facts file must give the field.</summary>
    public bool Required { get; init; }

    /// <summary>True when a number may be negative (a loss).</summary>
    public bool Negative { get; init; }

    /// <summary>The smallest number allowed, when any.</summary>
    public decimal? Min { get; init; }

    /// <summary>The largest number allowed, when any.</summary>
    public decimal? Max { get; init; }

    /// <summary>The values a <see cref="KindFieldType.Key"/> (or a text limited to them) may take.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>A list's item: a typed value (its name is <c>item</c>) or an object of fields.</summary>
    public KindField? Item { get; init; }

    /// <summary>An object's fields, in order.</summary>
    public IReadOnlyList<KindField> Fields { get; init; } = [];

    /// <summary>The field's name in <c>kind.yml</c>'s own words: <c>key (bi, fed)</c>, <c>list of objects</c>.</summary>
    public string Describe() => Type switch
    {
        KindFieldType.Key => $"one of {string.Join(", ", Values)}",
        KindFieldType.List => Item is null ? "a list" : $"a list of {(Item.Type == KindFieldType.Object ? "mappings" : Item.Describe())}",
        KindFieldType.Object => "a mapping of " + string.Join(", ", Fields.Select(f => f.Name)),
        KindFieldType.Date => "a date (yyyy-MM-dd)",
        KindFieldType.Instant => "an instant (yyyy-MM-ddTHH:mm:ssZ)",
        _ => Type.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// A figure a kind builds from its data: a figure mapping as in a facts file's <c>figures:</c>,
/// whose values name the data fields to take (<c>rate: { percent: rate }</c>).
/// </summary>
public sealed record KindFigure(string Name, SourceLocation Location)
{
    /// <summary>The figure's keys: each names a field (a path such as <c>epicenter.distance_km</c>) or is a literal.</summary>
    internal IReadOnlyList<(YamlScalarNode Key, YamlNode Value, string? FieldPath)> Entries { get; init; } = [];

    /// <summary>The data fields the figure reads.</summary>
    public IEnumerable<string> FieldPaths => Entries.Select(e => e.FieldPath).OfType<string>();
}
