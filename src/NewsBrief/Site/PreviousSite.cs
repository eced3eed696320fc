namespace NewsBrief.Site;

/// <summary>
/// What earlier builds left, as this build uses it: the live site's manifest (unchanged briefs are
/// neither parsed nor rendered), and the previous-but-one site claimed as staging
/// (<see cref="Recycled"/>, with its own manifest: its pages are kept where their facts did not
/// change), and the background deletion of other leftovers, joined before the swap.
/// </summary>
internal sealed class PreviousSite : IDisposable
{
    /// <summary>Nothing to reuse (no lock held, or nothing there).</summary>
    public static readonly PreviousSite None = new(null, null, null, Task.CompletedTask);

    private PreviousSite(BuildManifest? manifest, BuildManifest? recycledManifest, string? recycled, Task cleanup)
    {
        Manifest = manifest;
        RecycledManifest = recycledManifest;
        Recycled = recycled;
        Cleanup = cleanup;
    }

    /// <summary>The live site's manifest when it was built from the same inputs; null for a clean build.</summary>
    public BuildManifest? Manifest { get; }

    /// <summary>The claimed folder's manifest when built from the same inputs (its pages are kept by facts hash).</summary>
    public BuildManifest? RecycledManifest { get; }

    /// <summary>The previous-but-one site, claimed (renamed to a staging name) as this build's staging folder.</summary>
    public string? Recycled { get; }

    /// <summary>The deletion of other leftovers (and of a discarded claim), running in the background.</summary>
    public Task Cleanup { get; }

    /// <summary>
    /// Puts back a site a killed swap set aside, claims the site before the previous one (kept by
    /// the last swap) as staging, starts deleting other leftovers, and reads both manifests.
    /// Run under the build lock.
    /// </summary>
    public static PreviousSite Claim(SiteBuildRun run)
    {
        var output = run.Output;
        output.Recover();
        // Only for a rebuild: with SITE deleted, the build is a clean one and the spare goes too.
        var recycled = Directory.Exists(output.Target) ? output.ClaimPrevious() : null;
        var cleanup = output.CleanLeftoversAsync(keep: recycled);
        var claimed = recycled;
        var readRecycled = claimed is null ? Task.FromResult<BuildManifest?>(null) : Task.Run(() => BuildManifest.TryOpen(claimed, run.Locales));
        var previous = Directory.Exists(output.Target) ? BuildManifest.TryOpen(output.Target, run.Locales) : null;
        if (previous is not null && previous.Inputs != run.Inputs)
        {
            previous.Dispose();
            previous = null;
        }

        var recycledManifest = readRecycled.Result;
        if (recycledManifest is not null && (recycledManifest.Inputs != run.Inputs || recycled is null || previous is null))
        {
            recycledManifest.Dispose();
            recycledManifest = null;
        }
        if (previous is null && recycled is not null)
        {
            // The site's own manifest is missing, corrupt, foreign or for other inputs: a clean build, from nothing.
            var discard = recycled;
            recycled = null;
            cleanup = Task.WhenAll(cleanup, Task.Factory.StartNew(() => Directory.Delete(discard, recursive: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }

        return new PreviousSite(previous, recycledManifest, recycled, cleanup);
    }

    /// <summary>Closes the manifests (before the swap: a folder with an open file cannot be renamed everywhere).</summary>
    public void Dispose()
    {
        Manifest?.Dispose();
        RecycledManifest?.Dispose();
    }
}
