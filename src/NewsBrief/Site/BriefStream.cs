using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Project;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Site;

/// <summary>
/// The brief step, streamed: the facts files in slug order, a batch at a time (the batch's briefs in
/// parallel), each read, hashed, parsed and validated unless the previous build listed it with the
/// same hash, summarized, and its page and Markdown in every locale kept (recycled staging),
/// linked (from the live site) or rendered; then its manifest line is appended and its index entry
/// added, in slug order. Between batches nothing of a brief is held but its index entry: peak memory
/// is the index plus one batch, whatever the archive's size.
/// </summary>
/// <remarks>
/// Diagnostics come out as a whole-site build gives them: those of reading and parsing (and duplicate
/// slugs) always; those of rendering only when reading and parsing found nothing that fails the build
/// (a build that fails there renders nothing it reports). The printer sorts them, so the order in
/// which batches finish does not show.
/// </remarks>
internal sealed class BriefStream
{
    /// <summary>Briefs per batch and job: large enough to keep every core busy, small enough to hold.</summary>
    private const int BatchPerJob = 64;

    private readonly SiteBuildRun run;
    private readonly ISiteSources sources;
    private readonly SitePages pages;
    private readonly PreviousSite previous;
    private readonly StagingRecycler? recycler;
    private readonly string? staging;
    private readonly string? spare;
    private readonly bool[] liveLocales;
    private readonly List<Diagnostic> renderDiagnostics = [];
    private int rendered;
    private int recycled;
    private int done;

    /// <param name="spare">A clean build's spare twin of its pages (see <see cref="SiteOutput.KeepSpare"/>), or null.</param>
    public BriefStream(SiteBuildRun run, ISiteSources sources, SitePages pages, PreviousSite previous, StagingRecycler? recycler, string? staging, string? spare)
    {
        this.spare = spare;
        this.run = run;
        this.sources = sources;
        this.pages = pages;
        this.previous = previous;
        this.recycler = recycler;
        this.staging = staging;
        // Pages are linked from the live site only out of its real locale folders (a link planted there is not followed).
        liveLocales = run.Locales.Select(l => FileKinds.Of(Path.Combine(run.Output.Target, l)) == FileKind.Directory).ToArray();
    }

    /// <summary>Briefs rendered (not kept or linked).</summary>
    public int Rendered => rendered;

    /// <summary>Briefs whose pages the recycled staging folder already held.</summary>
    public int Recycled => recycled;

    /// <summary>
    /// Streams every brief (<paramref name="order"/>: source indexes in slug order, with their slugs)
    /// into staging, the manifest and the index; render diagnostics are held back (<see cref="ReportRenderDiagnostics"/>).
    /// </summary>
    public void Run(SlugOrder order, ManifestWriter manifest, SiteIndex index)
    {
        var batch = BatchPerJob * run.Jobs.MaxDegreeOfParallelism;
        var outcomes = new BriefOutcome?[Math.Min(batch, Math.Max(1, order.Count))];
        var duplicates = new List<(string Slug, string Display, bool Valid)>();
        var reserved = new List<(string Slug, string Display)>();
        for (var start = 0; start < order.Count; start += batch)
        {
            var count = Math.Min(batch, order.Count - start);
            var first = start;
            Parallel.For(0, count, run.Jobs, k => outcomes[k] = One(first + k, order));

            // In slug order: the manifest's lines and the index's entries, and the diagnostics.
            for (var k = 0; k < count; k++)
            {
                var outcome = outcomes[k]!;
                outcomes[k] = null;
                run.Diagnostics.AddRange(outcome.ParseDiagnostics.Sorted());
                renderDiagnostics.AddRange(outcome.RenderDiagnostics.Sorted());
                if (outcome.Source is { } quoted && (outcome.ParseDiagnostics.Count > 0 || outcome.RenderDiagnostics.Count > 0 || outcome.Duplicate))
                {
                    run.Options.SourceQuoted?.Invoke(quoted);
                }

                if (outcome.Duplicate)
                {
                    duplicates.Add((order.Slugs[first + k], sources.DisplayPath(order.Sources[first + k]), outcome.Valid));
                }

                if (outcome.Line is { } line && outcome.Record is { } record)
                {
                    var entry = manifest.Append(record.Date, record.Clean, line);
                    index.Add(record.Slug, record.Date, record.Kind, record.Tags, entry);
                    if (Sections.SectionCatalog.ReservedSlugs.Contains(record.Slug, StringComparer.Ordinal))
                    {
                        reserved.Add((record.Slug, sources.DisplayPath(order.Sources[first + k])));
                    }
                }

                run.Options.Progress?.Invoke(++done, order.Count);
            }
        }

        DuplicateSlugs.Report(duplicates, run.Diagnostics);
        Sections.SiteSections.ReportReservedSlugs(reserved, run.Diagnostics);
    }

    /// <summary>Adds the render step's diagnostics to the build's (once reading and parsing let the build go on).</summary>
    public void ReportRenderDiagnostics() => run.Diagnostics.AddRange(renderDiagnostics);

