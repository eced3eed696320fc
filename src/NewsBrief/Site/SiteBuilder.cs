using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Rendering;

namespace NewsBrief.Site;

/// <summary>
/// One facts file as read from disk: where it is, how diagnostics name it, its bytes. The text is
/// decoded (<see cref="TextDecoding"/>) only when asked for: a rebuild hashes every file but parses
/// only the changed ones.
/// </summary>
public sealed class SiteSource(string fullPath, string displayPath, byte[] bytes)
{
    private string? text;

    /// <summary>The file's absolute path.</summary>
    public string FullPath { get; } = fullPath;

    /// <summary>The path diagnostics show.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>The file's bytes as read.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>The file's text (decoded once; any thread).</summary>
    public string Text => text ??= TextDecoding.Decode(Bytes);
}

/// <summary>Settings of one <c>newsbrief build</c>.</summary>
public sealed class SiteOptions
{
    /// <summary>The base URL when none is given: a reserved domain that can never resolve.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://example.invalid/");

    /// <summary>The site folder (replaced as a whole on success).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Absolute http(s) URL the site is served at, ending with '/'; canonical URLs, feeds and the sitemap use it.</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Briefs rendered at once (default: every core).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Called as briefs finish (done, total), from worker threads.</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>Called at the end of each stage (name, time since the previous stage), for diagnostics.</summary>
    public Action<string, TimeSpan>? Timing { get; init; }

    /// <summary>
    /// Called once when another build of the same site holds its lock (<c>.SITE.lock</c>), before
    /// this build starts waiting for it to finish.
    /// </summary>
    public Action? WaitingForLock { get; init; }

    /// <summary>
    /// Runs on every facts file the build parses (facts, display path, text, bag), after parsing (worker threads): the CLI runs the
    /// figure checks (NB7xxx) here, so build reports what check reports for the same file.
    /// </summary>
    public Action<FactFile, string, string, DiagnosticBag>? CheckFacts { get; init; }

    /// <summary><c>--strict</c>: a warning fails the build as an error does (nothing is written).</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Folders the build reads (the facts folder, the project folder, the current folder): the
    /// site may be inside them but never one of them or above them (NB6008).
    /// </summary>
    public IReadOnlyList<string> InputFolders { get; init; } = [];
}

/// <summary>
/// What a build did. <see cref="Rendered"/> and <see cref="Reused"/> count briefs (all locales of one
/// facts file); <see cref="Parsed"/> counts facts files parsed (a rebuild parses only changed or new ones).
/// </summary>
public sealed record SiteBuildResult(bool Succeeded, int Briefs, int Pages, int Rendered, int Reused, int Parsed);

