using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// A story-kind brief on the desk (issue 11, point 8): its review page shows the generated texts of
/// both languages side by side, with the figures the kind's template wrote marked like any other.
/// </summary>
public sealed class DeskKindBriefTests
{
    [Fact]
    public async Task Serve_ReviewPage_ShowsAKindBriefsGeneratedTextsSideBySideWithFigureMarks()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        const string slug = "ihsg-close-2025-09-18";
        File.Copy(Path.Combine(RepoFiles.Examples, "briefs", slug + ".yml"), Path.Combine(desk.Briefs, slug + ".yml"));
        using var http = new HttpClient { BaseAddress = desk.Url };

        var page = await http.GetStringAsync("review/" + slug);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);

        var headline = document.QuerySelector("tr.headline");
        Assert.NotNull(headline);
        Assert.Contains("7.852,31", headline.QuerySelector("td[lang=id]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("7,852.31", headline.QuerySelector("td[lang=en]")!.TextContent, StringComparison.Ordinal);
        var lede = document.QuerySelector("tr.lede") ?? document.QuerySelectorAll("tr").First(r => r.TextContent.Contains("0,45 persen", StringComparison.Ordinal));
        Assert.Contains("Kamis (18/9/2025)", lede.QuerySelector("td[lang=id]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0.45%", lede.QuerySelector("td[lang=en]")!.TextContent, StringComparison.Ordinal);
        // The figures the template wrote as placeholders are marked with their stored values.
        var marks = document.QuerySelectorAll("td[lang=en] mark.fig").Select(m => m.GetAttribute("data-figure")).ToHashSet();
        Assert.Contains("close", marks);
        Assert.Contains("rupiah_close", marks);
        Assert.Empty(document.QuerySelectorAll("tr.mismatch"));
    }
}
