using AngleSharp.Html.Parser;
using NewsBrief.Rendering.Html;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Tests.Rendering;

public sealed class MarkdownSafetyTests
{
    private static readonly MarkdownToHtmlConverter Converter = new();
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        foreach (var p in HostilePayloads.All)
        {
            data.Add(p);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Escape_HostileText_StaysOneParagraphOfLiteralText(string payload)
    {
        var html = Converter.Convert(MarkdownText.Escape(payload) + "\n");
        var document = Parser.ParseDocument(html);

        // Exactly one <p>, no other element at all: no links, images, emphasis, headings, tables.
        Assert.Equal(["P"], document.Body!.QuerySelectorAll("*").Select(e => e.TagName));
        Assert.Equal(MarkdownText.Fold(payload), document.Body.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Escape_InTableCell_KeepsTheTableShape(string payload)
    {
        var markdown = $"| a | b |\n| --- | --- |\n| {MarkdownText.Escape(payload)} | x |\n";
        var document = Parser.ParseDocument(Converter.Convert(markdown));

        // The first cell of a body row is the row's label (th scope=row), the second a td.
        var cells = document.QuerySelectorAll("tbody tr > th, tbody tr > td");
        Assert.Equal(2, cells.Length);
        Assert.Equal("row", cells[0].GetAttribute("scope"));
        Assert.Equal(MarkdownText.Fold(payload), cells[0].TextContent);
        Assert.Empty(document.QuerySelectorAll("script, img, a, iframe"));
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](&#106;avascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT&colon;alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![i](javascript:alert(1))")]
    [InlineData("[r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[d](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[v](vbscript:msgbox(1))")]
    [InlineData("[p](//evil.example/x)")]
    [InlineData("[f](file:///etc/passwd)")]
    public void Convert_UnescapedMarkdownLink_NeverEmitsAnUnsafeUrl(string markdown)
    {
        // Templates are trusted more than facts, but the pipeline still refuses unsafe URLs.
        var document = Parser.ParseDocument(Converter.Convert(markdown));

        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.True(u == "#" || SafeUrl.IsAllowed(u), u));
    }

    [Fact]
    public void Convert_RenderersReusedFromThePipelinesPool_KeepTheLinkAllowlist()
    {
        // Markdig pools its renderers; the allowlist is set up on each by the pipeline, not per call.
        // Many conversions on several threads, so renderers are created, reused and shared out.
        var results = new string[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = Converter.Convert(i % 2 == 0 ? "[a](javascript:alert(1)) and [b](https://ok.example/" + i + ")" : "plain text " + i));

        for (var i = 0; i < results.Length; i += 2)
        {
            var hrefs = Parser.ParseDocument(results[i]).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["#", "https://ok.example/" + i], hrefs);
        }

        Assert.All(Enumerable.Range(0, results.Length).Where(i => i % 2 == 1), i => Assert.Equal($"<p>plain text {i}</p>\n", results[i]));
    }

    [Fact]
    public void Convert_AttributeSyntaxAndRawHtml_StayText()
    {
        var html = Converter.Convert("# Title {onclick=alert(1)}\n\n<div onclick=\"x\">raw</div>\n\n[l](https://ok.example){onclick=alert(1)}\n");
        var document = Parser.ParseDocument(html);

        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"));
        Assert.Empty(document.QuerySelectorAll("div"));
        Assert.Contains("https://ok.example", document.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nature.com/", true)]
    [InlineData("http://example.com/a?b=c", true)]
    [InlineData("mailto:desk@example.com", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/relative", false)]
    [InlineData("https:evil", false)]
    [InlineData(" https://example.com", false)]
    [InlineData("ftp://example.com", false)]
    public void SafeUrl_AllowsOnlyAbsoluteHttpHttpsMailto(string url, bool allowed) =>
        Assert.Equal(allowed, SafeUrl.IsAllowed(url));
}
