using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Rendering.Templates;
using NewsBrief.Tests.CopyDesk;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// A site build renders each brief's headline and lede for its summary, then continues that render
/// into the whole brief (<see cref="BriefTexts.Whole"/>) instead of rendering them again. The result
/// must be what a render from scratch gives, byte for byte: the renderer remembers which figures it
/// has written (a money figure's equivalent is given on first mention only), so points rendered by a
/// fresh renderer after a summary would read differently.
/// </summary>
public sealed class SummaryContinuationTests
{
    private const string Repeated = "deepseek-r1-training-cost+repeated";

    public static TheoryData<string, string> ExamplesAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml").Order(StringComparer.Ordinal))
        {
            foreach (var locale in new[] { "en", "id" })
            {
                data.Add(Path.GetFileNameWithoutExtension(file), locale);
            }
        }

        // An example whose lede and a later point both write a money figure: its equivalent in the
        // other currency is given on first mention only, so the point depends on what the summary wrote.
        data.Add(Repeated, "en");
        data.Add(Repeated, "id");
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndLocales))]
    public void ContinuedSummary_GivesTheTextsOfAWholeRender(string slug, string locale)
    {
        var facts = Example(slug);
        var figures = new FigureFormatter(CopyDeskStory.Workspace.Renderer.FormatterFor(locale));
        var whole = BriefTexts.Of(facts, figures);
        var summary = BriefTexts.Of(facts, figures, summaryOnly: true);

        var continued = summary.Whole()!;

        Assert.Equal(whole.Headline, continued.Headline);
        Assert.Equal(whole.Lede, continued.Lede);
        Assert.Equal(whole.Points, continued.Points);
        Assert.Equal(whole.Events.Select(e => (e.Event, e.Text)), continued.Events.Select(e => (e.Event, e.Text)));
        Assert.Same(continued, summary.Whole()); // continued once; asked again, the same texts
    }

    [Theory]
    [MemberData(nameof(ExamplesAndLocales))]
    public void RenderFromSummary_WritesTheSameBrief(string slug, string locale)
    {
        var facts = Example(slug);
        var renderer = CopyDeskStory.Workspace.Renderer;
        var summary = BriefTexts.Of(facts, new FigureFormatter(renderer.FormatterFor(locale)), summaryOnly: true);
        var bag = new DiagnosticBag();

        var fromScratch = renderer.Render(facts, locale, bag)!;
        var fromSummary = renderer.Render(facts, locale, bag, summary)!;

        Assert.Empty(bag.Sorted());
        Assert.Equal(fromScratch.Markdown, fromSummary.Markdown);
        Assert.Equal(fromScratch.Html, fromSummary.Html);
    }

    [Fact]
    public void OnlyAnUnmarkedSummary_Continues()
    {
        var facts = Example("hajj-cost-2026");
        var figures = new FigureFormatter(CopyDeskStory.Workspace.Renderer.FormatterFor("en"));

        Assert.Null(BriefTexts.Of(facts, figures).Whole()); // already whole
        Assert.Null(BriefTexts.Of(facts, figures, markFigures: true, summaryOnly: true).Whole()); // review marks: not what a page shows
        Assert.NotNull(BriefTexts.Of(facts, figures, summaryOnly: true).Whole());
    }

    [Fact]
    public void RepeatedCase_ReadsDifferentlyWhenItsPointsAreRenderedAfresh()
    {
        const string locale = "id"; // the Indonesian text gives the rupiah amount's US-dollar equivalent: "sekitar Rp4,87 miliar (US$294.000)"
        // What the continuation guards against: a fresh renderer for the points forgets what the
        // headline and lede wrote. Were no case to show it, the tests above could not fail.
        var facts = Example(Repeated);
        var figures = new FigureFormatter(CopyDeskStory.Workspace.Renderer.FormatterFor(locale));
        var whole = BriefTexts.Of(facts, figures);
        var afresh = new FactTextRenderer(figures, facts);
        var points = facts.Points.Select(p => p.For(locale)).OfType<LocatedText>().Select(p => afresh.RenderBoth(p, TextStyle.Prose));

        Assert.NotEqual(whole.Points, points);
    }

    private static FactFile Example(string slug)
    {
        var bag = new DiagnosticBag();
        var repeated = slug == Repeated;
        slug = repeated ? "deepseek-r1-training-cost" : slug;
        var text = File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", slug + ".yml"));
        if (repeated)
        {
            text = text.Replace("points:\n", "points:\n  - id: Biaya {r1_cost} itu kecil.\n    en: The {r1_cost} was small.\n", StringComparison.Ordinal);
            Assert.Contains("itu kecil", text);
        }

        return CopyDeskStory.Workspace.ParseFacts(text, slug + ".yml", bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }
}
