using NewsBrief.Tests.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10, last defect: an unfilled <c>new</c> skeleton (<c>TODO</c>) or <c>extract</c> draft
/// (<c>&lt;text&gt;</c>) passed <c>check --strict</c> and <c>build</c> published
/// <c>&lt;h1&gt;&amp;lt;text&amp;gt;&lt;/h1&gt;</c>. Both are errors with positions, and build refuses.
/// </summary>
public sealed class DraftMarkerTests : IDisposable
{
    private readonly TempDir dir = new();

    public DraftMarkerTests() => SiteFixtures.CopyProject(dir.Path);

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("<text>", 10, 8)]
    [InlineData("TODO headline", 10, 8)]
    public void Build_WithADraftMarkerInAHeadline_RefusesAndPointsAtIt(string marker, int line, int col)
    {
        var briefs = Path.Combine(dir.Path, "briefs");
        Directory.CreateDirectory(briefs);
        File.WriteAllText(Path.Combine(briefs, "draft.yml"), $"""
            date: 2025-09-18
            source:
              name: Nature
              url: https://www.nature.com/
            figures:
              cost:
                amount: 294000
                currency: USD
            headline:
              id: "{marker}"
              en: DeepSeek Spent {"{cost}"}
            lede:
              id: DeepSeek menghabiskan {"{cost}"}.
              en: DeepSeek spent {"{cost}"}.
            """);

        var check = CliRunner.Run(dir.Path, "check", "briefs", "--strict");
        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "out/site");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"draft.yml:{line}:{col}: error NB1044", check.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("NB1044", build.Error, StringComparison.Ordinal);
        var site = Path.Combine(dir.Path, "out", "site");
        var pages = Directory.Exists(site) ? Directory.GetFiles(site, "*", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(pages, p => File.ReadAllText(p).Contains("&lt;text&gt;", StringComparison.Ordinal) || File.ReadAllText(p).Contains("TODO", StringComparison.Ordinal));
    }
}
