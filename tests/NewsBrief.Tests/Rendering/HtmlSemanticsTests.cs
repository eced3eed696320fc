using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBrief.Rendering.Html;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// Issue 10, HTML semantics: dates as <c>&lt;time datetime&gt;</c>, the key-figures table captioned
/// and scoped, and <c>lang</c> on a source name left in another locale's language; on the pages
/// <c>build</c> writes and in <c>render --output html</c>, with the Markdown output unchanged.
/// </summary>
public sealed class HtmlSemanticsTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly MarkdownToHtmlConverter Converter = new();

    private static string Facts(string sourceName) => $"""
        date: 2025-09-18
        source:
          name: {sourceName}
          date: 2025-09-17
          url: https://example.com/
        figures:
          cost: {"{"} amount: 294000, currency: USD, label: {"{"} id: Biaya, en: Cost {"}"} {"}"}
          chips: {"{"} value: 512, unit: chip, label: {"{"} id: Chip, en: Chips {"}"} {"}"}
        headline:
          id: "Biaya {"{"}cost{"}"}"
          en: "Cost of {"{"}cost{"}"}"
        lede:
          id: "Biayanya {"{"}cost{"}"}."
          en: "It cost {"{"}cost{"}"}."
        events:
          - date: 2025-09-17
            text: {"{"} id: Hari, en: Day {"}"}
          - date: 2023
            text: {"{"} id: Tahun, en: Year {"}"}
          - date: 2024-05
            text: {"{"} id: Bulan, en: Month {"}"}
        """;

    private static (IDocument Html, string Markdown) Render(string facts, string locale)
    {
        using var dir = new TempDir();
        var file = dir.Write("story.yml", facts);
        var html = CliRunner.Run(RepoFiles.Root, "render", file, "--locale", locale, "--output", "html");
        Assert.True(html.ExitCode == 0, html.Error);
        var markdown = CliRunner.Run(RepoFiles.Root, "render", file, "--locale", locale);
        Assert.True(markdown.ExitCode == 0, markdown.Error);
        return (Parser.ParseDocument(html.Out), markdown.Out);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void RenderHtml_DatelineAndTimeline_AreTimeElementsWithTheIsoDateOfTheirPrecision(string locale)
    {
        var (html, markdown) = Render(Facts("Example Wire"), locale);

        var dateline = html.QuerySelector("h1 + p")!;
        Assert.Equal(["2025-09-18", "2025-09-17"], dateline.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        // The timeline in date order, each date with exactly its own precision.
        var timeline = html.QuerySelectorAll("li > strong > time");
        Assert.Equal(["2023", "2024-05", "2025-09-17"], timeline.Select(t => t.GetAttribute("datetime")));

        // Each element holds the date exactly as the Markdown writes it, and the Markdown has no marks.
        Assert.All(dateline.QuerySelectorAll("time"), t => Assert.Contains(t.TextContent, markdown.Split('\n')[2], StringComparison.Ordinal));
        Assert.All(timeline, t => Assert.Contains("- **" + t.TextContent + "**:", markdown, StringComparison.Ordinal));
        Assert.DoesNotContain("{time", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("{/", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Key figures", "Figure", "Value")]
    [InlineData("id", "Angka kunci", "Angka", "Nilai")]
    public void RenderHtml_KeyFigures_IsCaptionedByItsHeading_WithScopedHeaders_InALabelledScrollRegion(string locale, string caption, string figure, string value)
    {
        var (html, markdown) = Render(Facts("Example Wire"), locale);

        var table = Assert.Single(html.QuerySelectorAll("table"));
        // The heading moves into the caption: the table is named once and the heading stays in the outline.
        var heading = table.QuerySelector("caption > h2")!;
        Assert.Equal(caption, heading.TextContent);
        Assert.Single(html.QuerySelectorAll("h2"), h => h.TextContent == caption);
        Assert.Contains("## " + caption, markdown, StringComparison.Ordinal); // the Markdown keeps its heading

        Assert.Equal([figure, value], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(["th", "td"], row.Children.Select(c => c.LocalName));
            Assert.Equal("row", row.Children[0].GetAttribute("scope"));
        });
        Assert.Equal(locale == "en" ? ["Cost", "Chips"] : ["Biaya", "Chip"], rows.Select(r => r.Children[0].TextContent));

        var wrapper = table.ParentElement!;
        Assert.Equal("table-scroll", wrapper.ClassName);
        Assert.Equal("region", wrapper.GetAttribute("role"));
        Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        var caption1 = table.QuerySelector("caption")!;
        Assert.False(string.IsNullOrEmpty(caption1.Id));
        Assert.Equal(caption1.Id, wrapper.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void SiteCss_TableIsNotDisplayBlock_TheWrapperScrolls_RowLabelsAreNotStyledAsColumnHeaders()
    {
        var css = Regex.Replace(File.ReadAllText(RepoFiles.At("templates/_assets/site.css")), @"/\*.*?\*/", "", RegexOptions.Singleline);
        var rules = Regex.Matches(css, @"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}")
            .Select(m => (Selectors: m.Groups["selector"].Value.Split(',').Select(s => s.Trim()).ToList(), Body: m.Groups["body"].Value))
            .ToList();

        var table = rules.Where(r => r.Selectors.Contains("table")).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, r => Assert.DoesNotContain("display", r.Body, StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Selectors.Contains(".table-scroll") && r.Body.Contains("overflow-x: auto", StringComparison.Ordinal));
        // The column headers' small capitals are for the header row only: a row's label reads as text.
        Assert.DoesNotContain(rules, r => r.Selectors.Contains("th") && r.Body.Contains("text-transform", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Selectors.Contains("thead th") && r.Body.Contains("text-transform", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderHtml_SourceNameOnlyInIndonesian_IsMarkedLangIdOnTheEnglishPage_AndNotOnTheIndonesianOne()
    {
        var facts = Facts("{ id: Badan Pusat Statistik }");

        var (en, enMarkdown) = Render(facts, "en");
        var span = Assert.Single(en.QuerySelectorAll("[lang]"));
        Assert.Equal("span", span.LocalName);
        Assert.Equal("id", span.GetAttribute("lang"));
        Assert.Equal("Badan Pusat Statistik", span.TextContent);
        Assert.Equal("a", span.ParentElement!.LocalName); // still the source's link
        Assert.Contains("[Badan Pusat Statistik](<https://example.com/>)", enMarkdown, StringComparison.Ordinal);

        var (id, _) = Render(facts, "id");
        Assert.Empty(id.QuerySelectorAll("[lang]"));
        Assert.Contains("Badan Pusat Statistik", id.QuerySelector("h1 + p")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ id: Badan Pusat Statistik, en: Statistics Indonesia }", "Statistics Indonesia")]
    [InlineData("Nature", "Nature")] // one name for every locale: no language of its own to mark
    public void RenderHtml_SourceNameOfThePagesOwnLocaleOrOfNone_HasNoLang(string name, string shown)
    {
        var (en, _) = Render(Facts(name), "en");

        Assert.Empty(en.QuerySelectorAll("[lang]"));
        Assert.Equal(shown, en.QuerySelector("h1 + p a")!.TextContent);
    }

    [Fact]
    public void RenderHtml_NameLeftInEnglish_OnTheIndonesianPage_IsMarkedLangEn()
    {
        var (id, _) = Render(Facts("{ en: Reuters wire }"), "id");

        var span = Assert.Single(id.QuerySelectorAll("[lang]"));
        Assert.Equal("en", span.GetAttribute("lang"));
        Assert.Equal("Reuters wire", span.TextContent);
    }

    [Theory]
    [InlineData("{time=2025-13}x{/time}")] // no month 13
    [InlineData("{time=2025-09-17T10:00}x{/time}")]
    [InlineData("{time=2025}x")] // never closed
    [InlineData("{lang=i}x{/lang}")]
    [InlineData("{lang=id\" onclick=\"alert(1)}x{/lang}")]
    [InlineData("{lang=id onclick=alert(1)}x{/lang}")]
    [InlineData("{style=color:red}x{/style}")]
    [InlineData("{TIME=2025}x{/TIME}")]
    public void Convert_MarkWithAValueOrKindNotAllowed_IsPlainText(string markdown)
    {
        var document = Parser.ParseDocument(Converter.Convert(markdown + "\n"));

        Assert.Equal(["P"], document.Body!.QuerySelectorAll("*").Select(e => e.TagName));
        Assert.Equal(markdown, document.Body.TextContent.Trim());
    }

    [Theory]
    [InlineData("{time=2025-09-17}<b onclick=\"x\">17</b>{/time}", "time", "datetime", "2025-09-17", "<b onclick=\"x\">17</b>")]
    [InlineData("{lang=id}\\*Badan\\* \\[BPS\\]{/lang}", "span", "lang", "id", "*Badan* [BPS]")]
    [InlineData("{lang=zh-Hant}名字{/lang}", "span", "lang", "zh-Hant", "名字")]
    [InlineData("{time=2023}2023{/time}", "time", "datetime", "2023", "2023")]
    public void Convert_Mark_IsOneElementWithOneAttribute_AndItsTextStaysText(string markdown, string element, string attribute, string value, string text)
    {
        var document = Parser.ParseDocument(Converter.Convert(markdown + "\n"));

        var mark = Assert.Single(document.Body!.QuerySelectorAll("p > *"));
        Assert.Equal(element, mark.LocalName);
        Assert.Equal([attribute], mark.Attributes.Select(a => a.Name));
        Assert.Equal(value, mark.GetAttribute(attribute));
        Assert.Equal(text, mark.TextContent);
        Assert.Empty(mark.Children);
    }

    [Theory]
    [InlineData("Published {time=2025-09-18}Sept. 18, 2025{/time}", "Published Sept. 18, 2025")]
    [InlineData("[{lang=id}Badan{/lang}](<https://x.example/>)", "[Badan](<https://x.example/>)")]
    [InlineData("\\{time=2025\\}x{/time}", "\\{time=2025\\}x{/time}")] // an escaped brace opens nothing
    [InlineData("\\\\{time=2025}x{/time}", "\\\\x")] // an escaped backslash, then a real mark
    [InlineData("{time=2025-13}x{/time}", "{time=2025-13}x{/time}")]
    public void Strip_RemovesExactlyTheMarksTheConverterReads(string marked, string stripped)
    {
        Assert.Equal(stripped, SemanticMarks.Strip(marked));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Build_BriefPages_CarryTheSameSemantics(string locale)
    {
        using var dir = new TempDir();
        dir.Write("briefs/story.yml", Facts("{ id: Badan Pusat Statistik }"));
        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site");
        Assert.True(build.ExitCode == 0, build.Error);

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(dir.Path, "site", locale, "story", "index.html")));
        var article = page.QuerySelector("main article")!;
        Assert.Equal(["2025-09-18", "2025-09-17", "2023", "2024-05", "2025-09-17"], article.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.NotNull(article.QuerySelector("div.table-scroll > table > caption > h2"));
        Assert.All(article.QuerySelectorAll("tbody tr > :first-child"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(locale == "en" ? ["id"] : [], article.QuerySelectorAll("[lang]").Select(e => e.GetAttribute("lang")));
        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
    }
}
