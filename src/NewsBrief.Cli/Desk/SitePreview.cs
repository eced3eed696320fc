using NewsBrief.Diagnostics;
using NewsBrief.Site;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// The published pages exactly as <c>newsbrief build</c> writes them: the desk runs the real site
/// build of the served folder into a private temporary folder (default base URL), again whenever the
/// files changed since the last build, and serves that folder. While a facts file is invalid the
/// build fails as it would in CI, and the previous site stays (build never leaves a half-written site).
/// </summary>
internal sealed class SitePreview(DeskProject project) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsbrief-serve-" + Guid.NewGuid().ToString("N"));
    private readonly Lock gate = new();
    private long builtVersion = -1;
    private bool succeeded;

    /// <summary>The site folder, built for <paramref name="version"/>; null when the build failed (diagnostics in the review pages).</summary>
    public string? Ensure(long version)
    {
        lock (gate)
        {
            if (builtVersion != version)
            {
                succeeded = Build();
                builtVersion = version;
            }

            return succeeded ? Path.Combine(folder, "site") : null;
        }
    }

    private bool Build()
    {
        var bag = new DiagnosticBag();
        var workspace = Workspace.Load(project.ProjectRoot, bag);
        if (workspace is null)
        {
            return false;
        }

        var sources = new List<SiteSource>();
        foreach (var brief in project.Briefs())
        {
            // Capped like every facts file read (a file grown huge fails the build, as in CI).
            if (FactsInput.ReadBytes(new CliContext(TextWriter.Null, TextWriter.Null, project.Dir), brief.FullPath, bag) is not { } bytes)
            {
                return false;
            }

            sources.Add(new SiteSource(brief.FullPath, brief.DisplayPath, bytes));
        }

        Directory.CreateDirectory(folder);
        return SiteBuilder.Build(workspace, sources, new SiteOptions { OutputDirectory = Path.Combine(folder, "site"), Jobs = 1 }, bag).Succeeded;
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
