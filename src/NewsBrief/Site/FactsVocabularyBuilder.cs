using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Site;

/// <summary>What facts may name: currencies and units every locale can write, and every locale's scale words.</summary>
internal static class FactsVocabularyBuilder
{
    public static FactsVocabulary Build(LocaleCatalog locales)
    {
        var codes = locales.Codes.ToList();
        return new FactsVocabulary(codes, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, decimal>(StringComparer.Ordinal));
    }
}
