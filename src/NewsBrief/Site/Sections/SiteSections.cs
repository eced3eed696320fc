using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Localization;
using NewsBrief.Project;
using Scriban.Runtime;

namespace NewsBrief.Site.Sections;

/// <summary>
/// The site's list pages, section feeds and sitemap, planned from one small summary per brief and
/// locale (slug, date, headline, lede, tags, kind: never a rendered brief):
/// <list type="bullet">
/// <item>each locale's front page (<c>&lt;locale&gt;/index.html</c>) and the kind, tag and month
/// sections (<c>kind/&lt;kind&gt;/</c>, <c>tags/&lt;tag&gt;/</c>, <c>archive/&lt;yyyy&gt;/&lt;mm&gt;/</c>),
/// each cut into pages (<see cref="Pagination"/>: <c>page/N/</c> under the section, N counted from
/// the oldest so that old pages keep their URL and content);</item>
/// <item>an Atom feed per tag and per kind (<c>feed.xml</c> in the section's folder; the newest
/// entries only);</item>
/// <item>the sitemap (<see cref="SectionSitemap"/>), listing those pages too.</item>
/// </list>
/// Planning fingerprints every file (<see cref="Fingerprint"/>) without rendering it; writing
/// renders only the files whose fingerprint the live site does not list (<see cref="SectionState"/>)
/// and hard-links the others from it. Rendering happens one file at a time while writing, so no more
/// than a page per thread is held in memory.
/// </summary>
internal sealed class SiteSections
{
    /// <summary>Briefs per list page when no <c>--page-size</c> is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest <c>--page-size</c>: a page of 1,000 briefs is already several hundred kB.</summary>
    public const int MaxPageSize = 1000;

    private const string ListFormat = "newsbrief-list/1";
    private const string FeedFormat = "newsbrief-section-feed/1";
    private const string SitemapFormat = "newsbrief-sitemap/1";

    private readonly Workspace workspace;
    private readonly SitePages pages;
    private readonly SiteUrls urls;
    private readonly IReadOnlyList<string> locales;
    private readonly LocaleData[] localeData;
    private readonly Func<int, int, BriefSummary> summary;
    private readonly Func<int, BriefSummary> placing;
    private readonly int briefCount;
    private readonly SectionCatalog catalog;
    private readonly string inputs;
    private readonly byte[] itemHashes;

    private SiteSections(Workspace workspace, SitePages pages, SiteUrls urls, IReadOnlyList<string> locales, int briefCount,
        Func<int, int, BriefSummary> summary, Func<int, BriefSummary> placing, string inputs)
    {
        this.workspace = workspace;
        this.pages = pages;
        this.urls = urls;
        this.locales = locales;
        this.summary = summary;
        this.placing = placing;
        this.briefCount = briefCount;
        this.inputs = inputs;
        localeData = locales.Select(l => workspace.Locales[l]).ToArray();
        catalog = SectionCatalog.Of(new LazyList<BriefSummary>(briefCount, placing));
        itemHashes = new byte[briefCount * locales.Count * 16];
    }

    /// <summary>
    /// Plans every list page, section feed and sitemap file of the site.
    /// </summary>
    /// <param name="briefCount">How many briefs the site has.</param>
    /// <param name="summary">The summary of brief <c>i</c> (in the order the sitemap lists briefs: by slug) in locale <c>l</c> (index into <paramref name="locales"/>).</param>
    /// <param name="pageSize">Briefs per page (1 to <see cref="MaxPageSize"/>).</param>
    /// <param name="inputs">The build's fingerprint of everything but the facts (tool, locales, templates, base URL): part of every file's fingerprint.</param>
    /// <param name="liveSite">The site being replaced, when it was built from the same inputs (its files may be linked); null for a clean build.</param>
    /// <param name="sitemapUrls">URLs per sitemap file (the protocol's 50,000; lower only in tests).</param>
    /// <param name="placing">
    /// What places brief <c>i</c> (slug, date, kind, tags; its texts may be empty), asked for again
    /// and again while sections and the sitemap are laid out, so it should be cheap (the site index's
    /// entry): <paramref name="summary"/>, which may read the texts back from disk, is asked only for
    /// fingerprints and rendering. Default: <paramref name="summary"/> in the first locale.
    /// </param>
    public static SectionPlan Plan(Workspace workspace, SitePages pages, SiteUrls urls, IReadOnlyList<string> locales, int briefCount,
        Func<int, int, BriefSummary> summary, int pageSize, string inputs, string? liveSite, ParallelOptions jobs, int sitemapUrls = SectionSitemap.MaxUrls,
        Func<int, BriefSummary>? placing = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var sections = new SiteSections(workspace, pages, urls, locales, briefCount, summary, placing ?? (i => summary(i, 0)), inputs);
        return sections.PlanFiles(pageSize, SectionState.TryRead(liveSite), liveSite, jobs, sitemapUrls);
    }

