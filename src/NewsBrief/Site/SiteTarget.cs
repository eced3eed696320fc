using NewsBrief.Diagnostics;
using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>
/// The build's first step: may this build write its output folder at all, and if so, take the
/// site's build lock. No build turns a site into something else (a swap replaces it with a whole
/// site in one rename), so the refusal is decided before the lock.
/// </summary>
internal static class SiteTarget
{
    /// <summary>
    /// Checks the layouts and the output folder (reported to the run's diagnostics) and takes the
    /// lock; null when the folder is refused, is not a site, or the lock cannot be taken (each an
    /// error): then nothing next to the site is touched.
    /// </summary>
    public static BuildLock? CheckAndLock(SiteBuildRun run)
    {
        var output = run.Output;
        var diagnostics = run.Diagnostics;
        run.Workspace.Layouts.Check(diagnostics);
        var refusal = output.Refusal(run.Options.InputFolders);
        if (refusal is { } refused)
        {
            diagnostics.Add(refused.Descriptor, SourceLocation.StartOf(run.Display), refused.Message);
        }

        var isSite = refusal is null && !File.Exists(output.Target) && (!Directory.Exists(output.Target) || IsSite(output.Target));
        if (!isSite && refusal is null)
        {
            diagnostics.Add(DiagnosticDescriptors.OutputNotASite, SourceLocation.StartOf(run.Display),
                $"'{run.Display}' exists and is not a site NewsBrief built (no {BuildManifest.RelativePath}); build replaces its output folder as a whole. Choose a new or empty folder.");
        }

        return isSite ? Lock(output, run.Options, run.Display, diagnostics) : null;
    }

    /// <summary>Takes the site's build lock, waiting for another build that holds it; null (reported) when the lock file cannot be opened.</summary>
    private static BuildLock? Lock(SiteOutput output, SiteOptions options, string display, DiagnosticBag diagnostics)
    {
        var kind = FileKinds.Of(output.LockPath);
        if (kind is FileKind.SymbolicLink or FileKind.Pipe or FileKind.Device or FileKind.Socket)
        {
            // Opened, a link would be followed (a dangling one would create its target) and a pipe would block.
            diagnostics.Add(kind == FileKind.SymbolicLink ? DiagnosticDescriptors.OutputIsLink : DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                $"The build lock '{Path.GetFileName(output.LockPath)}' next to the site is {FileKinds.Describe(kind)}, not a file NewsBrief made. Delete it; the next build makes a new one. The previous site is unchanged.");
            return null;
        }

        try
        {
            return BuildLock.Acquire(output.LockPath, options.WaitingForLock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                $"Cannot take the build lock '{Path.GetFileName(output.LockPath)}' next to the site: {e.Message} The previous site is unchanged.");
            return null;
        }
    }

    /// <summary>True when the folder is empty or holds a site NewsBrief built.</summary>
    private static bool IsSite(string folder) =>
        File.Exists(Path.Combine(folder, BuildManifest.RelativePath)) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
