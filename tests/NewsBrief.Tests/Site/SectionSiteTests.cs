using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// The section pages of built sites: pagination and its links, tag, kind and month sections, their
/// feeds, the sitemap, byte-stable builds and rebuilds that rewrite only what changed.
/// </summary>
public sealed partial class SectionSiteTests : IDisposable
{
    private const string BaseUrl = "https://news.example.org/briefs/";
    private static readonly string[] Locales = ["en", "id"];
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TempDir dir = new();

    public SectionSiteTests()
    {
        SiteFixtures.CopyProject(dir.Path);
        // A second kind needs its own brief template: the brief one will do.
        foreach (var l in Locales)
        {
            File.Copy(Path.Combine(dir.Path, "templates", l, "brief.md.sbn"), Path.Combine(dir.Path, "templates", l, "analysis.md.sbn"));
        }
    }

    public void Dispose() => dir.Dispose();

    private string Site => Path.Combine(dir.Path, "site");

    /// <summary>Story <paramref name="i"/> (dated 2024, later for larger i while i &lt; 28 × 12) with these tags and kind.</summary>
    private void WriteStory(int i, string[]? tags = null, string? kind = null, string? headline = null)
    {
        var folder = Path.Combine(dir.Path, "briefs");
        Directory.CreateDirectory(folder);
        var head = (tags is null ? "" : "tags: [" + string.Join(", ", tags.Select(t => System.Text.Json.JsonSerializer.Serialize(t))) + "]\n")
            + (kind is null ? "" : "kind: " + kind + "\n");
        File.WriteAllText(Path.Combine(folder, Slug(i) + ".yml"), head + SiteFixtures.Story(i, headline));
    }

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"story-{i:D4}");

    private CliRunner.Result Build(int pageSize, params string[] more) =>
        CliRunner.Run(dir.Path, ["build", "briefs", "--out", "site", "--base-url", BaseUrl, "--page-size", pageSize.ToString(CultureInfo.InvariantCulture), .. more]);

    private void BuildOk(int pageSize)
    {
        var result = Build(pageSize);
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
    }

    private IDocument Page(string relative) => new HtmlParser().ParseDocument(SiteFixtures.Utf8(Path.Combine(Site, relative)));

    private static string[] ItemSlugs(IDocument page) =>
        page.QuerySelectorAll("ul.briefs h2 a").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToArray();

    [Fact]
    public void Home_TenBriefsInPagesOfThree_FirstMiddleAndLastPageLinkInOrder()
    {
        for (var i = 0; i < 10; i++)
        {
            WriteStory(i);
        }

        BuildOk(3);

        foreach (var l in Locales)
        {
            // 10 = 3 full pages from the oldest, the newest of them on the front page with the one left over.
            var first = Page($"{l}/index.html");
            var middle = Page($"{l}/page/2/index.html");
            var last = Page($"{l}/page/1/index.html");
            Assert.False(File.Exists(Path.Combine(Site, l, "page", "3", "index.html")));

            Assert.Null(Rel(first, "prev"));
            Assert.Equal("page/2/", Rel(first, "next"));
            Assert.Equal("../../", Rel(middle, "prev"));
            Assert.Equal("../../page/1/", Rel(middle, "next"));
            Assert.Equal("../../page/2/", Rel(last, "prev"));
            Assert.Null(Rel(last, "next"));

            // The same links are visible in the page's nav, with the same rel.
            foreach (var page in new[] { first, middle, last })
            {
                var nav = page.QuerySelector("nav.pagination")!;
                Assert.Equal(Rel(page, "prev"), nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(Rel(page, "next"), nav.QuerySelector("a[rel=next]")?.GetAttribute("href"));
            }

            // Every brief once, newest first, across the pages in link order.
            var all = ItemSlugs(first).Concat(ItemSlugs(middle)).Concat(ItemSlugs(last)).ToArray();
            Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(Slug), all);
            Assert.Equal(4, ItemSlugs(first).Length);
            Assert.Equal(l == "en" ? "All briefs, page 2" : "Semua berita, halaman 2", middle.QuerySelector("h1")!.TextContent);
            Assert.Contains(l == "en" ? "All briefs, page 2" : "Semua berita, halaman 2", middle.Title, StringComparison.Ordinal);
        }

        AssertEveryLinkResolves();
    }

    [Theory]
    [InlineData(1, 1)] // one brief
    [InlineData(3, 3)] // exactly a page
    [InlineData(4, 3)] // one more than a page: still one page (the first page takes what does not fill a page)
    public void Home_OnePage_HasNoPageLinks(int briefs, int pageSize)
    {
        for (var i = 0; i < briefs; i++)
        {
            WriteStory(i);
        }

        BuildOk(pageSize);

        var front = Page("en/index.html");
        Assert.Equal(briefs, ItemSlugs(front).Length);
        Assert.Null(front.QuerySelector("nav.pagination"));
        Assert.Null(Rel(front, "prev"));
        Assert.Null(Rel(front, "next"));
        Assert.False(Directory.Exists(Path.Combine(Site, "en", "page")));
    }

    [Fact]
    public void Home_TwoPagesExactly_SecondIsPageOne()
    {
        for (var i = 0; i < 6; i++)
        {
            WriteStory(i);
        }

        BuildOk(3);

        Assert.Equal(3, ItemSlugs(Page("en/index.html")).Length);
        Assert.Equal(["story-0002", "story-0001", "story-0000"], ItemSlugs(Page("en/page/1/index.html")));
        Assert.Equal("page/1/", Rel(Page("en/index.html"), "next"));
    }

    [Fact]
    public void Tags_HostileAndDuplicateSpellings_GetSafeFoldersInsideTheSite()
    {
        WriteStory(0, ["../x", "AI"]);
        WriteStory(1, ["ai", "Ekonomi Digital", "<b>bold</b>"]);
        WriteStory(2, ["経済", "ekonomi-digital", "C++"]);
        WriteStory(3, ["C#", "AI", "ai"]);

        BuildOk(50);

        foreach (var l in Locales)
        {
            var folders = Directory.GetDirectories(Path.Combine(Site, l, "tags")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.All(folders, f => Assert.Matches(SlugShape(), f!));
            // ai (AI, ai), ekonomi-digital (both spellings), x-…, tag-… (経済), c-… twice (C++, C#), b-bold-b-….
            Assert.Equal(7, folders.Count);
            Assert.Equal(["story-0003", "story-0001", "story-0000"], ItemSlugs(Page($"{l}/tags/ai/index.html")));
            Assert.Equal(["story-0002", "story-0001"], ItemSlugs(Page($"{l}/tags/ekonomi-digital/index.html")));

            // The name most briefs write (AI: twice, ai: twice; a tie goes to the first in ordinal order), in the locale's words.
            Assert.Equal(l == "en" ? "Topic: AI" : "Topik: AI", Page($"{l}/tags/ai/index.html").QuerySelector("h1")!.TextContent);
            var bold = folders.Single(f => f!.StartsWith("b-bold-b-", StringComparison.Ordinal));
            var html = SiteFixtures.Utf8(Path.Combine(Site, l, "tags", bold!, "index.html"));
            Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        }

        // Nothing was written next to the site or above it.
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "x")));
        Assert.False(Directory.Exists(Path.Combine(Site, "x")));
        AssertEveryLinkResolves();
    }

    [Fact]
    public void KindAndMonthSections_ListTheirBriefs_WithTitlesFromTheLocale()
    {
        WriteStory(0, kind: "brief");
        WriteStory(1, kind: "analysis");
        WriteStory(30); // February 2024
        WriteStory(31, kind: "analysis");

        BuildOk(50);

        Assert.Equal(["story-0031", "story-0001"], ItemSlugs(Page("en/kind/analysis/index.html")));
        Assert.Equal(["story-0030", "story-0000"], ItemSlugs(Page("en/kind/brief/index.html")));
        Assert.Equal("Briefs", Page("en/kind/brief/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Berita singkat", Page("id/kind/brief/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("analysis", Page("en/kind/analysis/index.html").QuerySelector("h1")!.TextContent); // no kind_analysis string: the kind as written

        Assert.Equal(["story-0001", "story-0000"], ItemSlugs(Page("en/archive/2024/01/index.html")));
        Assert.Equal(["story-0031", "story-0030"], ItemSlugs(Page("id/archive/2024/02/index.html")));
        Assert.Equal("January 2024", Page("en/archive/2024/01/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Februari 2024", Page("id/archive/2024/02/index.html").QuerySelector("h1")!.TextContent);

        // A brief's date links to its month, its topics to their pages.
        var item = Page("en/index.html").QuerySelectorAll("ul.briefs > li")[0];
        Assert.Equal("archive/2024/02/", item.QuerySelector(".meta a")!.GetAttribute("href"));
        Assert.False(File.Exists(Path.Combine(Site, "en", "archive", "2024", "01", "feed.xml"))); // months have no feed
        AssertEveryLinkResolves();
    }

    [Fact]
    public void Feeds_PerTagAndKind_AreAtomWithTheNewestEntries()
    {
        for (var i = 0; i < 53; i++)
        {
            WriteStory(i, i % 2 == 0 ? ["even"] : ["odd"]);
        }

        BuildOk(50);

        foreach (var l in Locales)
        {
            var kind = Load(Path.Combine(Site, l, "kind", "brief", "feed.xml"));
            Assert.Equal(50, kind.Items.Count()); // not the whole archive
            Assert.Equal(BaseUrl + l + "/story-0052/", kind.Items.First().Id);
            Assert.Equal(BaseUrl + l + "/kind/brief/", kind.Id);
            Assert.Contains(kind.Links, k => k.RelationshipType == "self" && k.Uri.AbsoluteUri == BaseUrl + l + "/kind/brief/feed.xml");

            var even = Load(Path.Combine(Site, l, "tags", "even", "feed.xml"));
            Assert.Equal(27, even.Items.Count());
            Assert.All(even.Items, e => Assert.Equal(0, int.Parse(e.Id.TrimEnd('/')[^4..], CultureInfo.InvariantCulture) % 2));
            Assert.Equal(even.Items.Select(e => e.PublishDate).OrderByDescending(d => d), even.Items.Select(e => e.PublishDate));

            // The tag page points at its own feed.
            var page = Page($"{l}/tags/even/index.html");
            Assert.Equal("../../tags/even/feed.xml", page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Sitemap_ListsEveryListPage_WithAlternatesInEveryLocale()
    {
        for (var i = 0; i < 8; i++)
        {
            WriteStory(i, [i < 4 ? "economy" : "ai"]);
        }

        BuildOk(2);

        var sitemap = XDocument.Load(Path.Combine(Site, "sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());

        // Every HTML page of the site is listed, and every URL listed is a page.
        var pages = Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories)
            .Select(f => BaseUrl + Path.GetRelativePath(Site, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u.Replace("/./", "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.Contains(BaseUrl + "en/tags/ai/page/1/", locs);
        Assert.Contains(BaseUrl + "id/archive/2024/01/page/1/", locs);

        foreach (var url in urls.Where(u => u.Element(Sm + "loc")!.Value.Contains("/tags/", StringComparison.Ordinal)))
        {
            var loc = url.Element(Sm + "loc")!.Value;
            var alternates = url.Elements(Xhtml + "link").ToDictionary(a => a.Attribute("hreflang")!.Value, a => a.Attribute("href")!.Value);
            Assert.Equal(["en", "id", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(loc.Replace("/id/", "/en/", StringComparison.Ordinal), alternates["en"]);
            Assert.Equal(loc.Replace("/en/", "/id/", StringComparison.Ordinal), alternates["id"]);
            Assert.All(alternates.Values, a => Assert.Contains(a, locs));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", url.Element(Sm + "lastmod")!.Value);
        }
    }

    [Fact]
    public void Sitemap_PastTheLimit_IsAnIndexOfSitemaps()
    {
        for (var i = 0; i < 5; i++)
        {
            WriteStory(i);
        }

        var bag = new DiagnosticBag();
        var workspace = NewsBrief.Project.Workspace.Load(dir.Path, bag)!;
        var sources = Directory.GetFiles(Path.Combine(dir.Path, "briefs")).Order(StringComparer.Ordinal)
            .Select(f => new SiteSource(f, "briefs/" + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var result = SiteBuilder.Build(workspace, sources, new SiteOptions { OutputDirectory = Site, BaseUrl = new Uri(BaseUrl), SitemapUrlsPerFile = 4 }, bag);
        Assert.True(result.Succeeded, string.Join("\n", bag.Sorted()));

        var index = XDocument.Load(Path.Combine(Site, "sitemap.xml"));
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        var locs = new List<string>();
        foreach (var part in parts)
        {
            Assert.StartsWith(BaseUrl + "sitemaps/", part, StringComparison.Ordinal);
            var urls = XDocument.Load(Path.Combine(Site, part[BaseUrl.Length..])).Root!.Elements(Sm + "url").ToList();
            Assert.InRange(urls.Count, 1, 4);
            locs.AddRange(urls.Select(u => u.Element(Sm + "loc")!.Value));
        }

        // 1 chooser + 2 front pages + 5 briefs × 2 + kind, month and no tag sections (one page each) × 2.
        Assert.Equal(1 + 2 + 10 + 4, locs.Count);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal((locs.Count + 3) / 4, parts.Count);
    }

    [Fact]
    public void Build_Twice_SameBytes()
    {
        for (var i = 0; i < 9; i++)
        {
            WriteStory(i, [i % 3 == 0 ? "A" : "b", "Ekonomi Digital"], i % 4 == 0 ? "analysis" : null);
        }

        var first = CliRunner.Run(dir.Path, "build", "briefs", "--out", "one", "--page-size", "2", "--base-url", BaseUrl);
        var second = CliRunner.Run(dir.Path, "build", "briefs", "--out", "two", "--page-size", "2", "--base-url", BaseUrl, "--jobs", "1");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Error + second.Error);
        var one = SiteFixtures.Tree(Path.Combine(dir.Path, "one"));
        Assert.Equal(one, SiteFixtures.Tree(Path.Combine(dir.Path, "two")));
        Assert.Contains("en/tags/ekonomi-digital/page/1/index.html", one.Keys);
    }

    [Fact]
    public void Rebuild_OneBriefAdded_RewritesOnlyTheFrontPagesAndItsSections()
    {
        for (var i = 0; i < 30; i++)
        {
            WriteStory(i, [i % 2 == 0 ? "even" : "odd"]);
        }

        BuildOk(3);
        MarkAll(Site);

        WriteStory(30, ["even"]); // the newest, in February 2024 (with stories 28 and 29)
        BuildOk(3);

        var changed = Written(Site);
        var expected = new List<string> { ".newsbrief/manifest.json", ".newsbrief/sections.txt", "assets/site.css", "index.html", "sitemap.xml" };
        foreach (var l in Locales)
        {
            expected.AddRange([
                $"{l}/feed.xml", $"{l}/index.html", $"{l}/story-0030.md", $"{l}/story-0030/index.html",
                $"{l}/kind/brief/index.html", $"{l}/kind/brief/feed.xml", $"{l}/tags/even/index.html", $"{l}/tags/even/feed.xml",
                $"{l}/archive/2024/02/index.html",
            ]);
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), changed);
        // Every numbered page (9 of the front, 9 of the kind, 4 + 4 of the tags, 9 of January) was kept.
        Assert.Equal(CleanTree(3), SiteFixtures.Tree(Site));
    }

    [Fact]
    public void Rebuild_OneOldBriefEdited_RewritesOnlyThePagesListingIt()
    {
        for (var i = 0; i < 30; i++)
        {
            WriteStory(i, ["all"]);
        }

        BuildOk(3);
        MarkAll(Site);

        WriteStory(4, ["all"], headline: "A corrected headline");
        BuildOk(3);

        var changed = Written(Site);
        // Story 4 is the fifth oldest: on page 2 of every list (the front page, its kind, its tag, January).
        foreach (var l in Locales)
        {
            var lists = changed.Where(c => c.StartsWith(l + "/", StringComparison.Ordinal) && c.EndsWith("index.html", StringComparison.Ordinal) && !c.Contains("story-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal([$"{l}/archive/2024/01/page/2/index.html", $"{l}/kind/brief/page/2/index.html", $"{l}/page/2/index.html", $"{l}/tags/all/page/2/index.html"], lists);
            Assert.Contains("A corrected headline", SiteFixtures.Utf8(Path.Combine(Site, l, "page", "2", "index.html")), StringComparison.Ordinal);
        }

        Assert.Equal(CleanTree(3), SiteFixtures.Tree(Site));
    }

    [Fact]
    public void Rebuild_TagsChangedButNotTheDate_MovesTheBriefAndItsSitemapEntries()
    {
        WriteStory(0, ["old"]);
        WriteStory(1, ["old"]);
        BuildOk(50);

        WriteStory(1, ["new"]); // same date, same briefs: only the tags differ
        BuildOk(50);

        var sitemap = File.ReadAllText(Path.Combine(Site, "sitemap.xml"));
        Assert.Contains(BaseUrl + "en/tags/new/", sitemap, StringComparison.Ordinal);
        Assert.Equal(["story-0001"], ItemSlugs(Page("id/tags/new/index.html")));
        Assert.Equal(["story-0000"], ItemSlugs(Page("id/tags/old/index.html")));
        Assert.Equal(CleanTree(50), SiteFixtures.Tree(Site));
    }

    [Fact]
    public void Rebuild_LinkPlantedForASectionFolder_IsNotFollowed()
    {
        WriteStory(0, ["economy"]);
        WriteStory(1, ["economy"]);
        BuildOk(50);

        // Someone replaces the live site's tags folder with a link to their own folder, whose page
        // the rebuild would link into the new site if it followed the link.
        var outside = Path.Combine(dir.Path, "outside");
        SiteFixtures.Copy(Path.Combine(Site, "en", "tags"), outside);
        File.WriteAllText(Path.Combine(outside, "economy", "index.html"), "planted");
        Directory.Delete(Path.Combine(Site, "en", "tags"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Site, "en", "tags"), outside);

        BuildOk(50);

        Assert.Equal(FileKind.Directory, FileKinds.Of(Path.Combine(Site, "en", "tags")));
        Assert.DoesNotContain("planted", SiteFixtures.Utf8(Path.Combine(Site, "en", "tags", "economy", "index.html")), StringComparison.Ordinal);
        Assert.Equal("planted", File.ReadAllText(Path.Combine(outside, "economy", "index.html"))); // left alone
        Assert.Equal(CleanTree(50), SiteFixtures.Tree(Site));
    }

    [Fact]
    public void Rebuild_OtherPageSize_RewritesTheLists()
    {
        for (var i = 0; i < 7; i++)
        {
            WriteStory(i);
        }

        BuildOk(2);
        BuildOk(3);

        Assert.Equal(3, ItemSlugs(Page("en/page/1/index.html")).Length);
        Assert.False(Directory.Exists(Path.Combine(Site, "en", "page", "2")));
        AssertEveryLinkResolves();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1001")]
    public void PageSize_OutOfRange_IsNB6011_AndWritesNothing(string size)
    {
        WriteStory(0);

        var result = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--page-size", size);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--page-size: error NB6011", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("from 1 to 1000", result.Out + result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public void PageSize_NotANumber_IsAUsageError()
    {
        WriteStory(0);

        Assert.Equal(2, CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--page-size", "many").ExitCode);
        Assert.False(Directory.Exists(Site));
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("page")]
    [InlineData("kind")]
    [InlineData("archive")]
    public void Slug_ThatSectionsUse_IsNB6012(string slug)
    {
        WriteStory(0);
        File.Copy(Path.Combine(dir.Path, "briefs", "story-0000.yml"), Path.Combine(dir.Path, "briefs", slug + ".yml"));

        var result = Build(50);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"briefs/{slug}.yml:1:1: error NB6012", result.Out + result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    /// <summary>The tree a clean build of the same briefs with the same options writes (built elsewhere, deleted again).</summary>
    private SortedDictionary<string, string> CleanTree(int pageSize)
    {
        var result = CliRunner.Run(dir.Path, "build", "briefs", "--out", "clean/site", "--base-url", BaseUrl, "--page-size", pageSize.ToString(CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, result.Error);
        var tree = SiteFixtures.Tree(Path.Combine(dir.Path, "clean", "site"));
        Directory.Delete(Path.Combine(dir.Path, "clean"), recursive: true);
        return tree;
    }

    /// <summary>Every relative link of every list page leads to a file of the site.</summary>
    private void AssertEveryLinkResolves()
    {
        var lists = Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Site, f).Replace('\\', '/') is var r && Regex.IsMatch(r, @"^(en|id)/(index\.html|page/|tags/|kind/|archive/)"));
        var checkedLinks = 0;
        foreach (var file in lists)
        {
            var page = new HtmlParser().ParseDocument(SiteFixtures.Utf8(file));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith('#')))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href));
                Assert.True(target.StartsWith(Site + Path.DirectorySeparatorChar, StringComparison.Ordinal) || target == Site + Path.DirectorySeparatorChar, $"{file}: {href} leaves the site");
                Assert.True(href.EndsWith('/') ? File.Exists(Path.Combine(target, "index.html")) : File.Exists(target), $"{Path.GetRelativePath(Site, file)}: {href} leads nowhere");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 0);
    }

    private static string? Rel(IDocument page, string rel) => page.QuerySelector($"head link[rel={rel}]")?.GetAttribute("href");

    private static SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(path);
        return SyndicationFeed.Load(reader);
    }

    private static readonly DateTime Marked = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Dates every file of the site back to 2001: a rebuild that links a file from the live site
    /// keeps that date (a hard link is the same file), one that writes the file gives it today's.
    /// </summary>
    private static void MarkAll(string site)
    {
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Marked);
        }
    }

    /// <summary>Files of the site written (not linked) since <see cref="MarkAll"/>.</summary>
    private static List<string> Written(string site) =>
        Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) != Marked)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
