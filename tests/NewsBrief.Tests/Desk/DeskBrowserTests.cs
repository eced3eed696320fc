using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsBrief.Tests.Support;
using Xunit.Abstractions;

namespace NewsBrief.Tests.Desk;

/// <summary>Skips (locally only) when Chromium or tests/browser's packages are missing; under CI=true that is a failure.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && DeskBrowserTests.MissingTools() is { } missing)
        {
            Skip = missing + " (run tools/setup-test-deps.sh; under CI=true this fails instead)";
        }
    }
}

/// <summary>
/// End to end: the real <c>newsbrief serve</c> process on 127.0.0.1 with <c>--port 0</c>, driven by
/// Debian's headless Chromium through playwright-core (tests/browser/desk-review.mjs). The
/// one-second live reload is the design (file watcher plus a 300 ms poll, pushed over Server-Sent
/// Events); the test only waits generously (at most 5 s) and asserts that no navigation happened.
/// </summary>
public sealed partial class DeskBrowserTests(ITestOutputHelper output)
{
    private static string RepoRoot([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static string BrowserDir => Path.Combine(RepoRoot(), "tests", "browser");

    internal static string? MissingTools()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            return "Chromium (/usr/bin/chromium) is not installed";
        }

        return Directory.Exists(Path.Combine(BrowserDir, "node_modules", "playwright-core")) ? null : "tests/browser/node_modules has no playwright-core";
    }

    [BrowserFact]
    public void Serve_ReviewPage_InChromium_ShowsBothLanguages_HighlightsFigures_AndUpdatesLiveWithoutReload()
    {
        Assert.Null(MissingTools()); // under CI=true a missing browser fails here rather than skipping

        using var dir = new TempDir();
        DeskServerFixture.CopyProject(dir.Path);
        var facts = dir.Write("briefs/deepseek-r1-training-cost.yml", DeskServerFixture.SeedText);
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);

        using var server = Start("dotnet", dir.Path, typeof(NewsBrief.Cli.Desk.ServeCommand).Assembly.Location, "serve", "briefs", "--port", "0");
        try
        {
            var url = ReadUrl(server);
            output.WriteLine("serve: " + url);

            using var node = Start("node", BrowserDir, Path.Combine(BrowserDir, "desk-review.mjs"), url, "deepseek-r1-training-cost", facts, artifacts);
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            Assert.True(node.WaitForExit(120_000), "the browser script did not finish in 120 s");
            node.WaitForExit();
            output.WriteLine(stdout.Result);
            output.WriteLine(stderr.Result);

            var screenshot = Path.Combine(artifacts, "desk-review.png");
            output.WriteLine("screenshot: " + screenshot);
            Console.WriteLine("desk review screenshot: " + screenshot);
            Assert.True(node.ExitCode == 0, stdout.Result + stderr.Result);
            Assert.Contains("\"ok\":true", stdout.Result, StringComparison.Ordinal);
            Assert.True(new FileInfo(screenshot).Length > 10_000, "screenshot missing or empty");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process Start(string file, string cwd, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static string ReadUrl(Process server)
    {
        var line = server.StandardOutput.ReadLineAsync();
        Assert.True(line.Wait(TimeSpan.FromSeconds(60)), "serve printed no URL in 60 s");
        var match = ServedUrl().Match(line.Result ?? "");
        if (!match.Success)
        {
            server.Kill(entireProcessTree: true);
            Assert.Fail("serve printed: " + line.Result + server.StandardError.ReadToEnd());
        }

        return match.Value;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/")]
    private static partial Regex ServedUrl();
}
