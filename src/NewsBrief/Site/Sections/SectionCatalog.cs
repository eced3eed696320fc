using System.Globalization;
using NewsBrief.Facts;

namespace NewsBrief.Site.Sections;

/// <summary>What a section lists: every brief, one kind, one tag or one month.</summary>
internal enum SectionKind
{
    Home,
    Kind,
    Tag,
    Month,
}

/// <summary>
/// One section of every locale: its folder under <c>SITE/&lt;locale&gt;/</c> (empty for the
/// locale's front page, else ending with '/'), what it lists, and its briefs as positions in the
/// newest-first order (<see cref="SectionCatalog.NewestFirst"/>).
/// </summary>
/// <param name="Name">The kind, the tag as most briefs write it, or <c>yyyy-mm</c>; empty for home.</param>
internal sealed record Section(SectionKind Kind, string Path, string Name, int[] Briefs)
{
    /// <summary>Tag and kind sections have their own Atom feed; a month is an archive, not something to follow.</summary>
    public bool HasFeed => Kind is SectionKind.Tag or SectionKind.Kind;
}

/// <summary>
/// The sections of a site, from one small record per brief (slug, date, tags, kind: what the
/// build's index holds of each brief, never its rendered pages). The same in every locale: every
/// brief is written in every locale, and tags, kinds and dates are not translated.
/// </summary>
internal sealed class SectionCatalog
{
    /// <summary>Folder names under a locale that section pages use; a brief with one of these slugs would collide (NB6012).</summary>
    public static readonly IReadOnlyList<string> ReservedSlugs = ["archive", "kind", "page", "tags"];

    private SectionCatalog(int[] newestFirst, List<Section> sections)
    {
        NewestFirst = newestFirst;
        Sections = sections;
    }

    /// <summary>Brief indexes (into the caller's list), newest first: by date, then slug (ordinal).</summary>
    public int[] NewestFirst { get; }

    /// <summary>Home first, then kinds, tags (by folder name) and months (oldest first), all ordinal.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Builds the sections of briefs given as (slug, date, tags, kind), in any order.</summary>
    public static SectionCatalog Of(IReadOnlyList<BriefSummary> briefs)
    {
        var order = Enumerable.Range(0, briefs.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = briefs[b].Date.CompareTo(briefs[a].Date);
            return c != 0 ? c : string.CompareOrdinal(briefs[a].Slug, briefs[b].Slug);
        });

        var kinds = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var tags = new SortedDictionary<string, (List<int> Briefs, Dictionary<string, int> Spellings)>(StringComparer.Ordinal);
        var months = new SortedDictionary<int, List<int>>();
        for (var position = 0; position < order.Length; position++)
        {
            var brief = briefs[order[position]];
            Add(kinds, brief.Kind, position);
            var date = brief.Date;
            Add(months, (date.Year * 100) + date.Month, position);
            var seen = new HashSet<string>(StringComparer.Ordinal); // a tag written twice (AI, ai) lists the brief once
            foreach (var tag in brief.Tags)
            {
                var slug = TagSlug.Of(tag);
                if (!tags.TryGetValue(slug, out var entry))
                {
                    tags[slug] = entry = ([], new Dictionary<string, int>(StringComparer.Ordinal));
                }

                if (seen.Add(slug))
                {
                    entry.Briefs.Add(position);
                }

                entry.Spellings[tag] = entry.Spellings.GetValueOrDefault(tag) + 1;
            }
        }

        var sections = new List<Section> { new(SectionKind.Home, "", "", Enumerable.Range(0, order.Length).ToArray()) };
        sections.AddRange(kinds.Select(k => new Section(SectionKind.Kind, "kind/" + k.Key + "/", k.Key, [.. k.Value])));
        // A tag's name on its page: the spelling most briefs use; on a tie, the first in ordinal order.
        sections.AddRange(tags.Select(t => new Section(SectionKind.Tag, "tags/" + t.Key + "/",
            t.Value.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, [.. t.Value.Briefs])));
        sections.AddRange(months.Select(m => new Section(SectionKind.Month,
            string.Create(CultureInfo.InvariantCulture, $"archive/{m.Key / 100:D4}/{m.Key % 100:D2}/"),
            string.Create(CultureInfo.InvariantCulture, $"{m.Key / 100:D4}-{m.Key % 100:D2}"), [.. m.Value])));
        return new SectionCatalog(order, sections);
    }

    /// <summary>The month section's date (month precision).</summary>
    public static PartialDate MonthOf(Section section) =>
        PartialDate.OfMonth(int.Parse(section.Name[..4], CultureInfo.InvariantCulture), int.Parse(section.Name[5..], CultureInfo.InvariantCulture));

    /// <summary>The folder of one page of a section: the section's own for its first page, <c>page/N/</c> under it for the others.</summary>
    public static string PagePath(Section section, int number) =>
        number == 0 ? section.Path : section.Path + "page/" + number.ToString(CultureInfo.InvariantCulture) + "/";

    private static void Add<TKey>(SortedDictionary<TKey, List<int>> groups, TKey key, int position)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(position);
    }
}
