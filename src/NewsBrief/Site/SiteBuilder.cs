using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Project;
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

    /// <summary>
    /// Called (on the build's thread) with each facts file that has a diagnostic, while the build
    /// still holds it, so that the diagnostic printer can quote it; the build holds no file longer.
    /// </summary>
    public Action<SiteSource>? SourceQuoted { get; init; }

    /// <summary>Briefs per list page (<c>--page-size</c>): the front pages, kind, tag and month sections (see Sections/Pagination).</summary>
    public int PageSize { get; init; } = Sections.SiteSections.DefaultPageSize;

    /// <summary>URLs per sitemap file (the protocol's 50,000); lower only in tests, to see the sitemap index without 50,000 URLs.</summary>
    internal int SitemapUrlsPerFile { get; init; } = Sections.SectionSitemap.MaxUrls;

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
public sealed record SiteBuildResult(bool Succeeded, int Briefs, int Pages, int Rendered, int Reused, int Parsed)
{
    /// <summary>
    /// Briefs whose pages were already in place in the recycled staging folder (the previous-but-one
    /// site, or the spare a clean build keeps): no file written or linked for them. Part of <see cref="Reused"/>.
    /// </summary>
    public int Recycled { get; init; }

    /// <summary>The site index of a successful build: every brief in slug order, as the site-wide pages placed it.</summary>
    public IReadOnlyList<SiteIndexItem> Index { get; init; } = [];
}

/// <summary>One brief as the site index holds it: slug, date, kind and tags (nothing per locale, no text).</summary>
public sealed record SiteIndexItem(string Slug, PartialDate Date, string Kind, IReadOnlyList<string> Tags);

/// <summary>
/// <c>newsbrief build</c>: streams the facts files through in slug order, a batch at a time: each is
/// read and hashed, parsed and validated unless the previous build's manifest lists it with the same
/// hash (all diagnostics, not just the first), and its pages in every locale rendered into a staging
/// folder next to the site (unchanged briefs' pages are kept or linked from the previous site, their
/// summaries come from the manifest); then the indexes, feeds, the sitemap and assets are written
/// from the small per-brief index, and the staging folder is swapped in only when nothing failed.
/// Memory holds the index and one batch, not the archive. The locales, templates, base URL and tool
/// are part of the manifest's fingerprint: when any differs, everything is parsed and rendered. The
/// bytes are those of a clean build.
/// </summary>
/// <remarks>
/// The build is a row of named steps, each in its own type, data flowing one way: the target is
/// checked and locked (<see cref="SiteTarget"/>), what earlier builds left is claimed
/// (<see cref="PreviousSite"/>), the files are put in slug order (<see cref="SlugOrder"/>), the
/// staging folder is prepared (<see cref="StagingRecycler"/>), the briefs stream through into pages,
/// the manifest and the site index (<see cref="BriefStream"/>, <see cref="SiteIndex"/>), the
/// site-wide files are written from the index (<see cref="SiteFiles"/>), and the whole is swapped in.
/// </remarks>
public static class SiteBuilder
{
    /// <summary>Builds the site from facts files already in memory (see the streaming overload).</summary>
    public static SiteBuildResult Build(Workspace workspace, IReadOnlyList<SiteSource> sources, SiteOptions options, DiagnosticBag diagnostics) =>
        Build(workspace, new SiteSourceList(sources), options, diagnostics);

    /// <summary>
    /// Builds the site, one build per site at a time (see <see cref="BuildLock"/>); on failure the
    /// previous site is untouched and nothing is left behind but the lock file next to it. The
    /// sources are read as the build reaches them.
    /// </summary>
    public static SiteBuildResult Build(Workspace workspace, ISiteSources sources, SiteOptions options, DiagnosticBag diagnostics)
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
        string? staging = null;
        string? spare = null;
        try
        {
            // 0. What earlier builds left, and the files in slug order (known from their names).
            previous = held is null ? PreviousSite.None : PreviousSite.Claim(run);
            staging = previous.Recycled;
            var order = new SlugOrder(sources);
            run.Timings.Stage("manifests, slug order");

            // 1. The staging folder: the recycled previous-but-one site (its pages counted, kept brief
            //    by brief when unchanged) or a new one. Written to only if the build goes on to its
            //    swap; a failed build discards it.
            //    Without the lock nothing is written anywhere: the briefs are only parsed and checked.
            var recycler = previous.Recycled is { } recycled ? StagingRecycler.Prepare(recycled, run.Locales, order, previous.RecycledManifest) : null;
            if (held is not null)
            {
                staging ??= run.Output.CreateStaging();
                StagingRecycler.CreateFolders(staging, run.Locales);
            }

            // With nothing to recycle or link (no usable previous site), every page is written, and
            // hard-linked as it is written into a spare twin that becomes the kept previous site: the
            // first rebuild after a clean build then recycles it as every later rebuild does, instead
            // of linking every unchanged page into a new tree.
            if (held is not null && previous.Manifest is null)
            {
                spare = run.Output.CreateStaging();
                StagingRecycler.CreateFolders(spare, run.Locales);
            }

            run.Timings.Stage("staging");

            // 2. Every brief, streamed: read, parse, render, then its manifest line and index entry.
            var pages = new SitePages(workspace, run.Urls);
            using var manifest = new ManifestWriter(staging is null ? null : Path.Combine(staging, BuildManifest.RelativePath), run.Inputs, run.Locales);
            var index = new SiteIndex(manifest, run.Locales);
            var stream = new BriefStream(run, sources, pages, previous, recycler, staging, spare);
            stream.Run(order, manifest, index);
            run.Timings.Stage("briefs");
            if (run.Failed || staging is null)
            {
                return failed; // without the lock, an error was reported
            }

            stream.ReportRenderDiagnostics();
            if (run.Failed)
            {
                return failed;
            }

            // 3. List pages (front pages and sections), feeds, the chooser, the sitemap and assets, from the index.
            manifest.Finish();
            if (spare is not null && !SiteOutput.Reuse(Path.Combine(staging, BuildManifest.RelativePath), Path.Combine(spare, BuildManifest.RelativePath)))
            {
                throw new IOException("The manifest could not be linked into the spare site.");
            }

            var siteFiles = new SiteFiles(run, pages, index);
            siteFiles.Write(staging, previous.Manifest);
            run.Timings.Stage("indexes, feeds, sitemap");
            if (run.Failed)
            {
                return failed;
            }

            // 4. Swap: the only step that touches the previous site (which is renamed aside, not deleted).
            previous.Dispose();
            manifest.Dispose();
            previous.Cleanup.Wait();
            run.Timings.Stage("join leftover cleanup");
            var old = run.Output.Swap(staging);
            staging = null;
            if (spare is not null)
            {
                run.Output.KeepSpare(spare, old);
                spare = null;
            }

            run.Timings.Stage("swap");
            var briefs = index.Entries.Count;
            return new SiteBuildResult(true, briefs, briefs * run.Locales.Count + siteFiles.PageCount, stream.Rendered, briefs - stream.Rendered, run.Parsed)
            {
                Recycled = stream.Recycled,
                Index = index.Entries.Select(e => new SiteIndexItem(e.Slug, e.Date, e.Kind, e.Tags)).ToList(),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerExceptions: var inner } && inner.All(x => x is IOException or UnauthorizedAccessException))
        {
            var message = e is AggregateException a ? a.InnerExceptions[0].Message : e.Message;
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(run.Display), $"Cannot write the site: {message} The previous site is unchanged.");
            return failed;
        }
        finally
        {
            previous.Dispose();
            SiteOutput.Discard(staging);
            SiteOutput.Discard(spare);
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
