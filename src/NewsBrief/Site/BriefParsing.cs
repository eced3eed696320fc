using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Site;

/// <summary>One facts file on its way through the build.</summary>
internal sealed class BriefItem(SiteSource source, string slug, string hash)
{
    public SiteSource Source { get; } = source;

    public string Slug { get; } = slug;

    public string Hash { get; } = hash;

    /// <summary>The previous build's entry when the file is unchanged (then it is not parsed).</summary>
    public ManifestBrief? Known { get; set; }

    /// <summary>The parsed facts when the file was parsed; null when unchanged or bad.</summary>
    public FactFile? Facts { get; set; }

    /// <summary>No diagnostic of any kind: the brief may go into the manifest.</summary>
    public bool Clean { get; set; } = true;
}

/// <summary>
/// The parse step: every facts file the previous build did not list with the same hash (new,
/// changed, or bad last time) is parsed and validated, reporting every bad file, not just the first.
/// </summary>
internal static class BriefParsing
{
    /// <summary>One item per source, in the sources' order.</summary>
    public static BriefItem[] Run(SiteBuildRun run, IReadOnlyList<SiteSource> sources, IReadOnlyList<string> hashes, BuildManifest? previous)
    {
        var items = new BriefItem[sources.Count];
        Parallel.For(0, sources.Count, run.Jobs, i =>
        {
            var source = sources[i];
            var hash = hashes[i];
            var slug = SlugOf(source.DisplayPath);
            var item = items[i] = new BriefItem(source, slug ?? "", hash);
            if (slug is not null && previous is not null && previous.Briefs.TryGetValue(slug, out var known) && known.Hash == hash)
            {
                item.Known = known;
                return;
            }

            var local = new DiagnosticBag();
            item.Facts = run.Parse(source, local);
            item.Clean = local.Count == 0;
            run.Diagnostics.AddRange(local.Sorted());
        });
        return items;
    }

    /// <summary>The slug a facts file's name gives (the parser's rule: the name without <c>.yml</c>); null when it does not end in <c>.yml</c>.</summary>
    public static string? SlugOf(string displayPath)
    {
        var name = Path.GetFileName(displayPath);
        return name.EndsWith(".yml", StringComparison.Ordinal) ? name[..^4] : null;
    }
}

/// <summary>Two facts files whose slugs match in any case or normalization form would write the same pages.</summary>
internal static class DuplicateSlugs
{
    public static void Report(IReadOnlyList<BriefItem> items, DiagnosticBag diagnostics)
    {
        var groups = items.Where(b => b.Facts is not null || b.Known is not null)
            .GroupBy(b => b.Slug.Normalize(NormalizationForm.FormKC).ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(b => b.Source.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateSlug, SourceLocation.StartOf(duplicate.Source.DisplayPath),
                    $"'{duplicate.Source.DisplayPath}' and '{ordered[0].Source.DisplayPath}' have the same slug '{duplicate.Slug}', so they would write the same pages. Rename one of them.");
            }
        }
    }
}