    /// <summary>One brief, start to finish (worker thread).</summary>
    private BriefOutcome One(int position, SlugOrder order)
    {
        var slug = order.Slugs[position];
        var outcome = new BriefOutcome { Duplicate = order.IsDuplicate(position) };
        var parse = outcome.ParseDiagnostics;
        if (sources.Read(order.Sources[position], parse) is not { } source)
        {
            return outcome; // reported
        }

        outcome.Source = source;
        var hash = ContentHash.Of(source.Bytes);
        var locales = run.Locales;
        ManifestRecord? record = null;
        byte[]? knownLine = null;
        FactFile? facts = null;
        var summaries = new BriefSummary?[locales.Count];
        BriefTexts[]? texts = null; // the summaries' texts, which the render continues (headline and lede rendered once)
        if (order.HasSlug(position) && previous.Manifest is { } built && built.Briefs.TryGetValue(slug, out var known) && known.Clean && known.Hash == hash)
        {
            knownLine = built.Line(known);
            record = ManifestRecord.Parse(knownLine, locales.Count);
        }

        if (record is not null)
        {
            for (var l = 0; l < locales.Count; l++)
            {
                var text = record.Locales[l];
                summaries[l] = new BriefSummary(slug, locales[l], record.Date, text.DateText, text.Headline, text.Lede);
            }
        }
        else
        {
            knownLine = null;
            facts = run.Parse(source, parse);
            if (facts is null)
            {
                return outcome; // reported
            }

            texts = new BriefTexts[locales.Count];
            for (var l = 0; l < locales.Count; l++)
            {
                summaries[l] = pages.Summarize(facts, locales[l], out texts[l]);
            }
        }

        outcome.Valid = true;
        // A brief sharing its slug with another is never written (the build fails), nor is anything
        // once reading and parsing have failed the build: its render diagnostics would not be shown.
        if (!outcome.Duplicate && !run.Failed && staging is not null)
        {
            Publish(position, slug, hash, source, record is not null, ref facts, summaries, texts, outcome);
        }

        var clean = parse.Count == 0 && outcome.RenderDiagnostics.Count == 0;
        if (knownLine is not null && record is not null && clean)
        {
            outcome.Record = record;
            outcome.Line = knownLine; // unchanged: the previous build's line, byte for byte
        }
        else
        {
            var kind = facts?.Kind ?? record!.Kind;
            var tags = facts?.Tags ?? record!.Tags;
            var date = facts?.Date ?? record!.Date;
            outcome.Record = new ManifestRecord(slug, hash, date, clean, kind, tags,
                summaries.Select(s => new ManifestLocale(s!.DateText, s.Headline, s.Lede)).ToList());
            outcome.Line = outcome.Record.ToLine();
        }

        return outcome;
    }

    /// <summary>The brief's page and Markdown in every locale: kept, linked or rendered.</summary>
    private void Publish(int position, string slug, string hash, SiteSource source, bool known, ref FactFile? facts, BriefSummary?[] summaries, BriefTexts[]? texts, BriefOutcome outcome)
    {
        var staging = this.staging!;
        var local = outcome.RenderDiagnostics;
        var locales = run.Locales;
        var output = run.Output;
        var keep = recycler is not null && recycler.Keep(position, slug, hash);
        var renderedAny = false;
        for (var l = 0; l < locales.Count; l++)
        {
            var locale = locales[l];
            if (keep)
            {
                continue; // the recycled staging folder already holds this brief's pages for these facts
            }

            var folder = Path.Combine(staging, locale, slug);
            var html = Path.Combine(folder, "index.html");
            var markdown = Path.Combine(staging, locale, slug + ".md");
            Directory.CreateDirectory(folder);
            if (known)
            {
                if (liveLocales[l] && SiteOutput.Reuse(Path.Combine(output.Target, locale, slug, "index.html"), html)
                    && SiteOutput.Reuse(Path.Combine(output.Target, locale, slug + ".md"), markdown))
                {
                    continue;
                }

                // A page missing from the previous site: render it after all.
                File.Delete(html);
                File.Delete(markdown);
                facts ??= run.Parse(source, local);
            }

            if (facts is null)
            {
                continue; // reported
            }

            renderedAny = true;
            var result = texts is not null
                ? run.Workspace.Renderer.Render(facts, locale, local, texts[l])
                : run.Workspace.Renderer.Render(facts, locale, local);
            if (result is null)
            {
                continue; // reported; the summary would fail the same way
            }

            if (pages.BriefPage(facts, result, summaries[l]!, local) is not { } page)
            {
                continue;
            }

            SiteOutput.WriteText(html, page);
            SiteOutput.WriteText(markdown, result.Markdown);
            if (spare is not null)
            {
                // The spare twin: the same files, linked (a copy where links are not supported).
                Directory.CreateDirectory(Path.Combine(spare, locale, slug));
                if (!SiteOutput.Twin(html, Path.Combine(spare, locale, slug, "index.html")) || !SiteOutput.Twin(markdown, Path.Combine(spare, locale, slug + ".md")))
                {
                    throw new IOException($"The pages of '{slug}' could not be linked into the spare site.");
                }
            }
        }

        if (renderedAny)
        {
            Interlocked.Increment(ref rendered);
        }
        else if (keep)
        {
            Interlocked.Increment(ref recycled);
        }
    }

