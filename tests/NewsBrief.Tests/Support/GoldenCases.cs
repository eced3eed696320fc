namespace NewsBrief.Tests.Support;

/// <summary>
/// The render cases under <c>Golden/</c>, one folder each, found by listing the folder (never by a
/// list in code): adding a folder adds a case. A case's input is its own <c>facts.yml</c>, or, for
/// a folder named for a story of <c>examples/briefs</c>, that story (so an example is pinned
/// without a copy that could drift). Its parts are one <c>&lt;locale&gt;.md</c> and one
/// <c>&lt;locale&gt;.html</c> per shipped locale; a missing or unknown part fails the case by name.
/// </summary>
internal static class GoldenCases
{
    public const string FactsFile = "facts.yml";

    public static readonly string[] Formats = ["md", "html"];

    public static string Root => Path.Combine(Golden.TestsRoot, "Golden");

    /// <summary>The case folders' names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string root) =>
        Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The shipped locales' codes (locales/*.yml), in ordinal order.</summary>
    public static IReadOnlyList<string> Locales(string localesFolder) =>
        Directory.GetFiles(localesFolder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The facts file a case renders: its own facts.yml, else the example story of its name, else null.</summary>
    public static string? Input(string caseFolder, string examplesBriefs)
    {
        var own = Path.Combine(caseFolder, FactsFile);
        if (File.Exists(own))
        {
            return own;
        }

        var example = Path.Combine(examplesBriefs, Path.GetFileName(caseFolder) + ".yml");
        return File.Exists(example) ? example : null;
    }

    /// <summary>The expected outputs a case must hold, file names in its folder.</summary>
    public static IEnumerable<string> Parts(IReadOnlyList<string> locales) =>
        locales.SelectMany(locale => Formats.Select(format => $"{locale}.{format}"));

    /// <summary>What is wrong with a case folder, one sentence each; empty when it is complete.</summary>
    public static IReadOnlyList<string> Problems(string caseFolder, string examplesBriefs, IReadOnlyList<string> locales)
    {
        var name = Path.GetFileName(caseFolder);
        var problems = new List<string>();
        if (Input(caseFolder, examplesBriefs) is null)
        {
            problems.Add($"Golden/{name} has no input: add Golden/{name}/{FactsFile}, or name the folder for a story of examples/briefs.");
        }

        var parts = Parts(locales).ToList();
        problems.AddRange(parts.Where(p => !File.Exists(Path.Combine(caseFolder, p)))
            .Select(p => $"Golden/{name}/{p} is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it."));
        problems.AddRange(Directory.GetFiles(caseFolder).Select(Path.GetFileName).OfType<string>()
            .Where(f => f != FactsFile && !parts.Contains(f))
            .Order(StringComparer.Ordinal)
            .Select(f => $"Golden/{name}/{f} is not a part of a case (expected {FactsFile} and {string.Join(", ", parts)})."));
        problems.AddRange(Directory.GetDirectories(caseFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(d => $"Golden/{name}/{d}/ is a folder inside a case; a case is one folder of files."));
        return problems;
    }
}
