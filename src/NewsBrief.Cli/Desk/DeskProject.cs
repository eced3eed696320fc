using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Rendering;
using NewsBrief.Site;

namespace NewsBrief.Cli.Desk;

/// <summary>A facts file of the served folder: its slug (file name) and where it is.</summary>
internal sealed record DeskBrief(string Slug, string FullPath, string DisplayPath);

/// <summary>One brief as the desk shows it: parsed facts (null when invalid), every diagnostic, and the lines diagnostics quote.</summary>
internal sealed record DeskReview(DeskBrief Brief, Workspace? Workspace, FactFile? Facts, IReadOnlyList<RenderedBrief> Rendered, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string[]> Sources);

/// <summary>
/// The folder <c>serve</c> shows and the project (locales, templates) it renders with. Everything is
/// read again on every request, so a page always shows the files as they are on disk now: an
/// invalid file shows its diagnostics, a fixed one renders again, and nothing is cached stale.
/// </summary>
internal sealed class DeskProject(string dir, string projectRoot)
{
    /// <summary>The served folder (full path).</summary>
    public string Dir { get; } = Path.GetFullPath(dir);

    /// <summary>The folder with <c>locales/</c> and <c>templates/</c>.</summary>
    public string ProjectRoot { get; } = projectRoot;

    /// <summary>The folders whose changes reload open pages.</summary>
    public IEnumerable<string> WatchedFolders => [Dir, Path.Combine(ProjectRoot, "locales"), Path.Combine(ProjectRoot, "templates")];

    /// <summary>The facts files under the folder in ordinal order; hidden entries and symbolic links are skipped.</summary>
    public IReadOnlyList<DeskBrief> Briefs() => Scan(out _);

    /// <summary>
    /// The facts files under the folder, and what the scan left out (links, pipes, devices: see
    /// <see cref="FolderScan"/>), for the index to say. A link is never followed here, not even to a
    /// file: the desk serves what is under the folder and nothing through a link.
    /// </summary>
    public IReadOnlyList<DeskBrief> Scan(out IReadOnlyList<SkippedEntry> skipped)
    {
        var left = new List<SkippedEntry>();
        var found = FolderScan.Files(Dir, ".yml", followFileLinks: false, skipHidden: true, left)
            .Select(full => new DeskBrief(Path.GetFileName(full)[..^4], full, Path.GetRelativePath(Dir, full).Replace('\\', '/')))
            .ToList();
        skipped = left.OrderBy(e => e.FullPath, StringComparer.Ordinal).ToList();

        // Two files with one slug: the first in path order is served (check reports the clash).
        return found.OrderBy(b => b.DisplayPath, StringComparer.Ordinal).DistinctBy(b => b.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>The brief with <paramref name="slug"/>, or null.</summary>
    public DeskBrief? Find(string slug) => Briefs().FirstOrDefault(b => string.Equals(b.Slug, slug, StringComparison.Ordinal));

    /// <summary>Loads the project and the brief now, renders it in every locale for review, and collects every diagnostic.</summary>
    public DeskReview Review(DeskBrief brief)
    {
        var bag = new DiagnosticBag();
        var sources = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var workspace = Workspace.Load(ProjectRoot, bag);
        FactFile? facts = null;
        var rendered = new List<RenderedBrief>();
        if (workspace is not null)
        {
            var text = ReadFacts(brief, bag);
            if (text is not null)
            {
                sources[brief.DisplayPath] = DiagnosticExcerpt.Lines(text);
                facts = workspace.ParseFacts(text, brief.DisplayPath, bag);
            }

            if (facts is not null)
            {
                foreach (var locale in workspace.Locales.Codes)
                {
                    if (workspace.Renderer.RenderForReview(facts, locale, bag) is { } brief1)
                    {
                        rendered.Add(brief1);
                    }
                }
            }
        }

        var diagnostics = bag.Sorted();
        foreach (var d in diagnostics)
        {
            var path = d.Location.Path;
            if (!sources.ContainsKey(path) && (path.StartsWith("locales/", StringComparison.Ordinal) || path.StartsWith("templates/", StringComparison.Ordinal))
                && SafeFiles.Resolve(ProjectRoot, path) is { } full && FileKinds.Of(full) == FileKind.Regular) // a pipe would block the page
            {
                sources[path] = DiagnosticExcerpt.Lines(File.ReadAllText(full));
            }
        }

        return new DeskReview(brief, workspace, bag.HasErrors ? null : facts, rendered, diagnostics, sources);
    }

    private static string? ReadFacts(DeskBrief brief, DiagnosticBag bag) =>
        FactsInput.ReadBytes(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetDirectoryName(brief.FullPath)!), brief.FullPath, bag) is { } bytes
            ? TextDecoding.Decode(bytes)
            : null;
}