/// <summary>
/// <c>newsbrief build</c>: reads and hashes every facts file, parses and validates every file the
/// previous build's manifest does not list with the same hash (all diagnostics, not just the
/// first), renders those briefs in every locale in parallel into a staging folder next to the site
/// (unchanged briefs' pages are linked from the previous site, their index entries come from the
/// manifest), adds indexes, feeds, the sitemap and assets, and swaps the staging folder in only
/// when nothing failed. The locales, templates, base URL and tool are part of the manifest's
/// fingerprint: when any differs, everything is parsed and rendered. The bytes are those of a clean build.
/// </summary>
/// <remarks>
/// The build is a row of named steps, each in its own type, data flowing one way: the target is
/// checked and locked (<see cref="SiteTarget"/>), what earlier builds left is claimed
/// (<see cref="PreviousSite"/>), facts files are parsed (<see cref="BriefParsing"/>), every brief's
/// summary is known (<see cref="BriefSummaries"/>), the site-wide files are composed from the
/// summaries (<see cref="SiteFiles"/>), the staging folder is prepared (<see cref="StagingRecycler"/>),
/// brief pages are rendered or linked (<see cref="BriefPublishing"/>), and the whole is written and
/// swapped in.
/// </remarks>
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site, one build per site at a time (see <see cref="BuildLock"/>); on failure the
    /// previous site is untouched and nothing is left behind but the lock file next to it.
    /// </summary>
    public static SiteBuildResult Build(Workspace workspace, IReadOnlyList<SiteSource> sources, SiteOptions options, DiagnosticBag diagnostics)
    {
        var failed = new SiteBuildResult(false, 0, 0, 0, 0, 0);
        var run = new SiteBuildRun(workspace, options, diagnostics);

        // Without the lock (not a site, or the lock file cannot be opened: an error either way)
        // nothing next to the site is touched, and the build only reports the facts' diagnostics.
        // Builds of one site take turns: from before the first look at what earlier builds left until
        // after the swap and the leftover cleanup (disposed after the finally below).
        using var held = SiteTarget.CheckAndLock(run);
        run.Timings.Stage("build lock");

        var previous = PreviousSite.None;
        Task<List<SiteFile>>? composing = null;
        string? staging = null;
        try
        {
            // 0. What earlier builds left, and every file's hash (parallel, while the manifests are read).
            var hashing = FactsHashes.Start(sources, run.Jobs);
            previous = held is null ? PreviousSite.None : PreviousSite.Claim(run);
            var hashes = hashing.Result;
            staging = previous.Recycled;
            run.Timings.Stage("manifests and hashes");

            // 1. Parse and validate the files the previous build did not list with the same hash.
            var items = BriefParsing.Run(run, sources, hashes, previous.Manifest);
            run.Timings.Stage("parse");
            DuplicateSlugs.Report(items, diagnostics);
            if (run.Failed)
            {
                return failed;
            }

            var briefs = items.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();

            // 2. Every brief's summary in every locale (what indexes, feeds, sitemap and manifest need).
            //    With all of them known, the site-wide files are composed while the staging folder is
            //    prepared and the briefs render (a rebuild's largest piece of work after the facts'
            //    hashes), and written once the pages are in place.
            var pages = new SitePages(workspace, run.Urls);
            var summaries = BriefSummaries.Of(run, pages, briefs);
            var siteFiles = new SiteFiles(run, pages, summaries, keptSitemap: SiteFiles.KeptSitemap(run, previous.Manifest, briefs, summaries));
            composing = summaries.Complete && run.Jobs.MaxDegreeOfParallelism > 1 ? Task.Run(siteFiles.Compose) : null;
            run.Timings.Stage("summaries");

            // 3. The staging folder: the recycled previous-but-one site (unchanged pages kept) or a new one.
            var kept = previous.Recycled is { } recycled ? StagingRecycler.Recycle(recycled, run.Locales, briefs, previous.RecycledManifest) : null;
            staging ??= run.Output.CreateStaging();
            StagingRecycler.CreateFolders(staging, run.Locales);
            run.Timings.Stage("staging");

            // 4. Render (or link) every brief in every locale, in parallel.
            var rendered = BriefPublishing.Publish(run, pages, briefs, summaries, kept, staging);
            run.Timings.Stage("render");
            if (run.Failed)
            {
                return failed;
            }

            // 5. Indexes, feeds, the chooser, the sitemap and assets (composed above), and the manifest
            //    (which lists only briefs that rendered without any diagnostic): written in parallel.
            var files = composing?.Result ?? siteFiles.Compose();
            siteFiles.LinkOrComposeSitemap(staging, files);
            run.Timings.Stage("indexes, feeds, sitemap");
            files.Add(new SiteFile(BuildManifest.RelativePath, BuildManifest.Of(run.Inputs, briefs, summaries.All, run.Locales.Count).ToUtf8(run.Locales)));
            if (run.Failed)
            {
                return failed;
            }

            SiteFiles.Write(staging, files, run.Jobs);
            run.Timings.Stage("manifest, writing");

            // 6. Swap: the only step that touches the previous site (which is renamed aside, not deleted).
            previous.Cleanup.Wait();
            run.Timings.Stage("join leftover cleanup");
            run.Output.Swap(staging);
            staging = null;
            run.Timings.Stage("swap");
            var pageCount = briefs.Count * run.Locales.Count + run.Locales.Count + 1;
            return new SiteBuildResult(true, briefs.Count, pageCount, rendered, briefs.Count - rendered, run.Parsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerExceptions: var inner } && inner.All(x => x is IOException or UnauthorizedAccessException))
        {
            var message = e is AggregateException a ? a.InnerExceptions[0].Message : e.Message;
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(run.Display), $"Cannot write the site: {message} The previous site is unchanged.");
            return failed;
        }
        finally
        {
            // A failed build still waits for the files it was composing, so that no diagnostic of
            // theirs arrives after the build has returned.
            try
            {
                composing?.Wait();
            }
            catch (AggregateException)
            {
                // Only a build that already failed gets here with a failed composition.
            }

            SiteOutput.Discard(staging);
            try
            {
                previous.Cleanup.Wait();
            }
            catch (AggregateException)
            {
                // Reported above when it made the build fail; otherwise the next build tries again.
            }
        }
    }
}

