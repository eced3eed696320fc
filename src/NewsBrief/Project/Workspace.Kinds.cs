using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Kinds;

namespace NewsBrief.Project;

/// <summary>The story kinds of a run (docs/kinds.md): <c>kinds/</c>, shipped and the project's, file by file.</summary>
public sealed partial class Workspace
{
    /// <summary>The story kinds.</summary>
    public KindCatalog Kinds { get; private init; } = KindCatalog.Empty;

    /// <summary>Writes the texts of kind briefs.</summary>
    public KindExpander Expander { get; private init; } = null!;

    /// <summary>Kind files (paths under <c>kinds/</c>) the project's folder changes: new, or different from the shipped one.</summary>
    public IReadOnlyList<string> OverriddenKinds { get; private init; } = [];

    /// <summary>
    /// Why a kind brief says what it says (<c>render --explain</c>): for each locale's headline, lede and
    /// points, the template line that set it and the data fields read to make it, or where the facts
    /// file wrote it instead. Empty for a free brief.
    /// </summary>
    public IReadOnlyList<KindTextExplanation> Explain(FactFile facts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Data is null)
        {
            return [];
        }

        // The texts as the file wrote them: the generated ones are made again, with their origins.
        static LocalizedText Own(LocalizedText text) =>
            text with { ByLocale = text.ByLocale.Where(t => t.Value.GeneratedBy is null).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) };
        var written = facts with
        {
            Headline = Own(facts.Headline),
            Lede = Own(facts.Lede),
            Points = [.. facts.Points.Select(Own).Where(p => p.ByLocale.Count > 0)],
        };
        var explanations = new List<KindTextExplanation>();
        Expander.Expand(written, diagnostics, explanations);
        return explanations;
    }

    /// <summary>
    /// The shipped kinds' files with the project's laid over them: a project file replaces the
    /// shipped file of the same path, and a new folder is a new kind.
    /// </summary>
    private static List<(string RelativePath, string Text)> KindFiles(WorkspaceFolders folders, DiagnosticBag diagnostics, out IReadOnlyList<string> changed)
    {
        var shipped = ProjectDirectory.ReadTree(folders.ShippedKinds, KindCatalog.DisplayRoot, diagnostics);
        var project = folders.Kinds is null ? [] : ProjectDirectory.ReadTree(folders.Kinds, KindCatalog.DisplayRoot, diagnostics);
        var projectPaths = project.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var shippedText = shipped.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        changed = project.Where(f => !shippedText.TryGetValue(f.RelativePath, out var text) || text != f.Text)
            .Select(f => f.RelativePath).Order(StringComparer.Ordinal).ToList();
        return shipped.Where(f => !projectPaths.Contains(f.RelativePath)).Concat(project)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }
}
