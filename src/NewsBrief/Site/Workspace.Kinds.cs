using NewsBrief.Diagnostics;
using NewsBrief.Kinds;

namespace NewsBrief.Site;

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
