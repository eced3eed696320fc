using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Project;

/// <summary>
/// What facts may name, from the locale files: currencies and units that every locale can write
/// (a brief must come out in all of them), and the scale words of any locale (<c>4.87 billion</c>,
/// <c>4.87 miliar</c>).
/// </summary>
internal static class FactsVocabularyBuilder
{
    public static FactsVocabulary Build(LocaleCatalog locales)
    {
        var all = locales.Locales;
        var currencies = all.Count == 0 ? [] : all.Select(l => l.CurrencyCodes.ToHashSet(StringComparer.Ordinal))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var units = all.Count == 0 ? [] : all.Select(l => l.UnitKeys.ToHashSet(StringComparer.Ordinal))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });

        var scales = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var locale in all)
        {
            foreach (var (word, value) in locale.ScaleWordValues())
            {
                // A word meaning two values in two locales would make an amount ambiguous: drop it.
                if (scales.TryGetValue(word, out var existing) && existing != value)
                {
                    scales[word] = 0;
                }
                else
                {
                    scales[word] = value;
                }
            }
        }

        return new FactsVocabulary(
            locales.Codes.ToList(),
            currencies,
            units,
            scales.Where(s => s.Value != 0).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
    }
}
