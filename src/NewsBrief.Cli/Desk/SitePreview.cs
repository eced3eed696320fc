using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// The published pages exactly as <c>newsbrief build</c> writes them: the desk runs the real site
/// build of the served folder into a private temporary folder (default base URL), again whenever the
/// files changed since the last build, and serves that folder. A build with a broken facts file
/// fails as it would in CI; the desk then builds the healthy briefs alone, so their pages stay up,
/// and names the broken ones (<see cref="SiteState.Broken"/>), whose URLs show their diagnostics.
/// </summary>
internal sealed class SitePreview(DeskProject project) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsbrief-serve-" + Guid.NewGuid().ToString("N"));
    private readonly Lock gate = new();
    private long builtVersion = -1;
    private SiteState? state;

    /// <summary>The site built for <paramref name="version"/>; null when not even the healthy briefs build (a broken template or locale).</summary>
    public SiteState? Ensure(long version)
    {
        lock (gate)
        {
            if (builtVersion != version)
            {
                state = Build();
                builtVersion = version;
            }

            return state;
        }
    }

    private SiteState? Build()
    {
        var bag = new DiagnosticBag();
        var workspace = Workspace.Load(project.ProjectRoot, bag);
        if (workspace is null)
        {
            return null;
        }

        var sources = new List<SiteSource>();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var brief in project.Briefs())
        {
            // Capped like every facts file read (a file grown huge fails the build, as in CI).
            if (FactsInput.ReadBytes(new CliContext(TextWriter.Null, TextWriter.Null, project.Dir), brief.FullPath, bag) is not { } bytes)
            {
                broken.Add(brief.Slug); // unreadable: shown as broken, the others still build
                continue;
            }

            sources.Add(new SiteSource(brief.FullPath, brief.DisplayPath, bytes));
        }

        Directory.CreateDirectory(folder);
        var site = Path.Combine(folder, "site");
        var healthy = sources;
        if (SiteBuilder.Build(workspace, sources, new SiteOptions { OutputDirectory = site, Jobs = 1 }, bag).Succeeded && broken.Count == 0)
        {
            return new SiteState(site, broken);
        }

        // Which files made the build fail: every other brief is built again without them.
        var failing = bag.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        healthy = sources.Where(s => !failing.Contains(s.DisplayPath)).ToList();
        broken.UnionWith(sources.Where(s => failing.Contains(s.DisplayPath)).Select(s => Path.GetFileNameWithoutExtension(s.DisplayPath)));
        if (healthy.Count == sources.Count && broken.Count == 0)
        {
            return null; // failed for a reason no facts file names
        }

        return SiteBuilder.Build(workspace, healthy, new SiteOptions { OutputDirectory = site, Jobs = 1 }, new DiagnosticBag()).Succeeded
            ? new SiteState(site, broken)
            : null;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A built preview: the site folder (healthy briefs) and the slugs of the briefs left out because they are broken.</summary>
internal sealed record SiteState(string Root, IReadOnlySet<string> Broken);
