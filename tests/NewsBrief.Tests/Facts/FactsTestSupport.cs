using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Tests.Facts;

/// <summary>The vocabulary the facts tests use, independent of the repository's locale files.</summary>
internal static class FactsTestSupport
{
    public static FactsVocabulary Vocabulary { get; } = new(
        ["en", "id"],
        new HashSet<string>(["IDR", "USD"], StringComparer.Ordinal),
        new HashSet<string>(["chip", "hour"], StringComparer.Ordinal),
        new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["thousand"] = 1_000m,
            ["million"] = 1_000_000m,
            ["billion"] = 1_000_000_000m,
            ["trillion"] = 1_000_000_000_000m,
            ["ribu"] = 1_000m,
            ["juta"] = 1_000_000m,
            ["miliar"] = 1_000_000_000m,
            ["triliun"] = 1_000_000_000_000m,
        });

    public static FactFile? Parse(string text, out DiagnosticBag bag, string path = "briefs/story.yml")
    {
        bag = new DiagnosticBag();
        return FactFileParser.Parse(text, path, Vocabulary, bag);
    }

    public static string Errors(DiagnosticBag bag) => string.Join("\n", bag.Sorted());
}