    /// <summary>Reports a brief whose slug is a folder name the section pages use (NB6012): its pages and theirs would be the same folder.</summary>
    public static void ReportReservedSlugs(IEnumerable<(string Slug, string DisplayPath)> briefs, DiagnosticBag diagnostics)
    {
        foreach (var (slug, path) in briefs.Where(b => SectionCatalog.ReservedSlugs.Contains(b.Slug, StringComparer.Ordinal)).OrderBy(b => b.DisplayPath, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.ReservedSlug, SourceLocation.StartOf(path),
                $"The slug '{slug}' names a folder the site's section pages use ({string.Join(", ", SectionCatalog.ReservedSlugs.Select(s => "<locale>/" + s + "/"))}), so this brief's page would collide with them. Rename the file, for example to '{slug}-1.yml'.");
        }
    }

    private SectionPlan PlanFiles(int pageSize, Dictionary<string, string> previous, string? liveSite, ParallelOptions jobs, int sitemapUrls)
    {
        var order = catalog.NewestFirst;
        Parallel.For(0, briefCount, jobs, position =>
        {
            using var fingerprint = new Fingerprint();
            for (var l = 0; l < locales.Count; l++)
            {
                fingerprint.AddModel(Item(summary(order[position], l), "")).Bytes().CopyTo(itemHashes, ((position * locales.Count) + l) * 16);
            }
        });

        var slices = catalog.Sections.Select(s => Pagination.Slice(s.Briefs.Length, pageSize)).ToArray();
        var work = new List<Func<PlannedFile>>();
        for (var s = 0; s < catalog.Sections.Count; s++)
        {
            var section = catalog.Sections[s];
            var sectionSlices = slices[s];
            for (var l = 0; l < locales.Count; l++)
            {
                var locale = l;
                for (var k = 0; k < sectionSlices.Count; k++)
                {
                    var page = k;
                    work.Add(() => ListPage(locale, section, sectionSlices, page));
                }

                if (section.HasFeed)
                {
                    work.Add(() => Feed(locale, section));
                }
            }
        }

        var sitemap = SitemapFiles(slices, sitemapUrls);
        var files = new PlannedFile[work.Count];
        Parallel.For(0, work.Count, jobs, i => files[i] = work[i]());
        var all = files.Concat(sitemap).ToList();
        foreach (var file in all)
        {
            file.Reuse = liveSite is not null && previous.TryGetValue(file.Path, out var known) && known == file.Fingerprint;
        }

        var htmlPages = slices.Sum(s => s.Count) * locales.Count;
        return new SectionPlan(all, htmlPages);
    }

    private PlannedFile ListPage(int l, Section section, IReadOnlyList<PageSlice> slices, int k)
    {
        var path = locales[l] + "/" + SectionCatalog.PagePath(section, slices[k].Number) + "index.html";
        using var fingerprint = new Fingerprint();
        fingerprint.Add(ListFormat).Add(inputs).Add(path).AddModel(ListModel(l, section, slices, k, withItems: false));
        var slice = slices[k];
        for (var p = slice.Start; p < slice.Start + slice.Count; p++)
        {
            fingerprint.Add(ItemHash(section.Briefs[p], l));
        }

        return new PlannedFile(path, fingerprint.Hex(), diagnostics =>
            workspace.Layouts.Render(SitePages.IndexLayout, workspace.Renderer.FormatterFor(locales[l]), ListModel(l, section, slices, k, withItems: true), diagnostics) is { } html
                ? SiteOutput.Utf8Bytes(html)
                : null);
    }