/// <summary>What every step of one build shares: set once before the first step, read by all.</summary>
internal sealed class SiteBuildRun
{
    private int parsed;

    public SiteBuildRun(Workspace workspace, SiteOptions options, DiagnosticBag diagnostics)
    {
        Workspace = workspace;
        Options = options;
        Diagnostics = diagnostics;
        Timings = new BuildTimings(options.Timing);
        Output = new SiteOutput(options.OutputDirectory);
        Display = Path.GetFileName(Output.Target) + "/";
        Jobs = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };
        Locales = workspace.Locales.Codes.ToList();
        Inputs = BuildManifest.InputsOf(workspace, options.BaseUrl);
        Urls = new SiteUrls(options.BaseUrl);
    }

    public Workspace Workspace { get; }

    public SiteOptions Options { get; }

    /// <summary>The build's diagnostics (thread-safe).</summary>
    public DiagnosticBag Diagnostics { get; }

    public BuildTimings Timings { get; }

    public SiteOutput Output { get; }

    /// <summary>How diagnostics name the site folder.</summary>
    public string Display { get; }

    public ParallelOptions Jobs { get; }

    /// <summary>The locale codes, in the workspace's (ordinal) order.</summary>
    public IReadOnlyList<string> Locales { get; }

    /// <summary>The manifest's fingerprint of everything but the facts.</summary>
    public string Inputs { get; }

    public SiteUrls Urls { get; }

    /// <summary>Facts files parsed so far (any thread).</summary>
    public int Parsed => Volatile.Read(ref parsed);

    /// <summary>True once the build cannot succeed: an error, or any diagnostic with <c>--strict</c>.</summary>
    public bool Failed => Diagnostics.HasErrors || (Options.Strict && Diagnostics.Count > 0);

    /// <summary>Parses one facts file and runs the build's checks on it (worker threads), counting it.</summary>
    public FactFile? Parse(SiteSource source, DiagnosticBag local)
    {
        Interlocked.Increment(ref parsed);
        var facts = Workspace.ParseFacts(source.Text, source.DisplayPath, local);
        if (facts is not null && Options.CheckFacts is { } check)
        {
            check(facts, source.DisplayPath, source.Text, local);
        }

        return facts;
    }
}

/// <summary>Reports each stage's time when asked to (NEWSBRIEF_TIMINGS).</summary>
internal sealed class BuildTimings(Action<string, TimeSpan>? report)
{
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    public void Stage(string name)
    {
        if (report is not null)
        {
            report(name, clock.Elapsed);
            clock.Restart();
        }
    }
}

/// <summary>Every facts file's content hash, computed in parallel on another thread.</summary>
internal static class FactsHashes
{
    public static Task<string[]> Start(IReadOnlyList<SiteSource> sources, ParallelOptions jobs) => Task.Run(() =>
    {
        var hashes = new string[sources.Count];
        Parallel.For(0, sources.Count, jobs, i => hashes[i] = ContentHash.Of(sources[i].Bytes));
        return hashes;
    });
}
