using System.Net;
using NewsBrief.Cli.Desk;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// The preview server: loopback only, files only from under the served folder (path traversal in
/// every encoding and symbolic links out of the tree get 404 and never the file), and it keeps
/// serving through an invalid facts file, showing the diagnostics, then recovers.
/// </summary>
public sealed class DeskServerTests
{
    private const string Secret = "TOP-SECRET-4f1c2e: must never be served";

    [Fact]
    public async Task Serve_RefusesPathTraversal_InEveryEncoding_AndSymlinksOutOfTheTree()
    {
        await using var desk = await DeskServerFixture.StartAsync();

        // A secret next to the served folder, a symbolic link inside it pointing at the secret,
        // and a linked folder pointing outside.
        var secret = desk.Dir.Write("secret.txt", Secret);
        File.CreateSymbolicLink(Path.Combine(desk.Briefs, "leak.yml"), secret);
        Directory.CreateDirectory(Path.Combine(desk.Dir.Path, "outside"));
        File.WriteAllText(Path.Combine(desk.Dir.Path, "outside", "secret.yml"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(desk.Briefs, "linked"), Path.Combine(desk.Dir.Path, "outside"));
        File.WriteAllText(Path.Combine(desk.Briefs, ".hidden.yml"), Secret);

        string[] attempts =
        [
            "/files/../secret.txt",
            "/files/..%2fsecret.txt",
            "/files/..%2Fsecret.txt",
            "/files/%2e%2e/secret.txt",
            "/files/%2E%2E%2Fsecret.txt",
            "/files/%252e%252e%252fsecret.txt",
            "/files/%25252e%25252e%25252fsecret.txt",
            "/files/..\\secret.txt",
            "/files/..%5csecret.txt",
            "/files/%2fetc%2fpasswd",
            "/files//etc/passwd",
            "/files/" + Uri.EscapeDataString(Path.Combine(desk.Dir.Path, "secret.txt")),
            "/files/C:%5cWindows%5cwin.ini",
            "/files/leak.yml",
            "/files/linked/secret.yml",
            "/files/linked%2fsecret.yml",
            "/files/./leak.yml",
            "/files/.hidden.yml",
            "/files/deepseek-r1-training-cost.yml/../../secret.txt",
            "/files/%c0%ae%c0%ae/secret.txt",
            "/files/\uff0e\uff0e/secret.txt".Replace("\uff0e", "%EF%BC%8E", StringComparison.Ordinal),
            "/files/..%00/secret.txt",
            "/../secret.txt",
            "/review/..%2f..%2fsecret",
            "/published/en/..%2f..%2fsecret/",
        ];

        foreach (var target in attempts)
        {
            var (status, body) = await desk.RawGetAsync(target);

            Assert.True(status is 404 or 400, $"{target} → {status}");
            Assert.DoesNotContain("TOP-SECRET", body, StringComparison.Ordinal);
        }

        // The control: a real file under the folder is served, as text.
        var ok = await desk.RawGetAsync("/files/deepseek-r1-training-cost.yml");
        Assert.Equal(200, ok.Status);
        Assert.Contains("r1_cost:", ok.Body, StringComparison.Ordinal);
        Assert.True(attempts.Length >= 10);
    }

    [Fact]
    public void SafeFiles_RefusesEveryTraversalShape()
    {
        using var dir = new TempDir();
        dir.Write("root/a.yml", "a: 1");
        var root = Path.Combine(dir.Path, "root");

        Assert.NotNull(SafeFiles.Resolve(root, "a.yml"));
        foreach (var bad in new[] { "..", "../a.yml", "%2e%2e/root/a.yml", "%252e%252e%252froot%252fa.yml", "/a.yml", "a.yml/", "\\a.yml", "C:a.yml", "a.yml%00", "./a.yml", "" })
        {
            Assert.Null(SafeFiles.Resolve(root, bad));
        }
    }

    [Fact]
    public async Task Serve_AnswersOnlyToLoopbackHostNames()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, desk.Url);
        request.Headers.Host = "attacker.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("http://127.0.0.1:", desk.Server.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_KeepsServingAnInvalidFile_ShowsItsDiagnostic_ThenRecovers()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = desk.Url };
        var file = Path.Combine(desk.Briefs, "deepseek-r1-training-cost.yml");
        var review = "review/deepseek-r1-training-cost";

