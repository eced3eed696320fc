using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Rendering;

namespace NewsBrief.Site;

/// <summary>One facts file as read from disk: where it is, how diagnostics name it, its text.</summary>
public sealed record SiteSource(string FullPath, string DisplayPath, string Text);

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
}

/// <summary>What a build did. <see cref="Rendered"/> and <see cref="Reused"/> count briefs (all locales of one facts file).</summary>
public sealed record SiteBuildResult(bool Succeeded, int Briefs, int Pages, int Rendered, int Reused);

/// <summary>
/// <c>newsbrief build</c>: parses and validates every facts file first (all diagnostics, not just
/// the first), renders every brief in every locale in parallel into a staging folder next to the
/// site, adds indexes, feeds, the sitemap and assets, and swaps the staging folder in only when
/// nothing failed. With a previous site present, briefs whose facts file, the locales, templates,
/// base URL and tool are unchanged are copied instead of rendered; the bytes are the same.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site; on failure the previous site is untouched and nothing is left behind.</summary>
    public static SiteBuildResult Build(Workspace workspace, IReadOnlyList<SiteSource> sources, SiteOptions options, DiagnosticBag diagnostics)
    {
        var failed = new SiteBuildResult(false, 0, 0, 0, 0);
        var output = new SiteOutput(options.OutputDirectory);
        var display = Path.GetFileName(output.Target) + "/";
        var jobs = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) };

        workspace.Layouts.Check(diagnostics);
        if (File.Exists(output.Target) || (Directory.Exists(output.Target) && !IsSite(output.Target)))
        {
            diagnostics.Add(DiagnosticDescriptors.OutputNotASite, SourceLocation.StartOf(display),
                $"'{display}' exists and is not a site NewsBrief built (no {BuildManifest.RelativePath}); build replaces its output folder as a whole. Choose a new or empty folder.");
        }

        // 1. Parse and validate everything; report every bad file.
        var facts = new FactFile?[sources.Count];
        Parallel.For(0, sources.Count, jobs, i => facts[i] = workspace.ParseFacts(sources[i].Text, sources[i].DisplayPath, diagnostics));
        ReportDuplicateSlugs(facts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return failed;
        }

        var briefs = facts.Select(f => f!).OrderBy(f => f.Slug, StringComparer.Ordinal).ToList();
        var hashes = sources.ToDictionary(s => s.DisplayPath, s => ContentHash.Of(s.Text), StringComparer.Ordinal);
        var manifest = new BuildManifest(BuildManifest.InputsOf(workspace, options.BaseUrl),
            new SortedDictionary<string, string>(briefs.ToDictionary(b => b.Slug, b => hashes[b.Path], StringComparer.Ordinal), StringComparer.Ordinal));

        string? staging = null;
        try
        {
            output.RecoverAndClean();
            var previous = Directory.Exists(output.Target) ? BuildManifest.TryRead(output.Target) : null;
            var reusable = previous is not null && previous.Inputs == manifest.Inputs ? previous.Briefs : null;

            staging = output.CreateStaging();
            var locales = workspace.Locales.Codes.ToList();
            foreach (var dir in locales.Append("assets").Append(".newsbrief"))
            {
                Directory.CreateDirectory(Path.Combine(staging, dir));
            }

            // 2. Render (or copy) every brief in every locale, in parallel.
            var urls = new SiteUrls(options.BaseUrl);
            var pages = new SitePages(workspace, urls);
            var summaries = new BriefSummary[briefs.Count, locales.Count];
            var rendered = 0;
            var done = 0;
            Parallel.For(0, briefs.Count, jobs, i =>
            {
                var brief = briefs[i];
                var reuse = reusable is not null && reusable.TryGetValue(brief.Slug, out var hash) && hash == manifest.Briefs[brief.Slug]
                    && locales.TrueForAll(l => File.Exists(Path.Combine(output.Target, l, brief.Slug, "index.html")) && File.Exists(Path.Combine(output.Target, l, brief.Slug + ".md")));
                if (!reuse)
                {
                    Interlocked.Increment(ref rendered);
                }

                for (var l = 0; l < locales.Count; l++)
                {
                    var locale = locales[l];
                    var folder = Path.Combine(staging, locale, brief.Slug);
                    Directory.CreateDirectory(folder);
                    RenderedBrief? result = null;
                    if (!reuse && (result = workspace.Renderer.Render(brief, locale, diagnostics)) is null)
                    {
                        continue; // reported; the summary would fail the same way
                    }

                    BriefSummary summary;
                    try
                    {
                        summary = summaries[i, l] = pages.Summarize(brief, locale);
                    }
                    catch (FormattingException e)
                    {
                        diagnostics.Add(DiagnosticDescriptors.FigureNotWritable, SourceLocation.StartOf(brief.Path), e.Message);
                        continue;
                    }

                    if (reuse)
                    {
                        SiteOutput.Reuse(Path.Combine(output.Target, locale, brief.Slug, "index.html"), Path.Combine(folder, "index.html"));
                        SiteOutput.Reuse(Path.Combine(output.Target, locale, brief.Slug + ".md"), Path.Combine(staging, locale, brief.Slug + ".md"));
                        continue;
                    }

                    if (pages.BriefPage(brief, result!, summary, diagnostics) is not { } html)
                    {
                        continue;
                    }

                    SiteOutput.WriteText(Path.Combine(folder, "index.html"), html);
                    SiteOutput.WriteText(Path.Combine(staging, locale, brief.Slug + ".md"), result!.Markdown);
                }

                options.Progress?.Invoke(Interlocked.Increment(ref done), briefs.Count);
            });

            if (diagnostics.HasErrors)
            {
                return failed;
            }

            // 3. Indexes, feeds, the chooser, the sitemap, assets and the manifest.
            var pageCount = briefs.Count * locales.Count + locales.Count + 1;
            for (var l = 0; l < locales.Count; l++)
            {
                var newestFirst = Enumerable.Range(0, briefs.Count).Select(i => summaries[i, l])
                    .OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
                if (pages.IndexPage(locales[l], newestFirst, diagnostics) is { } index)
                {
                    SiteOutput.WriteText(Path.Combine(staging, locales[l], "index.html"), index);
                }

                SiteOutput.WriteBytes(Path.Combine(staging, locales[l], "feed.xml"), SiteFeeds.Atom(workspace.Locales[locales[l]], urls, newestFirst));
            }

            if (pages.Chooser(diagnostics) is { } chooser)
            {
                SiteOutput.WriteText(Path.Combine(staging, "index.html"), chooser);
            }

            var bySlug = Enumerable.Range(0, briefs.Count).Select(i => summaries[i, 0]).ToList();
            SiteOutput.WriteBytes(Path.Combine(staging, "sitemap.xml"), SiteFeeds.Sitemap(workspace.Locales.Locales, urls, pages.DefaultLocale, bySlug));
            foreach (var (relative, text) in workspace.Assets)
            {
                var target = Path.Combine(staging, "assets", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                SiteOutput.WriteText(target, text);
            }

            SiteOutput.WriteText(Path.Combine(staging, BuildManifest.RelativePath), manifest.ToJson());
            if (diagnostics.HasErrors)
            {
                return failed;
            }

            // 4. Swap: the only step that touches the previous site.
            output.Swap(staging);
            staging = null;
            return new SiteBuildResult(true, briefs.Count, pageCount, rendered, briefs.Count - rendered);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerExceptions: var inner } && inner.All(x => x is IOException or UnauthorizedAccessException))
        {
            var message = e is AggregateException a ? a.InnerExceptions[0].Message : e.Message;
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot write the site: {message} The previous site is unchanged.");
            return failed;
        }
        finally
        {
            SiteOutput.Discard(staging);
        }
    }

    /// <summary>True when the folder is empty or holds a site NewsBrief built.</summary>
    private static bool IsSite(string folder) =>
        File.Exists(Path.Combine(folder, BuildManifest.RelativePath)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Two facts files whose slugs match in any case or normalization form would write the same pages.</summary>
    private static void ReportDuplicateSlugs(IReadOnlyList<FactFile?> facts, DiagnosticBag diagnostics)
    {
        var groups = facts.OfType<FactFile>()
            .GroupBy(f => f.Slug.Normalize(NormalizationForm.FormKC).ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateSlug, SourceLocation.StartOf(duplicate.Path),
                    $"'{duplicate.Path}' and '{ordered[0].Path}' have the same slug '{duplicate.Slug}', so they would write the same pages. Rename one of them.");
            }
        }
    }
}
