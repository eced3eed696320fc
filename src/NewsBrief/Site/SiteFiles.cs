namespace NewsBrief.Site;

/// <summary>A file of the site other than a brief page, as (path in the site, bytes).</summary>
internal sealed record SiteFile(string Path, byte[] Bytes);

/// <summary>
/// The site-wide files, composed from the briefs' summaries alone: each locale's Atom feed and
/// index (newest first), the sitemap, the language chooser and the assets. The sitemap lists only
/// URLs and dates, so when the previous site's has exactly these briefs with these dates it is
/// linked from there (<see cref="KeptSitemap"/>) instead of composed again.
/// </summary>
internal sealed class SiteFiles(SiteBuildRun run, SitePages pages, BriefSummaries summaries, string? keptSitemap)
{
    public const string SitemapFile = "sitemap.xml";

    /// <summary>
    /// Composes the files (any thread). Layout failures are reported to the run's diagnostics and
    /// their page left out (the build then fails).
    /// </summary>
    public List<SiteFile> Compose()
    {
        var workspace = run.Workspace;
        var locales = run.Locales;
        var diagnostics = run.Diagnostics;
        var files = new System.Collections.Concurrent.ConcurrentBag<SiteFile>();
        var parts = new List<Action>();
        for (var l = 0; l < locales.Count; l++)
        {
            var locale = l;
            parts.Add(() =>
            {
                var newestFirst = summaries.InLocale(locale).OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
                files.Add(new SiteFile(locales[locale] + "/feed.xml", SiteFeeds.Atom(workspace.Locales[locales[locale]], run.Urls, newestFirst)));
                if (pages.IndexPage(locales[locale], newestFirst, diagnostics) is { } index)
                {
                    files.Add(new SiteFile(locales[locale] + "/index.html", SiteOutput.Utf8Bytes(index)));
                }
            });
        }

        parts.Add(() =>
        {
            if (keptSitemap is null)
            {
                files.Add(Sitemap());
            }

            if (pages.Chooser(diagnostics) is { } chooser)
            {
                files.Add(new SiteFile("index.html", SiteOutput.Utf8Bytes(chooser)));
            }

            foreach (var (relative, text) in workspace.Assets)
            {
                files.Add(new SiteFile("assets/" + relative, SiteOutput.Utf8Bytes(text)));
            }
        });
        Parallel.Invoke(run.Jobs, [.. parts]);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Links the previous site's sitemap into staging when it was kept, composing it after all when it is gone.</summary>
    public void LinkOrComposeSitemap(string staging, List<SiteFile> files)
    {
        if (keptSitemap is not null && !SiteOutput.Reuse(keptSitemap, Path.Combine(staging, SitemapFile)))
        {
            // Gone from the previous site since its manifest was written: composed after all.
            files.Add(Sitemap());
        }
    }

    /// <summary>Writes the files into staging, in parallel.</summary>
    public static void Write(string staging, IReadOnlyList<SiteFile> files, ParallelOptions jobs) =>
        Parallel.ForEach(files, jobs, file =>
        {
            var target = System.IO.Path.Combine(staging, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            SiteOutput.WriteBytes(target, file.Bytes);
        });

    /// <summary>
    /// The previous site's sitemap when it is this build's byte for byte: the sitemap holds every
    /// brief's URLs and date (lastmod) for this base URL and these locales, so with the same inputs
    /// (else <paramref name="previous"/> is null), the same briefs and the same dates it is linked
    /// like an unchanged page instead of composed again (at 10,000 briefs it is 10 MB, 0.1-0.2 s of
    /// a one-file rebuild's compose). Null when it must be composed.
    /// </summary>
    public static string? KeptSitemap(SiteBuildRun run, BuildManifest? previous, IReadOnlyList<BriefItem> briefs, BriefSummaries summaries)
    {
        if (!summaries.Complete || previous is null || previous.Briefs.Count != briefs.Count)
        {
            return null;
        }

        for (var i = 0; i < briefs.Count; i++)
        {
            if (!previous.Briefs.TryGetValue(briefs[i].Slug, out var built) || built.Date != summaries[i, 0].Date)
            {
                return null;
            }
        }

        return System.IO.Path.Combine(run.Output.Target, SitemapFile);
    }

    private SiteFile Sitemap() =>
        new(SitemapFile, SiteFeeds.Sitemap(run.Workspace.Locales.Locales, run.Urls, pages.DefaultLocale, summaries.InLocale(0)));
}
