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
        })
    {
        Kinds = new Dictionary<string, KindDefinition>(StringComparer.Ordinal) { ["sample"] = SampleKind() },
    };

    /// <summary>
    /// The tests' own story kind, Data/kinds/sample (the bad-facts corpus uses it; BadInputCliTests
    /// copies it into each project), so the corpus does not change when a shipped kind does.
    /// </summary>
    internal static KindDefinition SampleKind()
    {
        var bag = new DiagnosticBag();
        return KindDefinitionParser.Parse("sample", File.ReadAllText(Path.Combine(SampleKindFolder, "kind.yml")), "kinds/sample/kind.yml", bag)
            ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }

    /// <summary>The folder of the tests' own kind.</summary>
    internal static string SampleKindFolder => Support.RepoFiles.Data(Path.Combine("kind-fixtures", "sample"));

    public static FactFile? Parse(string text, out DiagnosticBag bag, string path = "briefs/story.yml")
    {
        bag = new DiagnosticBag();
        return FactFileParser.Parse(text, path, Vocabulary, bag);
    }

    public static string Errors(DiagnosticBag bag) => string.Join("\n", bag.Sorted());
}
