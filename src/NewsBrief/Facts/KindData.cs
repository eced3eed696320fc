using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// A facts file's <c>data:</c>, validated against its kind: every declared field is present (null
/// when left out). Values are plain: <see cref="string"/> (text, key, date, instant, period),
/// <see cref="decimal"/> (numbers), <see cref="bool"/>, lists of values and field maps
/// (<see cref="IReadOnlyDictionary{TKey, TValue}"/> in field order).
/// </summary>
public sealed record KindData(KindDefinition Definition, IReadOnlyDictionary<string, object?> Values, SourceLocation Location)
{
    /// <summary>Where each given field was written, by path (<c>rate</c>, <c>history[2].rate</c>, <c>epicenter.place</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
}
