using System.Net;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>Issue 14, point 4: one broken facts file must not blank the desk's published preview.</summary>
public sealed class DeskBrokenBriefTests
{
    [Fact]
    public async Task Serve_WithOneBrokenFile_StillServesEveryHealthyBrief_AndTheBrokenOnesDiagnosticsInItsPlace()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = desk.Url };
        var second = Site.SiteFixtures.Story(1);
        desk.Dir.Write("briefs/rice-prices.yml", second);

        // Healthy: both published.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("site/en/rice-prices/")).StatusCode);
        var seedBefore = await http.GetStringAsync("site/en/deepseek-r1-training-cost/");

        // Break the seed (an unknown currency); rice-prices stays healthy.
        await File.WriteAllTextAsync(Path.Combine(desk.Briefs, "deepseek-r1-training-cost.yml"),
            DeskServerFixture.SeedText.Replace("currency: USD\n    qualifier: about", "currency: USX\n    qualifier: about", StringComparison.Ordinal));

        // The desk rebuilds when its file watcher has seen the change: wait for that, at most 20 s.
        await Until(async () => (await http.GetStringAsync("site/en/deepseek-r1-training-cost/")).Contains("NB1026", StringComparison.Ordinal));
        using var healthy = await http.GetAsync("site/en/rice-prices/");
        var healthyPage = await healthy.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Contains("Project B costs", healthyPage, StringComparison.Ordinal);
        foreach (var path in new[] { "site/", "site/en/", "site/id/rice-prices/", "site/en/rice-prices.md" })
        {
            Assert.True((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
        }

        using var broken = await http.GetAsync("site/en/deepseek-r1-training-cost/");
        var brokenPage = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("deepseek-r1-training-cost.yml:18:15", brokenPage, StringComparison.Ordinal);
        Assert.Contains("NB1026", brokenPage, StringComparison.Ordinal);
        Assert.NotEqual(seedBefore, brokenPage);

        // The published link of the broken brief leads to its review; the healthy one's to the site.
        Assert.Equal("/review/deepseek-r1-training-cost", (await http.GetAsync("published/en/deepseek-r1-training-cost/")).Headers.Location!.OriginalString);
        Assert.Equal("/site/en/rice-prices/", (await http.GetAsync("published/en/rice-prices/")).Headers.Location!.OriginalString);

        // Fixed: its page is published again.
        await File.WriteAllTextAsync(Path.Combine(desk.Briefs, "deepseek-r1-training-cost.yml"), DeskServerFixture.SeedText);
        await Until(async () => await http.GetStringAsync("site/en/deepseek-r1-training-cost/") == seedBefore);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the desk did not pick up the change in 20 s");
            await Task.Delay(100);
        }
    }
}