    private PlannedFile Feed(int l, Section section)
    {
        var locale = locales[l];
        var path = locale + "/" + section.Path + "feed.xml";
        var title = Heading(section, l, 0);
        var siteTitle = localeData[l].Ui.GetValueOrDefault("site_title", "NewsBrief");
        var feedTitle = title + " · " + siteTitle;
        var subtitle = localeData[l].Ui.GetValueOrDefault("site_description", siteTitle);
        var pageUrl = urls.Page(locale, section.Path);
        var entries = Math.Min(SiteFeeds.FeedEntries, section.Briefs.Length);
        using var fingerprint = new Fingerprint();
        fingerprint.Add(FeedFormat).Add(inputs).Add(path).Add(feedTitle).Add(subtitle).Add(pageUrl);
        for (var p = 0; p < entries; p++)
        {
            fingerprint.Add(ItemHash(section.Briefs[p], l));
        }

        return new PlannedFile(path, fingerprint.Hex(), _ =>
            SiteFeeds.Atom(localeData[l], urls, feedTitle, subtitle, pageUrl, pageUrl + "feed.xml",
                section.Briefs.Take(entries).Select(p => summary(catalog.NewestFirst[p], l)).ToList()));
    }

    /// <summary>The sitemap's files: one <c>sitemap.xml</c>, or a <c>sitemap.xml</c> index and <c>sitemaps/N.xml</c> parts.</summary>
    private List<PlannedFile> SitemapFiles(IReadOnlyList<PageSlice>[] slices, int maxUrls)
    {
        // Every URL by its position: the chooser, each locale's front page, every other list page in
        // every locale, every brief in every locale (by slug, as the caller lists them).
        var L = locales.Count;
        var listPages = new List<(Section Section, PageSlice Slice)>();
        for (var s = 0; s < catalog.Sections.Count; s++)
        {
            foreach (var slice in slices[s])
            {
                if (!(catalog.Sections[s].Kind == SectionKind.Home && slice.Number == 0))
                {
                    listPages.Add((catalog.Sections[s], slice));
                }
            }
        }

        var total = 1 + L + (listPages.Count * L) + (briefCount * L);
        var fronts = locales.Select(urls.LocaleIndex).ToArray<string?>();
        SitemapUrl At(int index)
        {
            if (index == 0)
            {
                return new SitemapUrl(urls.Root, null, fronts, urls.Root);
            }

            index--;
            if (index < L)
            {
                return new SitemapUrl(fronts[index]!, null, fronts, urls.Root);
            }

            index -= L;
            if (index < listPages.Count * L)
            {
                var (section, slice) = listPages[index / L];
                var path = SectionCatalog.PagePath(section, slice.Number);
                // Every brief is in every locale, so every list page is too: each lists all locales.
                var alternates = locales.Select(l => urls.Page(l, path)).ToArray<string?>();
                var newest = placing(catalog.NewestFirst[section.Briefs[slice.Start]]).Date.ToString();
                return new SitemapUrl(alternates[index % L]!, newest, alternates, alternates[0]!);
            }

            index -= listPages.Count * L;
            var brief = index / L;
            var placed = placing(brief);
            var briefs = locales.Select(l => urls.Brief(l, placed.Slug)).ToArray<string?>();
            return new SitemapUrl(briefs[index % L]!, placed.Date.ToString(), briefs, briefs[0]!);
        }

        var perFile = SectionSitemap.UrlsPerFile(L, maxUrls);
        IEnumerable<SitemapUrl> Range(int start, int count) => Enumerable.Range(start, count).Select(At);
        string Hash(string path, int start, int count, out string? newest)
        {
            newest = null;
            using var fingerprint = new Fingerprint();
            fingerprint.Add(SitemapFormat).Add(inputs).Add(path);
            foreach (var url in Range(start, count))
            {
                fingerprint.Add(url.Loc).Add(url.LastModified).Add(url.XDefault);
                foreach (var alternate in url.Alternates)
                {
                    fingerprint.Add(alternate);
                }

                if (url.LastModified is { } date && (newest is null || string.CompareOrdinal(date, newest) > 0))
                {
                    newest = date;
                }
            }

            return fingerprint.Hex();
        }

        if (total <= perFile)
        {
            return [new PlannedFile(SectionSitemap.IndexFile, Hash(SectionSitemap.IndexFile, 0, total, out _), _ => SectionSitemap.UrlSet(workspace.Locales.Locales, Range(0, total)))];
        }

        var parts = (total + perFile - 1) / perFile;
        var files = new PlannedFile[parts];
        var newestOf = new string?[parts];
        Parallel.For(0, parts, i =>
        {
            var start = i * perFile;
            var count = Math.Min(perFile, total - start);
            var path = SectionSitemap.PartFile(i);
            files[i] = new PlannedFile(path, Hash(path, start, count, out newestOf[i]), _ => SectionSitemap.UrlSet(workspace.Locales.Locales, Range(start, count)));
        });

        using var index = new Fingerprint();
        index.Add(SitemapFormat).Add(inputs).Add(SectionSitemap.IndexFile).Add(urls.Root);
        foreach (var date in newestOf)
        {
            index.Add(date);
        }

        return [new PlannedFile(SectionSitemap.IndexFile, index.Hex(), _ => SectionSitemap.Index(urls.Root, newestOf)), .. files];
    }

