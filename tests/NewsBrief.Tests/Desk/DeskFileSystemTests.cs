using System.Net;
using Microsoft.AspNetCore.Http;
using NewsBrief.Cli.Desk;
using NewsBrief.Tests.Cli;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// The desk against hostile folders (self-links, a link to a big tree, a named pipe called
/// <c>*.yml</c>) and its security headers on every kind of answer, errors included.
/// </summary>
public sealed class DeskFileSystemTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Serve_FolderWithSelfLinksAPipeAndALinkToABigTree_AnswersAndSaysWhatWasSkipped()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var desk = await DeskServerFixture.StartAsync();
        Directory.CreateSymbolicLink(Path.Combine(desk.Briefs, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(desk.Briefs, "b"), ".");
        Directory.CreateSymbolicLink(Path.Combine(desk.Briefs, "share"), "/usr/share");
        NonRegularFilesTests.MakeFifo(Path.Combine(desk.Briefs, "stuck.yml"));
        using var http = new HttpClient { BaseAddress = desk.Url, Timeout = Patience };

        var index = await http.GetStringAsync("/");
        var site = await http.GetAsync("/site/en/deepseek-r1-training-cost/");
        var review = await http.GetAsync("/review/deepseek-r1-training-cost");

        Assert.Contains("deepseek-r1-training-cost", index, StringComparison.Ordinal);
        foreach (var name in new[] { "a", "b", "share", "stuck.yml" })
        {
            Assert.Contains($"NB6010: <code>{name}</code> was skipped", index, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/review/stuck")).StatusCode);
    }

    [Fact]
    public async Task Serve_APipeInTemplates_ShowsNB4003InsteadOfHanging()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var desk = await DeskServerFixture.StartAsync();
        NonRegularFilesTests.MakeFifo(Path.Combine(desk.Dir.Path, "templates", "_shared", "stuck.md.sbn"));
        using var http = new HttpClient { BaseAddress = desk.Url, Timeout = Patience };

        var review = await http.GetStringAsync("/review/deepseek-r1-training-cost");
        var index = await http.GetAsync("/");

        Assert.Contains("NB4003", review, StringComparison.Ordinal);
        Assert.Contains("named pipe", review, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
    }

    [Fact]
    public async Task Serve_EveryAnswer_CarriesTheSecurityHeaders_AndACspForItsKind()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = desk.Url, Timeout = Patience };

        var answers = new Dictionary<string, HttpResponseMessage>(StringComparer.Ordinal);
        foreach (var target in new[] { "/", "/review/deepseek-r1-training-cost", "/site/", "/site/en/deepseek-r1-training-cost/", "/site/assets/site.css",
            "/site/en/feed.xml", "/files/deepseek-r1-training-cost.yml", "/nothing", "/published/en/deepseek-r1-training-cost/" })
        {
            answers[target] = await http.GetAsync(target);
        }

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/");
        foreign.Headers.Host = "evil.example";
        answers["foreign host"] = await http.SendAsync(foreign);
        using var events = await http.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        answers["/events"] = events;

        Assert.Equal(HttpStatusCode.BadRequest, answers["foreign host"].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answers["/nothing"].StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answers["/published/en/deepseek-r1-training-cost/"].StatusCode);
        foreach (var (target, answer) in answers)
        {
            Assert.True(answer.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Single() == "nosniff", target);
            Assert.True(answer.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", target);
            Assert.True(answer.Headers.TryGetValues("X-Frame-Options", out var frames) && frames.Single() == "DENY", target);
            var csp = Assert.Single(answer.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        }

        // The published pages: their own stylesheet, no script at all; the desk's pages: only their nonce'd script.
        var sitePolicy = answers["/site/en/deepseek-r1-training-cost/"].Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self'", sitePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", sitePolicy, StringComparison.Ordinal);
        Assert.Matches("script-src 'nonce-[A-Za-z0-9+/=]+'", answers["/"].Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("sandbox", answers["/files/deepseek-r1-training-cost.yml"].Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guard_AnExceptionInARoute_IsA500WithTheSecurityHeaders()
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("127.0.0.1");
        context.Response.Body = new MemoryStream();
        context.Response.Headers["X-Half-Done"] = "set by the route before it failed";

        await PreviewServer.Guard(context, _ => throw new OverflowException("Value was either too large or too small for a Decimal."));

        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal(PreviewServer.StrictPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", context.Response.Headers["Referrer-Policy"].ToString());
        Assert.Equal("DENY", context.Response.Headers.XFrameOptions.ToString());
        Assert.False(context.Response.Headers.ContainsKey("X-Half-Done"));
        context.Response.Body.Position = 0;
        Assert.Contains("OverflowException", new StreamReader(context.Response.Body).ReadToEnd(), StringComparison.Ordinal);
    }
}
