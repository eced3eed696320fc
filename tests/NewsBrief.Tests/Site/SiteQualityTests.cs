using System.Text.Json;
using NewsBrief.Tests.Support;
using Xunit.Abstractions;

namespace NewsBrief.Tests.Site;

/// <summary>
/// The sample site, built once for the quality checks, one brief per list page so that it has
/// paginated front pages, tag, kind and month sections to check.
/// </summary>
public sealed class SampleSite : IDisposable
{
    private readonly TempDir dir = new();

    public SampleSite()
    {
        Root = Path.Combine(dir.Path, "site");
        var result = CliRunner.Run(RepoFiles.Root, "build", "examples/briefs", "--out", Root, "--base-url", "https://news.example/", "--page-size", "1");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public string Root { get; }

    public void Dispose() => dir.Dispose();
}

/// <summary>
/// The sample site, checked by the tools a reviewer would use: the Nu HTML Checker on every page
/// and the CSS, and axe-core in Debian's headless Chromium on the chooser, both indexes, a brief
/// in each locale, and a numbered page of the index, a tag page and a month's archive page, with screenshots at 375 px and 1280 px kept as artifacts, in dark mode too, and in
/// print (a PDF of each kept as an artifact).
/// </summary>
public sealed class SiteQualityTests(SampleSite site, ITestOutputHelper output) : IClassFixture<SampleSite>
{
    private static readonly string[] AuditedPages =
        ["/", "/id/", "/en/", "/id/deepseek-r1-training-cost/", "/en/deepseek-r1-training-cost/", "/en/page/1/", "/id/tags/economy/", "/en/archive/2025/09/"];

    [Fact]
    public void EveryPageAndTheCss_PassTheNuHtmlChecker()
    {
        var pages = Directory.GetFiles(site.Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var css = Directory.GetFiles(site.Root, "*.css", SearchOption.AllDirectories);
        Assert.True(pages.Count >= 7, "chooser, two indexes and a page per brief and locale");

        var vnu = ExternalTool.NodeModule("vnu-jar/build/dist/vnu.jar");
        var (code, _, err) = ExternalTool.Run("java", ["-jar", vnu, "--format", "json", "--also-check-css", .. pages, .. css]);

        using var json = JsonDocument.Parse(err);
        var problems = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info" || (m.TryGetProperty("subType", out var s) && s.GetString() == "warning"))
            .Select(m => $"{m.GetProperty("url").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"Nu HTML Checker: {pages.Count} pages, {css.Length} stylesheet(s), {problems.Count} errors or warnings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(0, code);
    }

    [Fact]
    public void Pages_HaveNoSeriousAccessibilityViolations_AndFitAPhone()
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "site");
        ExternalTool.NodeModule("playwright-core/package.json");
        ExternalTool.NodeModule("axe-core/axe.min.js");

        var (code, stdout, stderr) = ExternalTool.Run("node", ["site-audit.mjs", site.Root, artifacts, .. AuditedPages]);
        Assert.True(code == 0, stderr);

        using var json = JsonDocument.Parse(stdout);
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(AuditedPages.Length, pages.Count);
        foreach (var page in pages)
        {
            var name = page.GetProperty("page").GetString();
            var violations = page.GetProperty("violations").EnumerateArray().ToList();
            var serious = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{name}: {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()})").ToList();
            output.WriteLine($"{name}: {violations.Count} axe violation(s), {serious.Count} serious or critical");

            Assert.True(serious.Count == 0, string.Join("\n", serious));
            Assert.Empty(page.GetProperty("external").EnumerateArray()); // no request leaves the site
            Assert.Equal(0, page.GetProperty("scrollWidth").GetInt32()); // no sideways scrolling at 375 px

            foreach (var shot in page.GetProperty("screenshots").EnumerateArray().Select(s => s.GetString()!))
            {
                Assert.True(new FileInfo(shot).Length > 5_000, $"{shot} looks empty");
                output.WriteLine($"  screenshot: {shot}");
            }

            // Dark mode through prefers-color-scheme: light text on a dark background, still no serious violation.
            var dark = page.GetProperty("dark");
            var darkSerious = dark.GetProperty("violations").EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{name} (dark): {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()})").ToList();
            Assert.True(darkSerious.Count == 0, string.Join("\n", darkSerious));
            Assert.True(Luminance(dark.GetProperty("background").GetString()!) < 0.1, $"{name}: dark background {dark.GetProperty("background")}");
            Assert.True(Luminance(dark.GetProperty("color").GetString()!) > 0.7, $"{name}: dark text {dark.GetProperty("color")}");

            // Print (asked for in a dark-mode browser, which print must override): black on white,
            // no navigation, skip link or footer, and at least one printed page.
            var print = page.GetProperty("print");
            Assert.Equal("rgb(0, 0, 0)", print.GetProperty("color").GetString());
            Assert.Equal("rgb(255, 255, 255)", print.GetProperty("background").GetString());
            foreach (var hidden in print.GetProperty("hidden").EnumerateObject())
            {
                Assert.True(hidden.Value.GetBoolean(), $"{name}: '{hidden.Name}' is printed");
            }

            Assert.True(print.GetProperty("hidden").TryGetProperty("nav", out _) || name == "/", $"{name} has no nav to hide");
            Assert.InRange(print.GetProperty("pdfPages").GetInt32(), 1, 20);
            output.WriteLine($"  dark: {dark.GetProperty("background")} / {dark.GetProperty("color")}; print: {print.GetProperty("pdfPages")} page(s), {print.GetProperty("pdf")}");
        }
    }

    /// <summary>Relative luminance (WCAG) of a CSS <c>rgb(r, g, b)</c> colour.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3)
            .Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
    }
}
