using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>The site of the sample stories: its tree, every page's head, feeds, sitemap and JSON-LD.</summary>
public sealed partial class SiteBuildTests : IDisposable
{
    private const string BaseUrl = "https://news.example.org/briefs/";
    private static readonly string[] NewestFirst = ["gempa-ruteng-2026-08-17", "contoh-makmur-q3-2025-earnings", "hajj-cost-2026", "sumenep-earthquake-2025", "rupiah-jisdor-2025-09-25", "bi-rate-cut-2025-09-17", "deepseek-r1-training-cost", "ihsg-close-2025-09-18", "bi-rate-decision-2025-09-17", "sawit-lestari-h1-2025-earnings", "indonesia-2025-budget-approved"];

    private static readonly string[] Slugs = ["bi-rate-cut-2025-09-17", "bi-rate-decision-2025-09-17", "contoh-makmur-q3-2025-earnings", "deepseek-r1-training-cost", "gempa-ruteng-2026-08-17", "hajj-cost-2026", "ihsg-close-2025-09-18", "indonesia-2025-budget-approved", "rupiah-jisdor-2025-09-25", "sawit-lestari-h1-2025-earnings", "sumenep-earthquake-2025"];
    private static readonly string[] Locales = ["en", "id"];
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TempDir dir = new();
    private readonly string site;

