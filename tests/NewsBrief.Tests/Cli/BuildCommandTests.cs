using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Html.Parser;
using NewsBrief.Rendering.Html;
using NewsBrief.Tests.Rendering;
using NewsBrief.Tests.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary><c>newsbrief build</c>: hostile text, determinism, atomic failure, incremental rebuilds, CI output.</summary>
public sealed partial class BuildCommandTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly string facts;
    private readonly string site;

    public BuildCommandTests()
    {
        SiteFixtures.CopyProject(dir.Path);
        facts = Path.Combine(dir.Path, "briefs");
        site = Path.Combine(dir.Path, "out", "site");
    }

    public void Dispose() => dir.Dispose();

    private CliRunner.Result Build(params string[] extra) =>
        CliRunner.Run(dir.Path, ["build", "briefs", "--out", "out/site", .. extra]);

    [Fact]
    public void Build_HostileText_NeverBecomesMarkupInPagesFeedsSitemapOrJsonLd()
    {
        // Braces are placeholder syntax (rejected by the facts parser), so those payloads cannot reach a page.
        var payloads = HostilePayloads.All.Where(p => !p.Contains('{', StringComparison.Ordinal) && !p.Contains('}', StringComparison.Ordinal)).ToList();
        Directory.CreateDirectory(facts);
        for (var i = 0; i < payloads.Count; i++)
        {
            var q = JsonSerializer.Serialize(payloads[i]);
            var story = SiteFixtures.Story(i, payloads[i])
                .Replace("name: Example Wire " + i, "name: " + q, StringComparison.Ordinal)
                .Replace($"Project number {SiteFixtures.Code(i)} cost {{cost}} and involved {{people}}.", q, StringComparison.Ordinal)
                .Replace("label: { id: Biaya, en: Cost }", $"label: {{ id: {q}, en: {q} }}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(facts, $"hostile-{i}.yml"), story);
        }

        var result = Build();
        Assert.True(result.ExitCode == 0, result.Error);

        var fold = payloads.Select(NewsBrief.Rendering.Templates.MarkdownText.Fold).ToList();
        foreach (var page in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(page));
            // The one div a brief page may hold is the renderer's own scrolling wrapper of the key-figures table.
            Assert.Empty(doc.QuerySelectorAll("img, iframe, object, embed, svg, style, div:not(.table-scroll), blockquote, form"));
            Assert.All(doc.QuerySelectorAll("div"), d => Assert.Equal("table", d.FirstElementChild?.LocalName));
            Assert.All(doc.Scripts, s => Assert.Equal("application/ld+json", s.Type));
            Assert.True(doc.Scripts.Length == 1, page);
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"));
            Assert.All(doc.QuerySelectorAll("a[href]"), a =>
            {
                var href = a.GetAttribute("href")!;
                Assert.True(SafeUrl.IsAllowed(href) || (!href.Contains(':', StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal)), href);
            });

            using var json = JsonDocument.Parse(doc.Scripts[0].Text);
            Assert.DoesNotContain("<", doc.Scripts[0].Text, StringComparison.Ordinal);
            var match = HostileSlug().Match(page.Replace('\\', '/'));
            if (match.Success)
            {
                var payload = fold[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
                Assert.Equal(payload, json.RootElement.GetProperty("headline").GetString());
                Assert.Equal(payload, doc.QuerySelector("h1")!.TextContent);
                Assert.Equal(payload, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
                Assert.StartsWith(payload, doc.Title, StringComparison.Ordinal);
            }
        }

        foreach (var feedPath in Directory.GetFiles(site, "feed.xml", SearchOption.AllDirectories))
        {
            using var reader = XmlReader.Create(feedPath);
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            Assert.Equal(payloads.Count, feed.Items.Count());
            Assert.All(feed.Items, i => Assert.Contains(i.Title.Text, fold));
            Assert.All(feed.Items, i => Assert.Equal("text", i.Title.Type));
        }

        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(site, "sitemap.xml"));
        Assert.All(sitemap.Descendants(), e => Assert.True(e.Name.LocalName is "urlset" or "url" or "loc" or "lastmod" or "link", e.Name.ToString()));
    }

    [Fact]
    public void Build_Twice_AndWithOneOrFourJobs_GivesIdenticalBytes()
    {
        SiteFixtures.WriteStories(facts, 40);
        Assert.Equal(0, Build("--jobs", "4").ExitCode);
        var first = SiteFixtures.Tree(site);
        Directory.Delete(site, recursive: true);
        Assert.Equal(0, Build("--jobs", "1").ExitCode);
        var second = SiteFixtures.Tree(site);
        Directory.Delete(site, recursive: true);
        Assert.Equal(0, Build().ExitCode);

        Assert.Equal(first, second);
        Assert.Equal(first, SiteFixtures.Tree(site));
        // Per brief two pages and two Markdown files; the chooser, sitemap, CSS, manifest and section
        // fingerprints; per locale its feed and front page, the kind section's page and feed, and two
        // months' archives (the 40 stories are dated January and February 2024).
        Assert.Equal((40 * 4) + 5 + (2 * 6), first.Count);
    }

    [Fact]
    public void Build_BadFilesAmongMany_ReportsEveryOneAndLeavesThePreviousSiteUntouched()
    {
        SiteFixtures.WriteStories(facts, 30);
        Assert.Equal(0, Build().ExitCode);
        var before = SiteFixtures.Tree(site);

        File.WriteAllText(Path.Combine(facts, "story-0003.yml"), SiteFixtures.Story(3).Replace("currency: IDR", "currency: USX", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(facts, "story-0017.yml"), "date: 2025-13-40\n");
        File.WriteAllText(Path.Combine(facts, "story-0029.yml"), SiteFixtures.Story(29).Replace("{cost}", "{nope}", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(facts, "story-0010.yml"), SiteFixtures.Story(99)); // still valid: the site would change

        var result = Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"story-0003\.yml:\d+:\d+: error NB1", result.Error);
        Assert.Matches(@"story-0017\.yml:\d+:\d+: error NB1", result.Error);
        Assert.Matches(@"story-0029\.yml:\d+:\d+: error NB1", result.Error);
        Assert.DoesNotContain("story-0010", result.Error, StringComparison.Ordinal);
        Assert.Contains("unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    [Fact]
    public void Build_LayoutFailingWhileRendering_ExitsOneAndLeavesThePreviousSiteUntouched()
    {
        SiteFixtures.WriteStories(facts, 5);
        Assert.Equal(0, Build().ExitCode);
        var before = SiteFixtures.Tree(site);

        // Fails only after staging has been written to: at the first brief page.
        var layout = Path.Combine(dir.Path, "templates", "_layouts", "page.html.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ brief.html }}", "{{ brief.html }}{{ no_such_value }}", StringComparison.Ordinal));
        var result = Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Single(Regex.Matches(result.Error, @"templates/_layouts/page\.html\.sbn:\d+:\d+: error NB4002: "));
        Assert.Equal(before, SiteFixtures.Tree(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    [Fact]
    public void Build_FormatGithub_PrintsAnAnnotationPerBadFile()
    {
        SiteFixtures.WriteStories(facts, 3);
        File.WriteAllText(Path.Combine(facts, "story-0001.yml"), "date: 2025-13-40\n");
        File.WriteAllText(Path.Combine(facts, "story-0002.yml"), "date: nope\n");

        var result = Build("--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"::error file=briefs/story-0001\.yml,line=\d+,col=\d+,title=NB1\d{3}::", result.Out);
        Assert.Matches(@"::error file=briefs/story-0002\.yml,line=\d+,col=\d+,title=NB1\d{3}::", result.Out);
        Assert.False(Directory.Exists(site));
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    [Fact]
    public void Build_DuplicateSlugsInTwoFolders_IsAnErrorNamingBoth()
    {
        Directory.CreateDirectory(Path.Combine(facts, "a"));
        Directory.CreateDirectory(Path.Combine(facts, "b"));
        File.WriteAllText(Path.Combine(facts, "a", "same-story.yml"), SiteFixtures.Story(1));
        File.WriteAllText(Path.Combine(facts, "b", "same-story.yml"), SiteFixtures.Story(2));

        var result = Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NB6004", result.Error, StringComparison.Ordinal);
        Assert.Contains("briefs/a/same-story.yml", result.Error, StringComparison.Ordinal);
        Assert.Contains("briefs/b/same-story.yml", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Build_IntoAFolderThatIsNotASite_RefusesAndTouchesNothing()
    {
        SiteFixtures.WriteStories(facts, 2);
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "thesis.txt"), "precious");

        var result = Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NB6005", result.Error, StringComparison.Ordinal);
        Assert.Equal(["thesis.txt"], Directory.GetFileSystemEntries(site).Select(Path.GetFileName));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(Path.GetDirectoryName(site)!).Select(Path.GetFileName)); // not even a lock file
    }

    [Fact]
    public void Build_NotOnATerminal_PrintsOneSummaryLine()
    {
        SiteFixtures.WriteStories(facts, 3);
        var result = Build("--base-url", "https://news.example.org/");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Matches(@"^newsbrief build: 3 briefs, 13 pages in \d+\.\d\d s \(3 rendered, 0 unchanged; 3 facts files parsed\)\.\n$", result.Error);
    }

    [Fact]
    public void Build_OnATerminal_ShowsAProgressBarThenTheSummary()
    {
        SiteFixtures.WriteStories(facts, 3);

        var result = CliRunner.Run(dir.Path, terminal: true, ci: false, "build", "briefs", "--out", "out/site", "--base-url", "https://news.example.org/");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\r[", result.Error, StringComparison.Ordinal);
        Assert.Contains("100% 3/3 briefs", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"\r\u001b\[2Knewsbrief build: 3 briefs, 13 pages in \d+\.\d\d s \(3 rendered, 0 unchanged; 3 facts files parsed\)\.\n$", result.Error);
    }

    [Fact]
    public void Build_OnATerminalUnderCi_StaysQuiet()
    {
        SiteFixtures.WriteStories(facts, 3);

        var result = CliRunner.Run(dir.Path, terminal: true, ci: true, "build", "briefs", "--out", "out/site", "--base-url", "https://news.example.org/");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^newsbrief build: 3 briefs, 13 pages in \d+\.\d\d s \(3 rendered, 0 unchanged; 3 facts files parsed\)\.\n$", result.Error);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative/")]
    [InlineData("https://example.org/?q=1")]
    public void Build_BadBaseUrl_IsAUsageError(string url)
    {
        SiteFixtures.WriteStories(facts, 1);
        Assert.Equal(2, Build("--base-url", url).ExitCode);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Build_AfterEditingOneFactsFile_RerendersOnlyThatBriefAndEqualsACleanBuild()
    {
        SiteFixtures.WriteStories(facts, 12);
        Assert.Equal(0, Build().ExitCode);

        File.WriteAllText(Path.Combine(facts, "story-0005.yml"), SiteFixtures.Story(5).Replace($"Project {SiteFixtures.Code(5)} costs", "Project five costs", StringComparison.Ordinal));
        var incremental = Build();
        Assert.True(incremental.ExitCode == 0, incremental.Error);
        Assert.Contains("(1 rendered, 11 unchanged; 1 facts file parsed)", incremental.Error, StringComparison.Ordinal);
        var incrementalTree = SiteFixtures.Tree(site);
        Assert.Contains("Project five costs", File.ReadAllText(Path.Combine(site, "en", "story-0005.md")), StringComparison.Ordinal);

        var unchanged = Build();
        Assert.Contains("(0 rendered, 12 unchanged; 0 facts files parsed)", unchanged.Error, StringComparison.Ordinal);

        Directory.Delete(site, recursive: true);
        var clean = Build();
        Assert.Contains("(12 rendered, 0 unchanged; 12 facts files parsed)", clean.Error, StringComparison.Ordinal);
        Assert.Equal(SiteFixtures.Tree(site), incrementalTree);
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    [Fact]
    public void Build_AfterATemplateOrLocaleChange_RerendersEveryBrief()
    {
        SiteFixtures.WriteStories(facts, 4);
        Assert.Equal(0, Build().ExitCode);

        File.AppendAllText(Path.Combine(dir.Path, "templates", "en", "brief.md.sbn"), "\nEdited.\n");
        var afterTemplate = Build();
        Assert.Contains("(4 rendered, 0 unchanged; 4 facts files parsed)", afterTemplate.Error, StringComparison.Ordinal);
        Assert.Contains("Edited.", File.ReadAllText(Path.Combine(site, "en", "story-0001.md")), StringComparison.Ordinal);

        var locale = Path.Combine(dir.Path, "locales", "id.yml");
        File.WriteAllText(locale, File.ReadAllText(locale).Replace("published: Terbit", "published: Diterbitkan", StringComparison.Ordinal));
        var afterLocale = Build();
        Assert.Contains("(4 rendered, 0 unchanged; 4 facts files parsed)", afterLocale.Error, StringComparison.Ordinal);
        Assert.Contains("Diterbitkan", File.ReadAllText(Path.Combine(site, "id", "story-0001.md")), StringComparison.Ordinal);

        var otherUrl = Build("--base-url", "https://other.example.org/");
        Assert.Contains("(4 rendered, 0 unchanged; 4 facts files parsed)", otherUrl.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Rebuilds_ParseOnlyNewOrChangedFactsFiles()
    {
        SiteFixtures.WriteStories(facts, 6);
        Assert.Contains("(6 rendered, 0 unchanged; 6 facts files parsed)", Build().Error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(facts, "story-0002.yml"), SiteFixtures.Story(2).Replace($"Project {SiteFixtures.Code(2)} costs", "Project two costs", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(facts, "story-0100.yml"), SiteFixtures.Story(100));
        var rebuild = Build();
        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        Assert.Contains("(2 rendered, 5 unchanged; 2 facts files parsed)", rebuild.Error, StringComparison.Ordinal);
        Assert.Contains("(0 rendered, 7 unchanged; 0 facts files parsed)", Build().Error, StringComparison.Ordinal);
        Assert.Contains("Project two costs", File.ReadAllText(Path.Combine(site, "en", "index.html")), StringComparison.Ordinal);
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
    }

    [Fact]
    public void Build_WithTheSameBriefsAndDates_LinksThePreviousSitemap_ElseComposesItAgain()
    {
        SiteFixtures.WriteStories(facts, 5);
        Assert.Equal(0, Build().ExitCode);
        var sitemap = Path.Combine(site, "sitemap.xml");
        // A mark appended in place (same file) shows whether a rebuild linked the file or wrote a new one.
        const string Mark = "<!-- the previous build's file -->\n";
        File.AppendAllText(sitemap, Mark);

        // A text edit: the same briefs with the same dates, so the same sitemap.
        File.WriteAllText(Path.Combine(facts, "story-0002.yml"), SiteFixtures.Story(2).Replace($"Project {SiteFixtures.Code(2)} costs", "Project two costs", StringComparison.Ordinal));
        var textEdit = Build();
        Assert.True(textEdit.ExitCode == 0, textEdit.Error);
        Assert.EndsWith(Mark, File.ReadAllText(sitemap), StringComparison.Ordinal);

        // A new date for one brief: composed again, with that date.
        File.WriteAllText(Path.Combine(facts, "story-0002.yml"), SiteFixtures.Story(2).Replace("date: 2024-01-03", "date: 2024-06-30", StringComparison.Ordinal));
        var dateEdit = Build();
        Assert.True(dateEdit.ExitCode == 0, dateEdit.Error);
        var text = File.ReadAllText(sitemap);
        Assert.DoesNotContain(Mark, text, StringComparison.Ordinal);
        Assert.Contains("<lastmod>2024-06-30</lastmod>", text, StringComparison.Ordinal);
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));

        // A new brief: composed again, listing it.
        File.AppendAllText(sitemap, Mark);
        File.WriteAllText(Path.Combine(facts, "story-0009.yml"), SiteFixtures.Story(9));
        Assert.Equal(0, Build().ExitCode);
        text = File.ReadAllText(sitemap);
        Assert.DoesNotContain(Mark, text, StringComparison.Ordinal);
        Assert.Contains("/en/story-0009/", text, StringComparison.Ordinal);

        // With the previous sitemap gone, a rebuild that would link it composes it instead.
        File.Delete(sitemap);
        var noSitemap = Build();
        Assert.True(noSitemap.ExitCode == 0, noSitemap.Error);
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited")]
    [InlineData("foreign")]
    public void Build_WithACorruptManifest_IsACleanBuildWithTheSameBytes(string damage)
    {
        SiteFixtures.WriteStories(facts, 5);
        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(0, Build().ExitCode); // now a previous site is kept for recycling too
        var manifest = Path.Combine(site, ".newsbrief", "manifest.json");
        var text = File.ReadAllText(manifest);
        var corrupt = damage switch
        {
            "truncated" => text[..(text.Length / 2)],
            "edited" => text.Replace($"Project {SiteFixtures.Code(3)} costs", "Project 3 costz", StringComparison.Ordinal), // valid JSON, wrong content
            _ => text.Replace(NewsBrief.Site.BuildManifest.Format, "newsbrief-site-manifest/1", StringComparison.Ordinal),
        };
        Assert.NotEqual(text, corrupt);
        File.Delete(manifest); // a new file: the kept previous site shares no bytes with it
        File.WriteAllText(manifest, corrupt);

        var rebuild = Build();

        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        Assert.Contains("(5 rendered, 0 unchanged; 5 facts files parsed)", rebuild.Error, StringComparison.Ordinal);
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
    }

    [Fact]
    public void Build_AfterRemovingAFactsFile_DropsItFromPagesIndexesFeedsAndSitemap()
    {
        SiteFixtures.WriteStories(facts, 5);
        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(0, Build().ExitCode);
        File.Delete(Path.Combine(facts, "story-0003.yml"));

        var rebuild = Build();

        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        Assert.Contains("(0 rendered, 4 unchanged; 0 facts files parsed)", rebuild.Error, StringComparison.Ordinal);
        var tree = SiteFixtures.Tree(site);
        Assert.DoesNotContain(tree.Keys, k => k.Contains("story-0003", StringComparison.Ordinal));
        foreach (var file in new[] { "en/index.html", "id/index.html", "en/feed.xml", "id/feed.xml", "sitemap.xml", ".newsbrief/manifest.json" })
        {
            var text = File.ReadAllText(Path.Combine(site, file));
            Assert.DoesNotContain("story-0003", text, StringComparison.Ordinal);
            Assert.Contains("story-0004", text, StringComparison.Ordinal);
        }

        Assert.Equal(CleanTree(), tree);
    }

    [Fact]
    public void Build_LeftoversOfEarlierBuilds_AreRemovedAndNeverPublished()
    {
        SiteFixtures.WriteStories(facts, 4);
        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(0, Build().ExitCode);
        var kept = Assert.Single(SiteFixtures.Previous(site));

        // Things a build must not publish: in the kept previous site (which the next rebuild recycles)
        // and in folders that look like what a killed build or swap leaves.
        File.WriteAllText(Path.Combine(kept, "CNAME"), "stray");
        File.WriteAllText(Path.Combine(kept, "en", "stray.html"), "stray");
        Directory.CreateDirectory(Path.Combine(kept, "en", "story-9999"));
        File.WriteAllText(Path.Combine(kept, "en", "story-9999", "index.html"), "removed brief");
        File.WriteAllText(Path.Combine(kept, "sitemap.xml") + ".bak", "stray");
        var parent = Path.GetDirectoryName(site)!;
        foreach (var leftover in new[] { ".site.staging-dead01", ".site.old-dead02", ".site.aside-dead03" })
        {
            Directory.CreateDirectory(Path.Combine(parent, leftover, "en"));
            File.WriteAllText(Path.Combine(parent, leftover, "en", "index.html"), "leftover");
        }

        var rebuild = Build();

        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        Assert.Empty(SiteFixtures.Leftovers(site));
        var previous = Assert.Single(SiteFixtures.Previous(site));
        Assert.NotEqual(kept, previous);
        Assert.False(Directory.Exists(kept));
        Assert.All(new[] { ".site.staging-dead01", ".site.old-dead02", ".site.aside-dead03" }, l => Assert.False(Directory.Exists(Path.Combine(parent, l))));
        Assert.True(File.Exists(Path.Combine(parent, ".site.lock"))); // the build lock's file is no leftover
        Assert.Equal(CleanTree(), SiteFixtures.Tree(site));
    }

    [Fact]
    public void Build_AfterDeletingTheSite_IsACleanBuildAndDropsThePreviousSite()
    {
        SiteFixtures.WriteStories(facts, 3);
        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(0, Build().ExitCode);
        var before = Assert.Single(SiteFixtures.Previous(site));
        Directory.Delete(site, recursive: true);

        var clean = Build();

        Assert.Contains("(3 rendered, 0 unchanged; 3 facts files parsed)", clean.Error, StringComparison.Ordinal);
        // The previous site is gone; what is kept is the clean build's spare twin of its own pages
        // (for the first rebuild to recycle), holding exactly the new site's brief pages and manifest
        // (not the section fingerprints: section files are linked from the live site, never recycled).
        var kept = Assert.Single(SiteFixtures.Previous(site));
        Assert.NotEqual(before, kept);
        Assert.Equal(SiteFixtures.Tree(site).Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal) || f.Key.Contains("/story-", StringComparison.Ordinal) || f.Key == ".newsbrief/manifest.json"),
            SiteFixtures.Tree(kept));
        Assert.Empty(SiteFixtures.Leftovers(site));
    }

    /// <summary>The tree a clean build of the current facts writes (into a fresh folder next to the site).</summary>
    private SortedDictionary<string, string> CleanTree() => SiteFixtures.CleanTree(dir.Path);

    [GeneratedRegex(@"/hostile-(\d+)/index\.html$")]
    private static partial Regex HostileSlug();
}
