using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>
/// The site-wide files, written from the site index alone, straight into staging: each locale's
/// Atom feed (the newest briefs), the list pages, section feeds and sitemap (Sections/: planned from
/// the index, their headlines and ledes read back from the manifest a brief at a time as each file is
/// fingerprinted or rendered; a file whose fingerprint the live site lists is linked from it), the
/// language chooser and the assets.
/// </summary>
internal sealed class SiteFiles(SiteBuildRun run, SitePages pages, SiteIndex index)
{
    private int sectionPages;

    /// <summary>Pages written besides the briefs': the list pages of every locale and the chooser (known once <see cref="Write"/> ran).</summary>
    public int PageCount => sectionPages + 1;

    /// <summary>
    /// Writes every site-wide file into staging. Layout failures are reported to the run's
    /// diagnostics (the build then fails). <paramref name="previous"/> is the live site's manifest
    /// when it was built from the same inputs (its section files may then be linked), else null.
    /// </summary>
    public void Write(string staging, BuildManifest? previous)
    {
        var workspace = run.Workspace;
        var locales = run.Locales;
        var diagnostics = run.Diagnostics;
        var entries = index.Entries;
        var liveSite = previous is null ? null : run.Output.Target;
        var sections = Sections.SiteSections.Plan(workspace, pages, run.Urls, locales, entries.Count, (i, l) => index.Summary(i, l),
            run.Options.PageSize, run.Inputs, liveSite, run.Jobs, run.Options.SitemapUrlsPerFile, i => index.Placing(entries[i]));
        sectionPages = sections.HtmlPages;

        var newestFirst = index.NewestFirst();
        var parts = new List<Action>();
        for (var l = 0; l < locales.Count; l++)
        {
            var locale = l;
            parts.Add(() =>
            {
                var code = locales[locale];
                var latest = newestFirst.Take(SiteFeeds.FeedEntries).Select(i => index.Summary(i, locale)).ToList();
                SiteOutput.WriteBytes(Path.Combine(staging, code, "feed.xml"), SiteFeeds.Atom(workspace.Locales[code], run.Urls, latest));
            });
        }

        parts.Add(() =>
        {
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
        sections.Write(staging, liveSite, run.Jobs, diagnostics);
    }
}