    public SiteBuildTests()
    {
        site = Path.Combine(dir.Path, "site");
        var result = CliRunner.Run(RepoFiles.Root, "build", "examples/briefs", "--out", site, "--base-url", BaseUrl);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public void Dispose() => dir.Dispose();

    private static IEnumerable<string> Pages() =>
        new[] { "index.html" }.Concat(Locales.SelectMany(l => Slugs.Select(s => $"{l}/{s}/index.html").Prepend($"{l}/index.html")));

    [Fact]
    public void Build_Examples_WritesTheTreeOfProductMd()
    {
        var expected = new List<string> { ".newsbrief/manifest.json", "assets/site.css", "index.html", "sitemap.xml" };
        foreach (var l in Locales)
        {
            expected.AddRange([$"{l}/index.html", $"{l}/feed.xml"]);
            expected.AddRange(Slugs.SelectMany(s => new[] { $"{l}/{s}/index.html", $"{l}/{s}.md" }));
        }

        expected.Add(".newsbrief/sections.txt");
        var tree = SiteFixtures.Tree(site).Keys.ToList();
        // The section pages (docs/site.md) apart: a kind section, a page per tag, a month's archive.
        Assert.Equal(expected.Order(StringComparer.Ordinal), tree.Where(f => !SectionFile().IsMatch(f)));
        foreach (var l in Locales)
        {
            Assert.Contains($"{l}/kind/brief/index.html", tree);
            Assert.Contains($"{l}/kind/brief/feed.xml", tree);
            Assert.Contains($"{l}/kind/rate-decision/index.html", tree); // the story kind's brief has its section
            Assert.Contains($"{l}/kind/rate-decision/feed.xml", tree);
            Assert.Contains($"{l}/archive/2025/09/index.html", tree);
            foreach (var tag in Slugs.SelectMany(TagsOf))
            {
                Assert.Contains($"{l}/tags/{tag}/index.html", tree);
                Assert.Contains($"{l}/tags/{tag}/feed.xml", tree);
            }
        }

        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    [Theory]
    [InlineData("en/kind/earnings/index.html", "Earnings")]
    [InlineData("id/kind/earnings/index.html", "Laporan keuangan")]
    [InlineData("en/kind/market-close/index.html", "Market close")]
    [InlineData("id/kind/market-close/index.html", "Penutupan pasar")]
    public void Build_AStoryKindsSection_IsTitledInTheLocalesWords(string page, string title)
    {
        var doc = new HtmlParser().ParseDocument(SiteFixtures.Utf8(Path.Combine(site, page)));

        Assert.Equal(title, doc.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void Build_Markdown_IsTheSameBytesAsRender()
    {
        foreach (var l in Locales)
        {
            foreach (var s in Slugs)
            {
                var render = CliRunner.Run(RepoFiles.Root, "render", $"examples/briefs/{s}.yml", "--locale", l);
                Assert.Equal(render.Out, SiteFixtures.Utf8(Path.Combine(site, l, s + ".md")));
            }
        }
    }

    [Fact]
    public void Build_EveryPage_HasTheRequiredHead()
    {
        foreach (var page in Pages())
        {
            var text = SiteFixtures.Utf8(Path.Combine(site, page));
            Assert.StartsWith("<!doctype html>\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
            var doc = new HtmlParser().ParseDocument(text);
            var locale = page.Length > 2 && page[2] == '/' ? page[..2] : "en";
            var where = page + ": ";

            Assert.Equal(locale, doc.DocumentElement.GetAttribute("lang"));
            Assert.Equal("utf-8", doc.QuerySelector("meta[charset]")?.GetAttribute("charset"));
            Assert.Contains("width=device-width", doc.QuerySelector("meta[name=viewport]")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), where + "title");
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), where + "description");

            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "";
            Assert.StartsWith(BaseUrl, canonical, StringComparison.Ordinal);
            var expectedCanonical = BaseUrl + (page == "index.html" ? "" : page[..^"index.html".Length]);
            Assert.Equal(expectedCanonical, canonical);

            var alternates = doc.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(e => e.GetAttribute("hreflang")!, e => e.GetAttribute("href")!);
            Assert.Equal(["en", "id", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.All(alternates.Values, h => Assert.StartsWith(BaseUrl, h, StringComparison.Ordinal));
            Assert.Equal(canonical, page == "index.html" ? alternates["x-default"] : alternates[locale]);

            foreach (var og in new[] { "og:type", "og:title", "og:description", "og:url", "og:site_name" })
            {
                Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector($"meta[property='{og}']")?.GetAttribute("content")), where + og);
            }

            Assert.NotNull(doc.QuerySelector("header"));
            Assert.NotNull(doc.QuerySelector("nav"));
            Assert.NotNull(doc.QuerySelector("footer"));
            Assert.Equal("main", doc.QuerySelector("main")?.Id);
            Assert.Equal("#main", doc.QuerySelector("body > a.skip")?.GetAttribute("href"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.Equal(doc.All.Count(e => e.Id is { Length: > 0 }), doc.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());

            // No external requests: the only stylesheet is local, no script but the JSON-LD block.
            Assert.All(doc.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.EndsWith("assets/site.css", l.GetAttribute("href"), StringComparison.Ordinal));
            Assert.All(doc.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.DoesNotContain("//", l.GetAttribute("href"), StringComparison.Ordinal));
            Assert.All(doc.Scripts, s => Assert.Equal("application/ld+json", s.Type));
            Assert.Single(doc.Scripts);
            using var _ = JsonDocument.Parse(doc.Scripts[0].Text);
        }
    }

    [Fact]
    public void Build_BriefPage_HasALanguageSwitchAndNewsArticleJsonLd()
    {
        foreach (var l in Locales)
        {
            foreach (var s in Slugs)
            {
                var doc = new HtmlParser().ParseDocument(SiteFixtures.Utf8(Path.Combine(site, l, s, "index.html")));
                var other = l == "en" ? "id" : "en";
                var link = doc.QuerySelector($"nav a[hreflang={other}]");
                Assert.NotNull(link);
                Assert.Equal($"../../{other}/{s}/", link!.GetAttribute("href"));
                Assert.True(File.Exists(Path.Combine(site, other, s, "index.html")));

                using var json = JsonDocument.Parse(doc.Scripts[0].Text);
                var root = json.RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
                Assert.Equal(doc.QuerySelector("h1")!.TextContent, root.GetProperty("headline").GetString());
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("datePublished").GetString());
                Assert.Equal(l, root.GetProperty("inLanguage").GetString());
                Assert.StartsWith("https://", root.GetProperty("isBasedOn")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
                var translation = Assert.Single(root.GetProperty("workTranslation").EnumerateArray());
                Assert.Equal($"{BaseUrl}{other}/{s}/", translation.GetProperty("@id").GetString());
                Assert.Equal(other, translation.GetProperty("inLanguage").GetString());
            }
        }
    }

    [Fact]
    public void Build_Index_ListsBriefsNewestFirstWithDateAndLede()
    {
        foreach (var l in Locales)
        {
            var doc = new HtmlParser().ParseDocument(SiteFixtures.Utf8(Path.Combine(site, l, "index.html")));
            var items = doc.QuerySelectorAll("main article");
            Assert.Equal(NewestFirst.Select(s => s + "/"), items.Select(i => i.QuerySelector("h2 a")!.GetAttribute("href")));
            Assert.All(items, i => Assert.NotNull(i.QuerySelector("time[datetime]")));
            Assert.All(items, i => Assert.True(i.QuerySelectorAll("p").Length >= 2));
        }

        var chooser = new HtmlParser().ParseDocument(SiteFixtures.Utf8(Path.Combine(site, "index.html")));
        Assert.Equal(["en/", "id/"], chooser.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Build_Feeds_ParseAsAtomWithAnEntryPerBrief()
    {
        foreach (var l in Locales)
        {
            using var reader = XmlReader.Create(Path.Combine(site, l, "feed.xml"));
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(l, feed.Language);
            Assert.Equal(new DateTimeOffset(2026, 8, 17, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime); // the newest brief, gempa-ruteng-2026-08-17
            Assert.Equal(NewestFirst.Select(s => $"{BaseUrl}{l}/{s}/"), feed.Items.Select(i => i.Id));
            Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title.Text)));
            Assert.Contains(feed.Links, k => k.RelationshipType == "self" && k.Uri.AbsoluteUri == $"{BaseUrl}{l}/feed.xml");
        }
    }

    [Fact]
    public void Build_Sitemap_HasEveryPageWithHreflangAlternatesAndXDefault()
    {
        var doc = XDocument.Load(Path.Combine(site, "sitemap.xml"));
        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements().ToList();
        Assert.All(urls, u => Assert.Equal(Sm + "url", u.Name));
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        // Every HTML page of the site, section pages included.
        var pages = Directory.GetFiles(site, "index.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'));
        Assert.Equal(pages.Select(p => BaseUrl + p[..^"index.html".Length]).Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Superset(Pages().Select(p => BaseUrl + p[..^"index.html".Length]).ToHashSet(), locs.ToHashSet());
        foreach (var url in urls)
        {
            // Structure of the sitemap schema: loc first, then optional lastmod, then the xhtml links.
            Assert.Equal("loc", url.Elements().First().Name.LocalName);
            Assert.All(url.Elements(Sm + "lastmod"), m => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", m.Value));
            Assert.All(url.Elements(), e => Assert.True(e.Name == Sm + "loc" || e.Name == Sm + "lastmod" || e.Name == Xhtml + "link", e.Name.ToString()));
            var links = url.Elements(Xhtml + "link").ToList();
            Assert.All(links, k => Assert.Equal("alternate", (string?)k.Attribute("rel")));
            Assert.Equal(["en", "id", "x-default"], links.Select(k => (string)k.Attribute("hreflang")!).Order(StringComparer.Ordinal));
            Assert.Contains(links, k => (string)k.Attribute("href")! == url.Element(Sm + "loc")!.Value);
        }
    }

    [Fact]
    public void Build_Css_IsLocalSmallAndHasDarkModeAndPrint()
    {
        var css = SiteFixtures.Utf8(Path.Combine(site, "assets", "site.css"));
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.True(css.Length < 8192, $"site.css is {css.Length} bytes");
    }

    /// <summary>The tags of an example brief, as its facts file lists them (plain words, so also their folder names).</summary>
    private static IEnumerable<string> TagsOf(string slug) =>
        TagsLine().Match(File.ReadAllText(Path.Combine(RepoFiles.Root, "examples", "briefs", slug + ".yml"))) is { Success: true } m
            ? m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries)
            : [];

    [System.Text.RegularExpressions.GeneratedRegex(@"^tags: \[(.*)\]", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TagsLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(en|id)/(kind|tags|archive|page)/")]
    private static partial System.Text.RegularExpressions.Regex SectionFile();
}