        var before = await http.GetStringAsync(review);
        Assert.Contains("data-figure=\"r1_cost\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"diagnostics\"", before, StringComparison.Ordinal);

        // A typo an editor makes: an unknown currency.
        await File.WriteAllTextAsync(file, DeskServerFixture.SeedText.Replace("currency: USD\n    qualifier: about", "currency: USX\n    qualifier: about", StringComparison.Ordinal));
        using var broken = await http.GetAsync(review);
        var brokenPage = await broken.Content.ReadAsStringAsync();
        var index = await http.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("NB1026", brokenPage, StringComparison.Ordinal);
        Assert.Contains("deepseek-r1-training-cost.yml:18:15", brokenPage, StringComparison.Ordinal);
        Assert.Contains("Did you mean `USD`?", WebUtility.HtmlDecode(brokenPage), StringComparison.Ordinal);
        Assert.Contains(" 18 |     currency: USX\n    |               ^", WebUtility.HtmlDecode(brokenPage), StringComparison.Ordinal);
        Assert.Contains("<td class=\"count errors\">1</td>", index, StringComparison.Ordinal);

        // The page says exactly what the terminal says.
        var check = CliRunner.Run(desk.Dir.Path, "check", "briefs/deepseek-r1-training-cost.yml");
        var cliLines = check.Error.Split('\n');
        Assert.StartsWith("briefs/deepseek-r1-training-cost.yml:18:15: error NB1026: ", cliLines[0], StringComparison.Ordinal);
        Assert.Contains(cliLines[0]["briefs/deepseek-r1-training-cost.yml:18:15: error NB1026: ".Length..], WebUtility.HtmlDecode(brokenPage), StringComparison.Ordinal);
        Assert.Contains(cliLines[1] + "\n" + cliLines[2], WebUtility.HtmlDecode(brokenPage), StringComparison.Ordinal);

        // Fixed again: the review renders, with no diagnostics.
        await File.WriteAllTextAsync(file, DeskServerFixture.SeedText);
        var after = await http.GetStringAsync(review);
        Assert.Contains("data-figure=\"r1_cost\"", after, StringComparison.Ordinal);
        Assert.True(!after.Contains("class=\"diagnostics\"", StringComparison.Ordinal), after[after.IndexOf("<main", StringComparison.Ordinal)..][..1500]);
    }

    [Fact]
    public async Task Serve_ReviewPage_ShowsBothLanguagesAlignedWithHighlightedFigures()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = desk.Url };

        var page = await http.GetStringAsync("review/deepseek-r1-training-cost");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);

        var headline = document.QuerySelector("tr.headline")!;
        Assert.Contains("Sekitar Rp4,87 Miliar", headline.QuerySelector("td[lang=id]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("About $294,000", headline.QuerySelector("td[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll("tr.point").Length);
        Assert.Equal(2, document.QuerySelectorAll("tr.event").Length);
        Assert.Empty(document.QuerySelectorAll("tr.mismatch"));
        var mark = headline.QuerySelector("td[lang=en] mark.fig")!;
        Assert.Equal("r1_cost", mark.GetAttribute("data-figure"));
        Assert.Equal("294000 USD = 4870000000 IDR", mark.GetAttribute("data-raw"));
        Assert.Contains("294000 USD", mark.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task Serve_PublishedPage_IsByteForByteWhatBuildWrites()
    {
        await using var desk = await DeskServerFixture.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }) { BaseAddress = desk.Url };
        var build = CliRunner.Run(desk.Dir.Path, "build", "briefs", "--out", "out-site");
        Assert.True(build.ExitCode == 0, build.Error);

        foreach (var locale in new[] { "id", "en" })
        {
            using var response = await http.GetAsync($"published/{locale}/deepseek-r1-training-cost/");
            var served = await response.Content.ReadAsByteArrayAsync();
            var built = await File.ReadAllBytesAsync(Path.Combine(desk.Dir.Path, "out-site", locale, "deepseek-r1-training-cost", "index.html"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"/site/{locale}/deepseek-r1-training-cost/", response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal(built, served);
        }

        // Its stylesheet and the rest of the site are served too; traversal out of the site is not.
        var css = Directory.GetFiles(Path.Combine(desk.Dir.Path, "out-site", "assets"), "*.css").Select(Path.GetFileName).First();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("site/assets/" + css)).StatusCode);
        Assert.Equal(404, (await desk.RawGetAsync("/site/..%2f..%2fsecret.txt")).Status);
    }
}
