using System.Net;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// Numbers out of a decimal's range once made serve's index answer 500 (an OverflowException while
/// checking the figures); now they are a positioned NB1021 on the index and the review page.
/// </summary>
public sealed class DeskHostileNumberTests
{
    [Theory]
    [InlineData("amount: 9999999999999999999999999999")]
    [InlineData("amount: 0.0000000000000000000000000001")]
    public async Task Serve_NumberOutOfRange_IsADiagnosticNotA500(string amount)
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = desk.Url };
        var file = Path.Combine(desk.Briefs, "deepseek-r1-training-cost.yml");
        var seed = DeskServerFixture.SeedText;
        Assert.Contains("amount: 294000\n", seed, StringComparison.Ordinal); // the r1_cost figure, which has a reported amount and a rate
        await File.WriteAllTextAsync(file, seed.Replace("amount: 294000\n", amount + "\n", StringComparison.Ordinal));

        using var index = await http.GetAsync("/");
        using var review = await http.GetAsync("review/deepseek-r1-training-cost");

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("<td class=\"count errors\">1</td>", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("deepseek-r1-training-cost.yml:17:13", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
