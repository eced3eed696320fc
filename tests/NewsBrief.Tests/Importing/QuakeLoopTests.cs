using System.Diagnostics;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>
/// The publishing loop offline (docs/feeds.md): <c>tools/publish-quakes.sh</c>, as the quakes
/// workflow runs it, on the example feeds instead of downloads: import, check, build; then every
/// fragment of <c>expected-feeds.tsv</c> is in the rendered Markdown of its quake, in its locale.
/// </summary>
public sealed class QuakeLoopTests
{
    /// <summary>Set while the earthquake kind (branch kind-quake) is not merged: kind briefs do not check or build without it.</summary>

    private static string Cli => typeof(NewsBrief.Cli.ExitCodes).Assembly.Location;

    private static (int Code, string Error) Loop(TempDir dir, IEnumerable<string> feeds, string briefs = "briefs", string site = "site")
    {
        var feedDir = Path.Combine(dir.Path, "feeds");
        Directory.CreateDirectory(feedDir);
        foreach (var feed in feeds)
        {
            // The names the workflow downloads them under.
            var name = feed switch { "bmkg-autogempa.json" => "autogempa.json", "bmkg-gempaterkini.json" => "gempaterkini.json", _ => "4.5_week.geojson" };
            File.Copy(FeedFiles.Path(feed), Path.Combine(feedDir, name), overwrite: true);
        }

        var info = new ProcessStartInfo("bash") { WorkingDirectory = dir.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { RepoFiles.At("tools/publish-quakes.sh"), "--feeds", feedDir, "--briefs", Path.Combine(dir.Path, briefs), "--site", Path.Combine(dir.Path, site), "--newsbrief", $"dotnet {Cli}" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error + output.Result);
    }

    [Fact]
    public void Loop_FromTheExampleFeeds_PublishesEveryExpectedFragment()
    {
        using var dir = new TempDir();
        var (code, error) = Loop(dir, ["bmkg-gempaterkini.json", "bmkg-autogempa.json", "usgs-4.5_week.geojson"]);
        Assert.True(code == 0, error);

        var failures = new List<string>();
        foreach (var group in File.ReadLines(FeedFiles.Path("expected-feeds.tsv")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).GroupBy(c => (Input: c[0], Event: c[1], Locale: c[2])))
        {
            var markdown = RenderedMarkdown(dir, group.Key.Event, group.Key.Locale);
            if (group.Key.Input.Contains('+', StringComparison.Ordinal))
            {
                // A row for both agencies: the one brief of that quake carries the other agency's magnitude.
                Assert.Equal(1, Directory.GetFiles(Path.Combine(dir.Path, "briefs", "quakes")).Count(f => File.ReadAllText(f).Contains("time: " + group.Key.Event, StringComparison.Ordinal)));
            }

            foreach (var fragment in group.Select(c => c[3]))
            {
                var ok = fragment.StartsWith('!')
                    ? !markdown.Contains(fragment[1..], StringComparison.Ordinal)
                    : fragment.Split(" | ").Any(f => markdown.Contains(f, StringComparison.Ordinal));
                if (!ok)
                {
                    failures.Add($"{group.Key}: `{fragment}` in:\n{markdown}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Loop_NewQuakeInTheNextFeed_RebuildsAndAFailedImportPublishesNothing()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Loop(dir, ["bmkg-gempaterkini.json"]).Code);
        var site = dir.Snapshot().Where(f => f.Key.Contains($"{Path.DirectorySeparatorChar}site{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToDictionary();

        // The next run: BMKG's server answers with an error page. The import fails: the site stays as it was.
        File.WriteAllText(Path.Combine(dir.Path, "feeds", "gempaterkini.json"), "<html><body>502 Bad Gateway</body></html>");
        var (code, error) = Loop(dir, []);
        Assert.Equal(1, code);
        Assert.Contains("NB8002", error, StringComparison.Ordinal);
        Assert.Equal(site, dir.Snapshot().Where(f => f.Key.Contains($"{Path.DirectorySeparatorChar}site{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToDictionary());

        // Then a good feed with the Sleman quake: one more brief in both locales.
        File.Delete(Path.Combine(dir.Path, "feeds", "gempaterkini.json"));
        Assert.Equal(0, Loop(dir, ["bmkg-autogempa.json"]).Code);
        Assert.True(File.Exists(Path.Combine(dir.Path, "site", "id", "gempa-20251212-143521.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "site", "en", "gempa-20251212-143521.md")));
    }

    /// <summary>The rendered Markdown (site/LOCALE/SLUG.md, the bytes of render) of the brief whose data has this UTC time.</summary>
    private static string RenderedMarkdown(TempDir dir, string time, string locale)
    {
        var brief = Directory.GetFiles(Path.Combine(dir.Path, "briefs", "quakes"))
            .Single(f => File.ReadAllText(f).Contains("time: " + time, StringComparison.Ordinal));
        return File.ReadAllText(Path.Combine(dir.Path, "site", locale, Path.GetFileNameWithoutExtension(brief) + ".md"));
    }
}