    private byte[] ItemHash(int position, int l) => itemHashes.AsSpan(((position * locales.Count) + l) * 16, 16).ToArray();

    /// <summary>The model of one list page; without its items when only fingerprinted (their hashes are added instead).</summary>
    private Dictionary<string, object?> ListModel(int l, Section section, IReadOnlyList<PageSlice> slices, int k, bool withItems)
    {
        var locale = locales[l];
        var ui = localeData[l].Ui;
        var slice = slices[k];
        var path = SectionCatalog.PagePath(section, slice.Number);
        var up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/'))); // from this page to the locale's folder
        var root = up + "../";
        var heading = Heading(section, l, slice.Number);
        var front = section.Kind == SectionKind.Home && slice.Number == 0;
        var siteTitle = ui.GetValueOrDefault("site_title", "NewsBrief");
        var title = front ? siteTitle : heading;
        var description = ui.GetValueOrDefault("site_description", siteTitle);
        var canonical = urls.Page(locale, path);
        var jsonLd = front ? SitePages.WebsiteJsonLd(localeData[l].Tag, title, description) : CollectionJsonLd(localeData[l].Tag, title, canonical, siteTitle, urls.LocaleIndex(locale));
        var model = pages.Common(locale, root, title, description, canonical, c => urls.Page(c, path),
            front ? urls.Root : urls.Page(locales[0], path), c => root + c + "/" + path, "website", jsonLd);
        model["heading"] = heading;
        if (section.HasFeed)
        {
            model["feed"] = up + section.Path + "feed.xml";
        }

        string Href(string target) => up + target is { Length: > 0 } href ? href : "./";
        var newer = k > 0 ? Href(SectionCatalog.PagePath(section, slices[k - 1].Number)) : null;
        var older = k + 1 < slices.Count ? Href(SectionCatalog.PagePath(section, slices[k + 1].Number)) : null;
        model["prev"] = newer;
        model["next"] = older;
        model["pagination"] = newer is null && older is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["newer"] = newer,
            ["older"] = older,
            // The ends, when they are not the next page already.
            ["newest"] = k > 1 ? Href(section.Path) : null,
            ["oldest"] = k + 2 < slices.Count ? Href(SectionCatalog.PagePath(section, slices[^1].Number)) : null,
        };
        model["items"] = withItems
            ? Enumerable.Range(slice.Start, slice.Count).Select(p => LayoutItem(summary(catalog.NewestFirst[section.Briefs[p]], l), up)).ToList()
            : null;
        return model;
    }

    /// <summary>One brief in a list; every link goes through <paramref name="up"/> (from the page to the locale's folder).</summary>
    private static Dictionary<string, object?> Item(BriefSummary brief, string up)
    {
        var date = brief.Date;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["href"] = up + brief.Slug + "/",
            ["headline"] = brief.Headline,
            ["lede"] = brief.Lede,
            ["date"] = brief.DateText,
            ["date_iso"] = date.ToString(),
            ["month_href"] = up + string.Create(CultureInfo.InvariantCulture, $"archive/{date.Year:D4}/{date.Month:D2}/"),
            ["tags"] = brief.Tags.Select(t => (Tag: t, Slug: TagSlug.Of(t))).Where(t => seen.Add(t.Slug))
                .Select(t => new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = t.Tag, ["href"] = up + "tags/" + t.Slug + "/" }).ToList(),
        };
    }

    /// <summary>
    /// <see cref="Item"/> as the layout sees it (the same members in the same order), built as Scriban
    /// objects at once: a list page holds up to <see cref="MaxPageSize"/> of them, and building each as
    /// dictionaries for <c>LayoutRenderer</c> to copy into Scriban objects doubled their cost.
    /// </summary>
    private static ScriptObject LayoutItem(BriefSummary brief, string up)
    {
        var date = brief.Date;
        var tags = new ScriptArray(brief.Tags.Count);
        HashSet<string>? seen = null;
        foreach (var tag in brief.Tags)
        {
            var slug = TagSlug.Of(tag);
            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(slug))
            {
                tags.Add(new ScriptObject(2) { ["name"] = tag, ["href"] = up + "tags/" + slug + "/" }.ReadOnly());
            }
        }

        tags.IsReadOnly = true;
        return new ScriptObject(7)
        {
            ["href"] = up + brief.Slug + "/",
            ["headline"] = brief.Headline,
            ["lede"] = brief.Lede,
            ["date"] = brief.DateText,
            ["date_iso"] = date.ToString(),
            ["month_href"] = up + string.Create(CultureInfo.InvariantCulture, $"archive/{date.Year:D4}/{date.Month:D2}/"),
            ["tags"] = tags,
        }.ReadOnly();
    }

    /// <summary>
    /// A section's heading in a locale, from the locale's <c>ui</c> strings: <c>latest_briefs</c>
    /// (the front page), <c>all_briefs</c>, <c>kind_KIND</c> (else the kind as written),
    /// <c>tag_title</c> (<c>{0}</c> is the tag), the month as the locale writes it, and
    /// <c>page_title</c> on numbered pages (<c>{0}</c> the heading, <c>{1}</c> the page number).
    /// </summary>
    private string Heading(Section section, int l, int number)
    {
        var ui = localeData[l].Ui;
        var heading = section.Kind switch
        {
            SectionKind.Home => number == 0 ? ui.GetValueOrDefault("latest_briefs", "") : ui.GetValueOrDefault("all_briefs", ""),
            SectionKind.Kind => ui.GetValueOrDefault("kind_" + section.Name, section.Name),
            SectionKind.Tag => Fill(ui.GetValueOrDefault("tag_title", "{0}"), section.Name),
            _ => workspace.Renderer.FormatterFor(locales[l]).Date.Format(SectionCatalog.MonthOf(section)),
        };
        return number == 0 ? heading : Fill(ui.GetValueOrDefault("page_title", "{0} ({1})"), heading, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Puts the arguments in place of <c>{0}</c>, <c>{1}</c>... in one pass (an argument's own braces stay as written).</summary>
    internal static string Fill(string pattern, params string[] args)
    {
        var text = new StringBuilder(pattern.Length + 32);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}' && pattern[i + 1] - '0' is var n && n >= 0 && n < args.Length)
            {
                text.Append(args[n]);
                i += 2;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>schema.org <c>CollectionPage</c> of a list page (System.Text.Json escapes <c>&lt;</c>, so no text can close the script element).</summary>
    private static string CollectionJsonLd(string tag, string name, string url, string siteName, string siteUrl)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "CollectionPage");
            json.WriteString("name", name);
            json.WriteString("url", url);
            json.WriteString("inLanguage", tag);
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", siteName);
            json.WriteString("url", siteUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>Freezes the Scriban objects of a layout model as they are built.</summary>
internal static class ScriptObjects
{
    public static ScriptObject ReadOnly(this ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }
}
