using NewsBrief.Facts;

namespace NewsBrief.Site;

/// <summary>
/// One brief in the site index: what the site-wide pages need to place it (slug, date, kind, tags)
/// and where its summaries are (its manifest line), small enough to hold for every brief of a
/// million-brief archive. Headlines, ledes and dates as written are read back from the manifest
/// (<see cref="SiteIndex.Summary"/>) only for the pages that show them.
/// </summary>
internal sealed class SiteIndexEntry(string slug, PartialDate date, string kind, string[] tags, ManifestEntry line)
{
    public string Slug { get; } = slug;

    public PartialDate Date { get; } = date;

    public string Kind { get; } = kind;

    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>The brief's line in this build's manifest.</summary>
    public ManifestEntry Line { get; } = line;
}

/// <summary>
/// Every brief of the build in slug order (what the sitemap lists), built as the briefs stream
/// through; summaries are read back from the manifest this build is writing.
/// </summary>
internal sealed class SiteIndex(ManifestWriter manifest, IReadOnlyList<string> locales)
{
    private readonly List<SiteIndexEntry> entries = [];
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);

    /// <summary>The entries in slug order.</summary>
    public IReadOnlyList<SiteIndexEntry> Entries => entries;

    public IReadOnlyList<string> Locales => locales;

    /// <summary>Adds the next brief (in slug order); kinds and tags are shared strings, one per distinct value.</summary>
    public void Add(string slug, PartialDate date, string kind, IReadOnlyList<string> tags, ManifestEntry line)
    {
        var sharedTags = tags.Count == 0 ? [] : tags.Select(Share).ToArray();
        entries.Add(new SiteIndexEntry(slug, date, Share(kind), sharedTags, line));
    }

    /// <summary>Entry indexes newest first (date descending, then slug), as indexes and feeds list briefs.</summary>
    public int[] NewestFirst()
    {
        var order = Enumerable.Range(0, entries.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byDate = entries[b].Date.CompareTo(entries[a].Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(entries[a].Slug, entries[b].Slug);
        });
        return order;
    }

    /// <summary>
    /// A site of up to this many briefs keeps each manifest line it has read back (about 1-2 KB a
    /// brief): the site-wide pages ask for every brief's summary ten-odd times (its fingerprints in
    /// every locale, then the front page, kind, month and tag pages and feeds it is on), and a read
    /// is a system call and a JSON parse. A larger archive reads a line each time, holding nothing.
    /// </summary>
    internal const int KeptRecords = 1 << 15;

    private ManifestRecord?[]? kept;

    /// <summary>The summary of entry <paramref name="position"/> (of <see cref="Entries"/>) in one locale: <see cref="Summary(SiteIndexEntry, int)"/>, read once in a small site.</summary>
    public BriefSummary Summary(int position, int locale)
    {
        var entry = entries[position];
        var records = kept ??= entries.Count <= KeptRecords ? new ManifestRecord?[entries.Count] : [];
        if (position >= records.Length)
        {
            return Summary(entry, locale);
        }

        var record = records[position] ??= Read(entry); // two threads may both read it: the same record
        return Summary(entry, record, locale);
    }

    /// <summary>A brief's summary in one locale (index <paramref name="locale"/> of <see cref="Locales"/>), read from the manifest.</summary>
    public BriefSummary Summary(SiteIndexEntry entry, int locale) => Summary(entry, Read(entry), locale);

    private ManifestRecord Read(SiteIndexEntry entry) =>
        manifest.Record(entry.Line) ?? throw new IOException($"The manifest line of '{entry.Slug}' does not read back.");

    private BriefSummary Summary(SiteIndexEntry entry, ManifestRecord record, int locale)
    {
        var text = record.Locales[locale];
        return new BriefSummary(entry.Slug, locales[locale], entry.Date, text.DateText, text.Headline, text.Lede) { Tags = entry.Tags, Kind = entry.Kind };
    }

    /// <summary>
    /// What places a brief in the site's sections and sitemap (slug, date, kind, tags), from the
    /// entry alone: no manifest read, no text (headline, lede and date as written are empty).
    /// </summary>
    public BriefSummary Placing(SiteIndexEntry entry) =>
        new(entry.Slug, locales[0], entry.Date, "", "", "") { Tags = entry.Tags, Kind = entry.Kind };

    private string Share(string value)
    {
        lock (shared)
        {
            if (!shared.TryGetValue(value, out var one))
            {
                shared[value] = one = value;
            }

            return one;
        }
    }
}
