using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// "The agency said ..." (the tsunami sentence, after the reporting agency's full name in the lede)
/// must never follow the sentence about another agency's magnitude: there it would read as that
/// other agency. The order of the secondary points varies with the slug, so every order is tried.
/// </summary>
public sealed class EarthquakeAgencyReferenceTests
{
    [Fact]
    public void TheAgency_NeverFollowsAnotherAgencysMagnitude_InAnyOrderOfThePoints()
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "gempa-ruteng-2026-08-17.yml"));
        var orders = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 24; i++)
        {
            var rendered = FinanceKindRender.Render($"gempa-ruteng-{i}", text);
            var en = rendered.Markdown["en"];
            var agency = en.IndexOf("The agency said", StringComparison.Ordinal);
            var other = en.IndexOf("The U.S. Geological Survey put the magnitude", StringComparison.Ordinal);
            Assert.True(agency > 0 && other > 0, en);
            Assert.True(agency < other, $"'The agency said' follows the USGS sentence in:\n{en}");
            orders.Add(string.Join("|", en.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal))));
        }

        Assert.True(orders.Count >= 2, "the slugs tried should give more than one order of the points");
    }
}
