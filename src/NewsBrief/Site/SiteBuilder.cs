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
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site, one build per site at a time (see <see cref="BuildLock"/>); on failure the
    /// previous site is untouched and nothing is left behind but the lock file next to it.
    /// </summary>
    public static SiteBuildResult Build(Workspace workspace, IReadOnlyList<SiteSource> sources, SiteOptions options, DiagnosticBag diagnostics)
    {
        var failed = new SiteBuildResult(false, 0, 0, 0, 0, 0);
        var timings = new Timings(options.Timing);
        var output = new SiteOutput(options.OutputDirectory);
        var display = Path.GetFileName(output.Target) + "/";
        var jobs = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };
        var locales = workspace.Locales.Codes.ToList();
        var inputs = BuildManifest.InputsOf(workspace, options.BaseUrl);

        workspace.Layouts.Check(diagnostics);
        // No build turns a site into something else (a swap replaces it with a whole site in one
        // rename), so this can be decided before the lock.
        var refusal = output.Refusal(options.InputFolders);
        if (refusal is { } refused)
        {
            diagnostics.Add(refused.Descriptor, SourceLocation.StartOf(display), refused.Message);
        }

        var isSite = refusal is null && !File.Exists(output.Target) && (!Directory.Exists(output.Target) || IsSite(output.Target));
        if (!isSite && refusal is null)
        {
            diagnostics.Add(DiagnosticDescriptors.OutputNotASite, SourceLocation.StartOf(display),
                $"'{display}' exists and is not a site NewsBrief built (no {BuildManifest.RelativePath}); build replaces its output folder as a whole. Choose a new or empty folder.");
        }

        // Builds of one site take turns: from before the first look at what earlier builds left until
        // after the swap and the leftover cleanup (disposed after the finally below). Without the lock
        // (not a site, or the lock file cannot be opened: an error either way) nothing next to the site
        // is touched, and the build only reports the facts' diagnostics.
        using var held = isSite ? Lock(output, options, display, diagnostics) : null;
        timings.Stage("build lock");

        var cleanup = Task.CompletedTask;
        Task<List<(string Path, byte[] Bytes)>>? composing = null;
        Task<Sections.SectionPlan>? planning = null;
        string? staging = null;
        try
        {
            // 0. What earlier builds left: put back a site a killed swap set aside, claim the site
            //    before the previous one (kept by the last swap) as staging, delete other leftovers
            //    in the background (joined before the swap), and read both manifests.
            // Hashing every file (parallel) overlaps with reading the manifests (other threads).
            var hashes = new string[sources.Count];
            var hashing = Task.Run(() => Parallel.For(0, sources.Count, jobs, i => hashes[i] = ContentHash.Of(sources[i].Bytes)));
            BuildManifest? previous = null;
            BuildManifest? recycledManifest = null;
            string? recycled = null;
            if (held is not null)
            {
                output.Recover();
                // Only for a rebuild: with SITE deleted, the build is a clean one and the spare goes too.
                recycled = staging = Directory.Exists(output.Target) ? output.ClaimPrevious() : null;
                cleanup = output.CleanLeftoversAsync(keep: recycled);
                var claimed = recycled;
                var readRecycled = claimed is null ? Task.FromResult<BuildManifest?>(null) : Task.Run(() => BuildManifest.TryRead(claimed, locales, hashesOnly: true));
                previous = Directory.Exists(output.Target) ? BuildManifest.TryRead(output.Target, locales) : null;
                previous = previous is not null && previous.Inputs == inputs ? previous : null;
                recycledManifest = readRecycled.Result is { } r && r.Inputs == inputs ? r : null;
                if (previous is null && recycled is not null)
                {
                    // The site's own manifest is missing, corrupt, foreign or for other inputs: a clean build, from nothing.
                    var discard = recycled;
                    recycled = staging = null;
                    cleanup = Task.WhenAll(cleanup, Task.Factory.StartNew(() => Directory.Delete(discard, recursive: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
                }
            }

            hashing.Wait();
            timings.Stage("manifests and hashes");

            // 1. Hash every file; parse and validate the ones the previous build did not list with the
            //    same hash (new, changed, or bad last time), reporting every bad file.
            var items = new BriefItem[sources.Count];
            var parsed = 0;
            Parallel.For(0, sources.Count, jobs, i =>
            {
                var source = sources[i];
                var hash = hashes[i];
                var slug = SlugOf(source.DisplayPath);
                var item = items[i] = new BriefItem(source, slug ?? "", hash);
                if (slug is not null && previous is not null && previous.Briefs.TryGetValue(slug, out var known) && known.Hash == hash)
                {
                    item.Known = known;
                    return;
                }

                Interlocked.Increment(ref parsed);
                var local = new DiagnosticBag();
                item.Facts = workspace.ParseFacts(source.Text, source.DisplayPath, local);
                if (item.Facts is { } facts && options.CheckFacts is { } check)
                {
                    check(facts, source.DisplayPath, source.Text, local);
                }

                item.Clean = local.Count == 0;
                diagnostics.AddRange(local.Sorted());
            });
            timings.Stage("parse");

            ReportDuplicateSlugs(items, diagnostics);
            Sections.SiteSections.ReportReservedSlugs(items.Where(b => b.Facts is not null || b.Known is not null).Select(b => (b.Slug, b.Source.DisplayPath)), diagnostics);
            if (diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0))
            {
                return failed;
            }

            var briefs = items.OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();

            // 2. Every brief's summary in every locale (what indexes, feeds, sitemap and manifest need):
            //    the manifest's for unchanged briefs, formatted for parsed ones. With all of them known,
            //    the indexes, feeds, sitemap and chooser are composed while the staging folder is
            //    prepared and the briefs render (a rebuild's largest piece of work after the facts'
            //    hashes), and written once the pages are in place.
            var urls = new SiteUrls(options.BaseUrl);
            var pages = new SitePages(workspace, urls);
            var summaries = new BriefSummary[briefs.Count, locales.Count];
            var summaryErrors = new string?[briefs.Count, locales.Count];
            var summarized = true;
            Parallel.For(0, briefs.Count, jobs, i =>
            {
                var item = briefs[i];
                for (var l = 0; l < locales.Count; l++)
                {
                    if (item.Known is { } known)
                    {
                        var entry = known.Locales[l];
                        summaries[i, l] = new BriefSummary(item.Slug, locales[l], known.Date, entry.DateText, entry.Headline, entry.Lede) { Tags = known.Tags, Kind = known.Kind };
                    }
                    else if (item.Facts is { } facts)
                    {
                        try
                        {
                            summaries[i, l] = pages.Summarize(facts, locales[l]);
                        }
                        catch (FormattingException e)
                        {
                            // Reported where the page is written (render reports the same failure first when it has it).
                            summaryErrors[i, l] = e.Message;
                            summarized = false;
                        }
                    }
                }
            });

            // Composed on another thread unless the build is to use one; a build that fails discards them.
            composing = summarized && jobs.MaxDegreeOfParallelism > 1
                ? Task.Run(() => ComposeSiteFiles(workspace, pages, urls, locales, summaries, jobs, diagnostics))
                : null;

            // The list pages, section feeds and sitemap (Sections/): planned (fingerprinted, not rendered)
            // from the summaries on another thread too; written after the briefs, linking from the live
            // site each file whose fingerprint it lists (only when built from the same inputs).
            var liveSite = previous is null ? null : output.Target;
            Sections.SectionPlan PlanSections() => Sections.SiteSections.Plan(workspace, pages, urls, locales, briefs.Count, (i, l) => summaries[i, l], options.PageSize, inputs, liveSite, jobs, options.SitemapUrlsPerFile);
            planning = summarized && jobs.MaxDegreeOfParallelism > 1 ? Task.Run(PlanSections) : null;
            timings.Stage("summaries");

            var kept = recycled is null ? null : Recycle(recycled, locales, briefs, recycledManifest);
            // Pages are linked from the live site only out of its real locale folders (a link planted there is not followed).
            var liveLocales = locales.Select(l => FileKinds.Of(Path.Combine(output.Target, l)) == FileKind.Directory).ToArray();
            staging ??= output.CreateStaging();
            foreach (var dir in locales.Append("assets").Append(".newsbrief"))
            {
                Directory.CreateDirectory(Path.Combine(staging, dir));
            }

            timings.Stage("staging");

            // 3. Render (or link) every brief in every locale, in parallel.
            var rendered = 0;
            var done = 0;
            Parallel.For(0, briefs.Count, jobs, i =>
            {
                var item = briefs[i];
                var local = new DiagnosticBag();
                var renderedAny = false;
                var keep = kept is not null && kept[i];
                for (var l = 0; l < locales.Count; l++)
                {
                    var locale = locales[l];
                    if (keep)
                    {
                        // The recycled staging folder already holds this brief's pages for these facts.
                        if (summaryErrors[i, l] is { } error)
                        {
                            local.Add(DiagnosticDescriptors.FigureNotWritable, SourceLocation.StartOf(item.Source.DisplayPath), error);
                        }

                        continue;
                    }

                    var folder = Path.Combine(staging, locale, item.Slug);
                    var html = Path.Combine(folder, "index.html");
                    var markdown = Path.Combine(staging, locale, item.Slug + ".md");
                    Directory.CreateDirectory(folder);
                    if (item.Known is not null)
                    {
                        if (liveLocales[l] && SiteOutput.Reuse(Path.Combine(output.Target, locale, item.Slug, "index.html"), html)
                            && SiteOutput.Reuse(Path.Combine(output.Target, locale, item.Slug + ".md"), markdown))
                        {
                            continue;
                        }

                        // A page missing from the previous site: render it after all.
                        File.Delete(html);
                        File.Delete(markdown);
                        if (item.Facts is null)
                        {
                            Interlocked.Increment(ref parsed);
                            item.Facts = workspace.ParseFacts(item.Source.Text, item.Source.DisplayPath, local);
                            if (item.Facts is { } reparsed && options.CheckFacts is { } check)
                            {
                                check(reparsed, item.Source.DisplayPath, item.Source.Text, local);
                            }
                        }
                    }

                    if (item.Facts is not { } facts)
                    {
                        continue; // reported
                    }

                    renderedAny = true;
                    if (workspace.Renderer.Render(facts, locale, local) is not { } result)
                    {
                        continue; // reported; the summary would fail the same way
                    }

                    if (summaryErrors[i, l] is { } failure)
                    {
                        local.Add(DiagnosticDescriptors.FigureNotWritable, SourceLocation.StartOf(facts.Path), failure);
                        continue;
                    }

                    if (pages.BriefPage(facts, result, summaries[i, l], local) is not { } page)
                    {
                        continue;
                    }

                    SiteOutput.WriteText(html, page);
                    SiteOutput.WriteText(markdown, result.Markdown);
                }

                if (renderedAny && !keep)
                {
                    Interlocked.Increment(ref rendered);
                }

                if (local.Count > 0)
                {
                    item.Clean = false;
                    diagnostics.AddRange(local.Sorted());
                }

                options.Progress?.Invoke(Interlocked.Increment(ref done), briefs.Count);
            });
            timings.Stage("render");

            if (diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0))
            {
                return failed;
            }

            // 4. Indexes, feeds, the chooser, the sitemap and assets (composed above), and the manifest
            //    (which lists only briefs that rendered without any diagnostic): written in parallel.
            var files = composing?.Result ?? ComposeSiteFiles(workspace, pages, urls, locales, summaries, jobs, diagnostics);
            var sections = planning?.Result ?? PlanSections();
            var pageCount = briefs.Count * locales.Count + sections.HtmlPages + 1;

            timings.Stage("indexes, feeds, sitemap");
            var manifest = new BuildManifest(inputs, new SortedDictionary<string, ManifestBrief>(StringComparer.Ordinal));
            for (var i = 0; i < briefs.Count; i++)
            {
                if (briefs[i].Clean)
                {
                    var perLocale = Enumerable.Range(0, locales.Count).Select(l => new ManifestLocale(summaries[i, l].DateText, summaries[i, l].Headline, summaries[i, l].Lede)).ToList();
                    manifest.Briefs[briefs[i].Slug] = new ManifestBrief(briefs[i].Hash, summaries[i, 0].Date, perLocale) { Tags = summaries[i, 0].Tags, Kind = summaries[i, 0].Kind };
                }
            }

            files.Add((BuildManifest.RelativePath, manifest.ToUtf8(locales)));
            if (diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0))
            {
                return failed;
            }

            var root = staging;
            Parallel.ForEach(files, jobs, file =>
            {
                var target = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                SiteOutput.WriteBytes(target, file.Bytes);
            });
            sections.Write(staging, liveSite, jobs, diagnostics);
            if (diagnostics.HasErrors)
            {
                return failed; // a list page's layout failed (reported); the staging folder is discarded
            }

            timings.Stage("manifest, writing");

            // 4. Swap: the only step that touches the previous site (which is renamed aside, not deleted).
            cleanup.Wait();
            timings.Stage("join leftover cleanup");
            output.Swap(staging);
            staging = null;
            timings.Stage("swap");
            return new SiteBuildResult(true, briefs.Count, pageCount, rendered, briefs.Count - rendered, parsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerExceptions: var inner } && inner.All(x => x is IOException or UnauthorizedAccessException))
        {
            var message = e is AggregateException a ? a.InnerExceptions[0].Message : e.Message;
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot write the site: {message} The previous site is unchanged.");
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

            try
            {
                planning?.Wait();
            }
            catch (AggregateException)
            {
                // As above.
            }

            SiteOutput.Discard(staging);
            try
            {
                cleanup.Wait();
            }
            catch (AggregateException)
            {
                // Reported above when it made the build fail; otherwise the next build tries again.
            }
        }
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

    /// <summary>
    /// The site's files other than brief pages, the manifest and the sections (Sections/: list
    /// pages, section feeds, sitemap), as (path in the site, bytes): each locale's Atom feed, the
    /// language chooser and the assets. Layout failures are reported to <paramref name="diagnostics"/>
    /// and their page left out (the build then fails).
    /// </summary>
    private static List<(string Path, byte[] Bytes)> ComposeSiteFiles(Workspace workspace, SitePages pages, SiteUrls urls, IReadOnlyList<string> locales,
        BriefSummary[,] summaries, ParallelOptions jobs, DiagnosticBag diagnostics)
    {
        var briefCount = summaries.GetLength(0);
        var files = new System.Collections.Concurrent.ConcurrentBag<(string Path, byte[] Bytes)>();
        var parts = new List<Action>();
        for (var l = 0; l < locales.Count; l++)
        {
            var locale = l;
            parts.Add(() =>
            {
                var newestFirst = Enumerable.Range(0, briefCount).Select(i => summaries[i, locale])
                    .OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
                files.Add((locales[locale] + "/feed.xml", SiteFeeds.Atom(workspace.Locales[locales[locale]], urls, newestFirst)));
            });
        }

        parts.Add(() =>
        {
            if (pages.Chooser(diagnostics) is { } chooser)
            {
                files.Add(("index.html", SiteOutput.Utf8Bytes(chooser)));
            }

            foreach (var (relative, text) in workspace.Assets)
            {
                files.Add(("assets/" + relative, SiteOutput.Utf8Bytes(text)));
            }
        });
        Parallel.Invoke(jobs, [.. parts]);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Turns the claimed previous-but-one site into this build's staging folder: deletes everything
    /// but the locale folders' brief pages (so indexes, feeds, sitemap, assets, the manifest, removed
    /// briefs and anything else are gone), empties the pages of briefs whose facts differ from what
    /// that site was built from, and returns, per brief (in <paramref name="briefs"/>' order), whether
    /// its pages can stay as they are: the recycled manifest lists it with the same facts hash (and
    /// the same tool, locales, templates and base URL) and every locale has its page and Markdown.
    /// </summary>
    private static bool[] Recycle(string staging, IReadOnlyList<string> locales, IReadOnlyList<BriefItem> briefs, BuildManifest? manifest)
    {
        var wanted = new Dictionary<string, int>(briefs.Count, StringComparer.Ordinal);
        for (var i = 0; i < briefs.Count; i++)
        {
            wanted[briefs[i].Slug] = i;
        }

        var present = new int[briefs.Count]; // per brief: locale folders holding its page folder and Markdown, counted twice
        var bySpan = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var everything = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        foreach (var entry in new DirectoryInfo(staging).EnumerateFileSystemInfos("*", everything))
        {
            // A link (to a folder or file) planted here is removed, never followed: see Delete.
            if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && locales.Contains(entry.Name, StringComparer.Ordinal))
            {
                // 2N entries per locale: looked up by the name's span, no object or string made for a wanted one.
                var pages = new System.IO.Enumeration.FileSystemEnumerable<(int Brief, string? Unwanted)>(entry.FullName,
                    (ref System.IO.Enumeration.FileSystemEntry page) =>
                    {
                        var name = page.FileName;
                        var i = -1;
                        var found = page.IsDirectory
                            ? bySpan.TryGetValue(name, out i)
                            : name.EndsWith(".md", StringComparison.Ordinal) && bySpan.TryGetValue(name[..^3], out i);
                        return found ? (i, null) : (-1, page.ToFullPath());
                    }, everything);
                foreach (var (brief, unwanted) in pages)
                {
                    if (unwanted is null)
                    {
                        present[brief]++;
                    }
                    else if (Directory.Exists(unwanted) && !File.GetAttributes(unwanted).HasFlag(FileAttributes.ReparsePoint))
                    {
                        Directory.Delete(unwanted, recursive: true);
                    }
                    else
                    {
                        File.Delete(unwanted);
                    }
                }
            }
            else
            {
                Delete(entry);
            }
        }

        var keep = new bool[briefs.Count];
        Parallel.For(0, briefs.Count, i =>
        {
            var brief = briefs[i];
            // Kept only when its pages are the files this build would write, not links planted in the
            // site (three statx per locale: asking the enumeration above for attributes cost a stat
            // per entry of every locale folder, 2N, and more time than these).
            keep[i] = present[i] == 2 * locales.Count && manifest is not null && manifest.Briefs.TryGetValue(brief.Slug, out var built) && built.Hash == brief.Hash
                && locales.All(l => FileKinds.Of(Path.Combine(staging, l, brief.Slug)) == FileKind.Directory
                    && FileKinds.Of(Path.Combine(staging, l, brief.Slug, "index.html")) == FileKind.Regular
                    && FileKinds.Of(Path.Combine(staging, l, brief.Slug + ".md")) == FileKind.Regular);
            if (!keep[i] && present[i] > 0)
            {
                foreach (var locale in locales.Where(l => Directory.Exists(Path.Combine(staging, l)))) // a locale folder may be gone (a link, removed above)
                {
                    var folder = Path.Combine(staging, locale, brief.Slug);
                    if (FileKinds.Of(folder) == FileKind.Directory)
                    {
                        foreach (var inside in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                        {
                            Delete(inside);
                        }
                    }
                    else if (FileKinds.Of(folder) != FileKind.Missing)
                    {
                        SiteOutput.DeleteEntry(folder); // a link (to the user's folder, say): the link goes, not what is in it
                    }

                    File.Delete(Path.Combine(staging, locale, brief.Slug + ".md")); // a link is unlinked, never followed
                }
            }
        });
        return keep;
    }

    /// <summary>Deletes an entry of the recycled folder: a link is removed itself, never what it points to.</summary>
    private static void Delete(FileSystemInfo entry) => SiteOutput.DeleteEntry(entry.FullName);

    /// <summary>The slug a facts file's name gives (the parser's rule: the name without <c>.yml</c>); null when it does not end in <c>.yml</c>.</summary>
    private static string? SlugOf(string displayPath)
    {
        var name = Path.GetFileName(displayPath);
        return name.EndsWith(".yml", StringComparison.Ordinal) ? name[..^4] : null;
    }

    /// <summary>True when the folder is empty or holds a site NewsBrief built.</summary>
    private static bool IsSite(string folder) =>
        File.Exists(Path.Combine(folder, BuildManifest.RelativePath)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Two facts files whose slugs match in any case or normalization form would write the same pages.</summary>
    private static void ReportDuplicateSlugs(IReadOnlyList<BriefItem> items, DiagnosticBag diagnostics)
    {
        var groups = items.Where(b => b.Facts is not null || b.Known is not null)
            .GroupBy(b => b.Slug.Normalize(NormalizationForm.FormKC).ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(b => b.Source.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateSlug, SourceLocation.StartOf(duplicate.Source.DisplayPath),
                    $"'{duplicate.Source.DisplayPath}' and '{ordered[0].Source.DisplayPath}' have the same slug '{duplicate.Slug}', so they would write the same pages. Rename one of them.");
            }
        }
    }

    /// <summary>One facts file on its way through the build.</summary>
    private sealed class BriefItem(SiteSource source, string slug, string hash)
    {
        public SiteSource Source { get; } = source;

        public string Slug { get; } = slug;

        public string Hash { get; } = hash;

        /// <summary>The previous build's entry when the file is unchanged (then it is not parsed).</summary>
        public ManifestBrief? Known { get; set; }

        /// <summary>The parsed facts when the file was parsed; null when unchanged or bad.</summary>
        public FactFile? Facts { get; set; }

        /// <summary>No diagnostic of any kind: the brief may go into the manifest.</summary>
        public bool Clean { get; set; } = true;
    }

    /// <summary>Reports each stage's time when asked to (NEWSBRIEF_TIMINGS).</summary>
    private sealed class Timings(Action<string, TimeSpan>? report)
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
}
