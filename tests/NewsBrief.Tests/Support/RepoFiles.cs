using NewsBrief.Diagnostics;
using NewsBrief.Localization;

namespace NewsBrief.Tests.Support;

/// <summary>The repository's locales, templates and examples, as copied into the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "repo");

    public static string Locales => Path.Combine(Root, "locales");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>A file of the copied repository by its path there (<c>schema/facts.schema.json</c>).</summary>
    public static string At(string relative) => Path.Combine(Root, relative);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static readonly Lazy<LocaleCatalog> LazyCatalog = new(() =>
    {
        var bag = new DiagnosticBag();
        var files = Directory.GetFiles(Locales, "*.yml").Select(p => ("locales/" + Path.GetFileName(p), File.ReadAllText(p)));
        var catalog = LocaleCatalog.Parse(files, bag);
        if (bag.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
        }

        return catalog;
    });

    /// <summary>The repository's locale catalogue (id and en), loaded once.</summary>
    public static LocaleCatalog Catalog => LazyCatalog.Value;
}
