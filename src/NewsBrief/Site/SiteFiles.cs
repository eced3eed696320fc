using System.Text;

namespace NewsBrief.Site;

/// <summary>
/// The site-wide files, written from the site index alone, straight into staging: each locale's
/// Atom feed (the newest briefs) and index (every brief, newest first, streamed: entries are read
/// back from the manifest as the page is written), the sitemap (streamed in slug order), the language
/// chooser and the assets. The sitemap lists only URLs and dates, so when the previous site's has
/// exactly these briefs with these dates it is linked from there instead of composed again.
/// </summary>
internal sealed class SiteFiles(SiteBuildRun run, SitePages pages, SiteIndex index)
{
    public const string SitemapFile = "sitemap.xml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Pages written besides the briefs': each locale's index and the chooser.</summary>
    public int PageCount => run.Locales.Count + 1;

    /// <summary>
    /// Writes every site-wide file into staging, the locales in parallel. Layout failures are
    /// reported to the run's diagnostics (the build then fails).
    /// </summary>
    public void Write(string staging, BuildManifest? previous)
    {
        var workspace = run.Workspace;
        var locales = run.Locales;
        var diagnostics = run.Diagnostics;
        var newestFirst = index.NewestFirst();
        var parts = new List<Action>();
        for (var l = 0; l < locales.Count; l++)
        {
            var locale = l;
            parts.Add(() =>
            {
                var code = locales[locale];
                var latest = newestFirst.Take(SiteFeeds.FeedEntries).Select(i => index.Summary(index.Entries[i], locale)).ToList();
                SiteOutput.WriteBytes(Path.Combine(staging, code, "feed.xml"), SiteFeeds.Atom(workspace.Locales[code], run.Urls, latest));
                var summaries = newestFirst.Select(i => index.Summary(index.Entries[i], locale));
                var path = Path.Combine(staging, code, "index.html");
                bool written;
                using (var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Utf8, 1 << 16))
                {
                    writer.NewLine = "\n";
                    written = pages.WriteIndexPage(code, summaries, newestFirst.Length, writer, diagnostics);
                }

                if (!written)
                {
                    File.Delete(path); // part of a page; the build fails
                }
            });
        }

        parts.Add(() =>
        {
            var sitemap = Path.Combine(staging, SitemapFile);
            if (KeptSitemap(previous) is not { } kept || !SiteOutput.Reuse(kept, sitemap))
            {
                using var stream = new FileStream(sitemap, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                SiteFeeds.WriteSitemap(stream, workspace.Locales.Locales, run.Urls, pages.DefaultLocale, index.Entries.Select(e => (e.Slug, e.Date)));
            }

            if (pages.Chooser(diagnostics) is { } chooser)
            {
                SiteOutput.WriteText(Path.Combine(staging, "index.html"), chooser);
            }

            foreach (var (relative, text) in workspace.Assets)
            {
                var target = Path.Combine(staging, "assets", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                SiteOutput.WriteText(target, text);
            }
        });
        Parallel.Invoke(run.Jobs, [.. parts]);
    }

    /// <summary>
    /// The previous site's sitemap when it is this build's byte for byte: the sitemap holds every
    /// brief's URLs and date (lastmod) for this base URL and these locales, so with the same inputs
    /// (else <paramref name="previous"/> is null), the same briefs and the same dates it is linked
    /// like an unchanged page instead of composed again (at 10,000 briefs it is 10 MB). Null when it
    /// must be composed.
    /// </summary>
    private string? KeptSitemap(BuildManifest? previous)
    {
        if (previous is null || previous.Briefs.Count != index.Entries.Count)
        {
            return null;
        }

        foreach (var entry in index.Entries)
        {
            if (!previous.Briefs.TryGetValue(entry.Slug, out var built) || built.Date != entry.Date)
            {
                return null;
            }
        }

        return Path.Combine(run.Output.Target, SitemapFile);
    }
}
