namespace NewsBrief.Facts;

/// <summary>
/// What a facts file may name, taken from the locale files: locale codes, currencies every locale
/// can write, unit keys, and scale words accepted in amounts (<c>4.87 billion</c>).
/// </summary>
public sealed record FactsVocabulary(
    IReadOnlyList<string> Locales,
    IReadOnlySet<string> Currencies,
    IReadOnlySet<string> Units,
    IReadOnlyDictionary<string, decimal> ScaleWords)
{
    /// <summary>The story kinds a facts file may name with <c>kind:</c> and fill with <c>data:</c> (docs/kinds.md).</summary>
    public IReadOnlyDictionary<string, KindDefinition> Kinds { get; init; } = new Dictionary<string, KindDefinition>(StringComparer.Ordinal);
}
