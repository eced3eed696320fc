using AngleSharp.Html.Parser;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Project;
using NewsBrief.Rendering.Templates;
using NewsBrief.Tests.CopyDesk;
using NewsBrief.Tests.Support;
using Scriban;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// The template model gives values by name beside the formatted texts, and the plain text the site's
/// titles, descriptions, feeds and JSON-LD use comes from the same render as the Markdown.
/// </summary>
public sealed class BriefModelTests
{
    private static FactFile Example(string slug)
    {
        var bag = new DiagnosticBag();
        var text = File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", slug + ".yml"));
        return CopyDeskStory.Workspace.ParseFacts(text, slug + ".yml", bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }

    private static string RenderWithModel(FactFile facts, string locale, string template)
    {
        var model = BriefModelBuilder.Build(facts, CopyDeskStory.Workspace.Renderer.FormatterFor(locale));
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(model);
        context.PushGlobal(new Scriban.Runtime.ScriptObject()); // the template's own variables
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Messages));
        return parsed.Render(context);
    }

    [Theory]
    [InlineData("id", "sekitar Rp4,87 miliar (US$294.000)|294000|USD|money|about")]
    [InlineData("en", "about $294,000|294000|USD|money|about")]
    public void FigureByName_GivesTheFormattedTextAndTheValues(string locale, string expected)
    {
        var facts = Example("deepseek-r1-training-cost");

        var written = RenderWithModel(facts, locale,
            "{{ f = brief.figure.r1_cost }}{{ f.prose }}|{{ f.number }}|{{ f.currency }}|{{ f.kind }}|{{ f.qualifier }}");

        Assert.Equal(expected, written);
    }

    [Fact]
    public void FigureNumbers_AreNumbers_SoTemplatesCanCompareThem()
    {
        var facts = Example("bi-rate-cut-2025-09-17");

        // A negative change reads as a cut without parsing formatted text.
        var written = RenderWithModel(facts, "en",
            "{{ for f in brief.figures }}{{ if f.kind == 'points' }}{{ f.name }}:{{ f.number < 0 ? 'cut' : 'rise' }} {{ end }}{{ end }}");

        Assert.Contains(":cut ", written, StringComparison.Ordinal);
        Assert.DoesNotContain(":rise ", written, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureByName_IsTheSameObjectAsTheListEntry()
    {
        var facts = Example("hajj-cost-2026");

        var written = RenderWithModel(facts, "en",
            "{{ for f in brief.figures }}{{ brief.figure[f.name].value == f.value && brief.figure[f.name].raw == f.raw }} {{ end }}");

        Assert.DoesNotContain("false", written, StringComparison.Ordinal);
        Assert.Equal(facts.Figures.Count, written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void FigureByName_UnknownName_IsATemplateError()
    {
        var facts = Example("deepseek-r1-training-cost");

        var e = Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => RenderWithModel(facts, "en", "{{ brief.figure.no_such_figure.value }}"));
        Assert.Contains("no_such_figure", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ExamplesAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file), "id");
            data.Add(Path.GetFileNameWithoutExtension(file), "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndLocales))]
    public void PlainHeadlineAndLede_SayWhatTheRenderedPageSays(string slug, string locale)
    {
        // The rich path (Markdown, then Markdig's HTML) and the plain path (titles, feeds, JSON-LD)
        // must agree word for word: the page's <h1> is the plain headline, its lede paragraph the plain lede.
        var facts = Example(slug);
        var bag = new DiagnosticBag();
        var rendered = CopyDeskStory.Workspace.Renderer.Render(facts, locale, bag)!;
        var texts = BriefTexts.Of(facts, new FigureFormatter(CopyDeskStory.Workspace.Renderer.FormatterFor(locale)));
        var html = new HtmlParser().ParseDocument("<body>" + rendered.Html + "</body>");

        Assert.Equal(html.QuerySelector("h1")!.TextContent, texts.Headline.Plain);
        Assert.Contains(html.QuerySelectorAll("p"), p => p.TextContent == texts.Lede.Plain);
        Assert.Equal(texts.Headline.Plain, RenderWithModel(facts, locale, "{{ brief.plain.headline }}"));
    }
}
