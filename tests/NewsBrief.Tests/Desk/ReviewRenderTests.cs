using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Rendering.Templates;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// Review mode marks every figure for the review page's highlights, and only there: with the
/// markers removed it is byte for byte the normal render, and the normal render has none.
/// </summary>
public sealed class ReviewRenderTests
{
    private static readonly char[] Marks = [FigureMarks.Open, FigureMarks.Separator, FigureMarks.Close];

    private static (Workspace Workspace, FactFile Facts) Load(string text)
    {
        var bag = new DiagnosticBag();
        var workspace = Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
        var facts = workspace.ParseFacts(text, "story.yml", bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
        return (workspace, facts);
    }

    private static string Seed => File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"));

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void ReviewRender_WithoutMarkers_IsExactlyTheNormalRender(string locale)
    {
        var (workspace, facts) = Load(Seed);
        var bag = new DiagnosticBag();

        var normal = workspace.Renderer.Render(facts, locale, bag)!;
        var review = workspace.Renderer.RenderForReview(facts, locale, bag)!;

        Assert.False(bag.HasErrors);
        Assert.Equal(-1, normal.Markdown.IndexOfAny(Marks));
        Assert.Equal(-1, normal.Html.IndexOfAny(Marks));
        Assert.Equal(normal.Markdown, FigureMarks.Strip(review.Markdown));
        Assert.Equal(normal.Html, FigureMarks.Strip(review.Html));
    }

    [Fact]
    public void ReviewRender_MarksEveryFigureWithItsName()
    {
        var (workspace, facts) = Load(Seed);

        var review = workspace.Renderer.RenderForReview(facts, "en", new DiagnosticBag())!;

        foreach (var figure in facts.Figures)
        {
            Assert.Contains($"{FigureMarks.Open}{figure.Name}{FigureMarks.Separator}", review.Html, StringComparison.Ordinal);
        }

        // The headline's figure, written for the headline.
        Assert.Contains($"{FigureMarks.Open}r1_cost{FigureMarks.Separator}About $294,000{FigureMarks.Close}", review.Html, StringComparison.Ordinal);
        Assert.Equal(review.Html.Count(c => c == FigureMarks.Open), review.Html.Count(c => c == FigureMarks.Close));
    }

    [Fact]
    public void ReviewRender_DropsMarkerCharactersWrittenInFacts_SoEveryHighlightComesFromTheRenderer()
    {
        var spoof = Seed.Replace("en: DeepSeek Spent {r1_cost} to Train R1", "en: \"DeepSeek \\uE000chips\\uE001Spent\\uE002 {r1_cost} to Train R1\"", StringComparison.Ordinal);
        Assert.NotEqual(Seed, spoof);
        var (workspace, facts) = Load(spoof);

        var review = workspace.Renderer.RenderForReview(facts, "en", new DiagnosticBag())!;

        Assert.Contains("# DeepSeek chipsSpent " + FigureMarks.Open + "r1_cost", review.Markdown, StringComparison.Ordinal);
    }
}
