using System.Globalization;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// The build streams the archive (issue 13, bounded memory): facts files are read as the build
/// reaches them and let go a batch later; what it keeps of every brief is its index entry. Shown by
/// structure (how many sources are alive at once, what the result's index holds), not by timing or
/// by measuring memory: the figures are in docs/benchmark.md.
/// </summary>
public sealed class StreamingBuildTests
{
    private const int Briefs = 2000;

    private static Workspace Shipped()
    {
        var bag = new DiagnosticBag();
        return Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }

    [Fact]
    public void Build_HoldsOnlyABatchOfFactsFilesAtOnce_AndKeepsAnIndexEntryPerBrief()
    {
        using var dir = new TempDir();
        var sources = new GeneratedSources(Briefs);
        var bag = new DiagnosticBag();

        var result = SiteBuilder.Build(Shipped(), sources, new SiteOptions { OutputDirectory = Path.Combine(dir.Path, "site"), Jobs = 2 }, bag);

        Assert.True(result.Succeeded, string.Join("\n", bag.Sorted()));
        Assert.Equal(Briefs, sources.Reads); // each file read once
        // 2 jobs read 128 briefs a batch, held until the batch's lines are written: never the archive.
        Assert.InRange(sources.MostAlive, 1, 2 * 128);
        Assert.Equal(Briefs, result.Index.Count);
        var slugs = Enumerable.Range(0, Briefs).Select(GeneratedSources.SlugOf).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(slugs, result.Index.Select(e => e.Slug));
        var third = result.Index.Single(e => e.Slug == GeneratedSources.SlugOf(3));
        Assert.Equal("2024-01-04", third.Date.ToString());
        Assert.Equal("brief", third.Kind);
        Assert.Equal(["economy", "tag-3"], third.Tags);
        // The site-wide files came from the index: every brief is on one of the front list's pages
        // (the front page and page/N/, texts read back from the manifest) and in the sitemap.
        var en = Path.Combine(dir.Path, "site", "en");
        var numbered = Directory.GetDirectories(Path.Combine(en, "page"));
        Assert.Equal((Briefs / 50) - 1, numbered.Length); // 2,000 briefs, 50 a page: the front page and 39 numbered ones
        var front = File.ReadAllText(Path.Combine(en, "index.html"));
        var older = string.Concat(numbered.Select(p => File.ReadAllText(Path.Combine(p, "index.html")))); // links go up two folders
        var sitemap = File.ReadAllText(Path.Combine(dir.Path, "site", "sitemap.xml"));
        Assert.All(slugs, s => Assert.True(front.Contains($"href=\"{s}/\"", StringComparison.Ordinal) || older.Contains($"href=\"../../{s}/\"", StringComparison.Ordinal), s));
        Assert.All(slugs, s => Assert.Contains($"/en/{s}/</loc>", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public void FirstRebuildAfterACleanBuild_RecyclesTheUnchangedBriefs()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        var workspace = Shipped();
        var sources = Enumerable.Range(0, 6).Select(i => Source(i, SiteFixtures.Story(i))).ToList();
        var options = new SiteOptions { OutputDirectory = site, Jobs = 2 };
        var clean = SiteBuilder.Build(workspace, sources, options, new DiagnosticBag());
        Assert.True(clean.Succeeded);
        var cleanTree = SiteFixtures.Tree(site);
        sources[2] = Source(2, SiteFixtures.Story(2, headline: "Edited once"));

        var first = SiteBuilder.Build(workspace, sources, options, new DiagnosticBag());
        sources[2] = Source(2, SiteFixtures.Story(2, headline: "Edited twice"));
        var second = SiteBuilder.Build(workspace, sources, options, new DiagnosticBag());

        // The clean build kept a spare twin of its pages: the first rebuild finds the five unchanged
        // briefs' pages already in place, as the second does, and renders only the edited one.
        Assert.Equal((true, 1, 5, 5), (first.Succeeded, first.Rendered, first.Reused, first.Recycled));
        Assert.Equal((true, 1, 5, 5), (second.Succeeded, second.Rendered, second.Reused, second.Recycled));
        var tree = SiteFixtures.Tree(site);
        Assert.NotEqual(cleanTree["en/story-0002/index.html"], tree["en/story-0002/index.html"]);
        Assert.Equal(cleanTree["en/story-0003/index.html"], tree["en/story-0003/index.html"]);
        using var fresh = new TempDir();
        Assert.True(SiteBuilder.Build(workspace, sources, new SiteOptions { OutputDirectory = Path.Combine(fresh.Path, "site"), Jobs = 2 }, new DiagnosticBag()).Succeeded);
        Assert.Equal(SiteFixtures.Tree(Path.Combine(fresh.Path, "site")), tree);
    }

    private static SiteSource Source(int i, string text)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"story-{i:D4}.yml");
        return new SiteSource(name, name, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// Stories made when read, each tracked by a weak reference: <see cref="MostAlive"/> is the most
    /// sources not yet collected, counted after a full collection at every 100th read.
    /// </summary>
    private sealed class GeneratedSources(int count) : ISiteSources
    {
        private readonly Lock gate = new();
        private readonly List<WeakReference<SiteSource>> alive = [];

        public int Reads { get; private set; }

        public int MostAlive { get; private set; }

        public int Count => count;

        public static string SlugOf(int i) => string.Create(CultureInfo.InvariantCulture, $"brief-{i * 7919 % Briefs:D5}-{i:D5}");

        public string DisplayPath(int index) => "facts/" + SlugOf(index) + ".yml";

        public SiteSource? Read(int index, DiagnosticBag diagnostics)
        {
            var text = "tags: [economy, tag-" + index.ToString(CultureInfo.InvariantCulture) + "]\n" + SiteFixtures.Story(index);
            // Slug order is not file order: the date of brief i is that of story i.
            var source = new SiteSource(DisplayPath(index), DisplayPath(index), Encoding.UTF8.GetBytes(text));
            lock (gate)
            {
                Reads++;
                alive.Add(new WeakReference<SiteSource>(source));
                if (Reads % 100 == 0)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    alive.RemoveAll(w => !w.TryGetTarget(out _));
                    MostAlive = Math.Max(MostAlive, alive.Count);
                }
            }

            return source;
        }
    }
}
