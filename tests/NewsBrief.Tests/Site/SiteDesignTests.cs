using AngleSharp.Html.Parser;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// Issue 14, points 8 and 9: the published pages read as news (a masthead with the site's name, a
/// section label, the headline, a dateline, a lede), and the chooser shows the name once with no
/// link to itself. How they look is checked in Chromium by SiteQualityTests (screenshots).
/// </summary>
public sealed class SiteDesignTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly string site;

    public SiteDesignTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml"))
        {
            dir.Write("briefs/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
        Assert.True(build.ExitCode == 0, build.Error);
        site = Path.Combine(dir.Path, "site");
    }

    public void Dispose() => dir.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, relative)));

    [Theory]
    [InlineData("en", "ai")]
    [InlineData("id", "ai")]
    public void BriefPage_HasAMasthead_ASectionLabel_TheHeadline_ADateline_AndALede(string locale, string section)
    {
        var doc = Page($"{locale}/deepseek-r1-training-cost/index.html");
        var article = doc.QuerySelector("main article.brief")!;
        var children = article.Children.ToList();

        Assert.Equal("NewsBrief", doc.QuerySelector("header.site .masthead .brand")!.TextContent);
        Assert.Equal("kicker", children[0].ClassName);
        Assert.Equal(section, children[0].TextContent);
        Assert.Equal("H1", children[1].TagName);
        Assert.Equal("P", children[2].TagName); // the dateline: date and source
        Assert.Contains(locale == "en" ? "Sept. 18, 2025" : "18 September 2025", children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal(doc.QuerySelector("meta[name=description]")!.GetAttribute("content"), children[3].TextContent); // the lede

        var css = File.ReadAllText(Path.Combine(site, "assets", "site.css"));
        Assert.Contains(".brief h1 + p {", css, StringComparison.Ordinal); // the dateline's style
        Assert.Contains(".brief h1 + p + p {", css, StringComparison.Ordinal); // the lede's
        Assert.Contains(".kicker {", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Chooser_ShowsTheSiteNameOnce_AndHasNoLinkToItself()
    {
        var doc = Page("index.html");
        var body = doc.Body!.TextContent;

        Assert.Equal(1, body.Split("NewsBrief").Length - 1);
        Assert.DoesNotContain(doc.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") is "" or "./" or "index.html" or "#");
        Assert.Equal("Choose a language", doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void OtherPages_FooterLinksToTheChooser()
    {
        var doc = Page("en/index.html");

        Assert.Contains(doc.QuerySelectorAll("footer.site a"), a => a.GetAttribute("href") == "../");
    }
}