    /// <summary>What one brief left for the batch's sequential part.</summary>
    private sealed class BriefOutcome
    {
        public DiagnosticBag ParseDiagnostics { get; } = new();

        public DiagnosticBag RenderDiagnostics { get; } = new();

        /// <summary>The file as read, kept to the end of the batch only so that a diagnostic can quote it.</summary>
        public SiteSource? Source { get; set; }

        public bool Duplicate { get; init; }

        /// <summary>Parsed, or unchanged since the previous build: counts as a brief (also for duplicate slugs).</summary>
        public bool Valid { get; set; }

        public ManifestRecord? Record { get; set; }

        public byte[]? Line { get; set; }
    }
}

/// <summary>
/// The facts files in ordinal order of their slugs (the order of the manifest, the index and the
/// sitemap), known from their names before any is read, and which of them share a slug in some case
/// or normalization form (<see cref="IsDuplicate"/>).
/// </summary>
internal sealed class SlugOrder
{
    private readonly bool[] hasSlug;
    private readonly bool[] duplicate;

    public SlugOrder(ISiteSources sources)
    {
        var slugs = new string[sources.Count];
        var has = new bool[sources.Count];
        for (var i = 0; i < slugs.Length; i++)
        {
            var slug = SlugOf(sources.DisplayPath(i));
            has[i] = slug is not null;
            slugs[i] = slug ?? "";
        }

        var order = Enumerable.Range(0, slugs.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = string.CompareOrdinal(slugs[a], slugs[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        Sources = order;
        Slugs = order.Select(i => slugs[i]).ToArray();
        hasSlug = order.Select(i => has[i]).ToArray();
        duplicate = FindDuplicates(Slugs);
    }

    public int Count => Sources.Length;

    /// <summary>Source indexes in slug order.</summary>
    public int[] Sources { get; }

    /// <summary>The slugs in order ("" for a file whose name gives none).</summary>
    public string[] Slugs { get; }

    public bool HasSlug(int position) => hasSlug[position];

    /// <summary>True when another file's slug matches this one's in some case or normalization form.</summary>
    public bool IsDuplicate(int position) => duplicate[position];

    /// <summary>The slug a facts file's name gives (the parser's rule: the name without <c>.yml</c>); null when it does not end in <c>.yml</c>.</summary>
    public static string? SlugOf(string displayPath)
    {
        var name = Path.GetFileName(displayPath);
        return name.EndsWith(".yml", StringComparison.Ordinal) ? name[..^4] : null;
    }

    /// <summary>The form two slugs that would write the same pages share.</summary>
    public static string KeyOf(string slug) => slug.Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>
    /// Marks slugs whose keys collide, without holding a key per slug: keys are hashed and sorted,
    /// and only slugs with equal hashes are compared by key.
    /// </summary>
    private static bool[] FindDuplicates(string[] slugs)
    {
        var hashed = new long[slugs.Length];
        for (var i = 0; i < slugs.Length; i++)
        {
            hashed[i] = ((long)StringComparer.Ordinal.GetHashCode(KeyOf(slugs[i])) << 32) | (uint)i;
        }

        Array.Sort(hashed);
        var duplicate = new bool[slugs.Length];
        for (var i = 0; i < hashed.Length;)
        {
            var j = i + 1;
            while (j < hashed.Length && hashed[j] >> 32 == hashed[i] >> 32)
            {
                j++;
            }

            if (j - i > 1)
            {
                var keys = Enumerable.Range(i, j - i).Select(k => (Index: (int)(hashed[k] & 0xFFFFFFFF), Key: KeyOf(slugs[(int)(hashed[k] & 0xFFFFFFFF)]))).ToList();
                foreach (var group in keys.GroupBy(k => k.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    foreach (var (index, _) in group)
                    {
                        duplicate[index] = true;
                    }
                }
            }

            i = j;
        }

        return duplicate;
    }
}

/// <summary>Two facts files whose slugs match in any case or normalization form would write the same pages.</summary>
internal static class DuplicateSlugs
{
    /// <summary>Reports each group of files (of those that parsed, or were unchanged) with the same slug key.</summary>
    public static void Report(IEnumerable<(string Slug, string Display, bool Valid)> candidates, DiagnosticBag diagnostics)
    {
        var groups = candidates.Where(c => c.Valid).GroupBy(c => SlugOrder.KeyOf(c.Slug), StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(b => b.Display, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateSlug, SourceLocation.StartOf(duplicate.Display),
                    $"'{duplicate.Display}' and '{ordered[0].Display}' have the same slug '{duplicate.Slug}', so they would write the same pages. Rename one of them.");
            }
        }
    }
}
