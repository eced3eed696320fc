using NewsBrief.Formatting;

namespace NewsBrief.Site;

/// <summary>
/// Every brief's summary in every locale (what indexes, feeds, sitemap and manifest need): the
/// manifest's for unchanged briefs, formatted for parsed ones. Indexed [brief, locale] in the
/// briefs' (slug) order and the run's locale order.
/// </summary>
internal sealed class BriefSummaries
{
    private BriefSummaries(BriefSummary[,] all, string?[,] errors, bool complete)
    {
        All = all;
        Errors = errors;
        Complete = complete;
    }

    public BriefSummary[,] All { get; }

    /// <summary>Why a summary could not be written (reported where the page is written), else null.</summary>
    public string?[,] Errors { get; }

    /// <summary>True when every summary was written.</summary>
    public bool Complete { get; }

    public int Count => All.GetLength(0);

    public BriefSummary this[int brief, int locale] => All[brief, locale];

    /// <summary>The briefs' summaries in one locale, in the briefs' (slug) order.</summary>
    public List<BriefSummary> InLocale(int locale) => Enumerable.Range(0, Count).Select(i => All[i, locale]).ToList();

    public static BriefSummaries Of(SiteBuildRun run, SitePages pages, IReadOnlyList<BriefItem> briefs)
    {
        var locales = run.Locales;
        var summaries = new BriefSummary[briefs.Count, locales.Count];
        var errors = new string?[briefs.Count, locales.Count];
        var complete = true;
        Parallel.For(0, briefs.Count, run.Jobs, i =>
        {
            var item = briefs[i];
            for (var l = 0; l < locales.Count; l++)
            {
                if (item.Known is { } known)
                {
                    var entry = known.Locales[l];
                    summaries[i, l] = new BriefSummary(item.Slug, locales[l], known.Date, entry.DateText, entry.Headline, entry.Lede);
                }
                else if (item.Facts is { } facts)
                {
                    try
                    {
                        summaries[i, l] = pages.Summarize(facts, locales[l]);
                    }
                    catch (FormattingException e)
                    {
                        // Reported where the page is written (render reports the same failure first when it has it).
                        errors[i, l] = e.Message;
                        complete = false;
                    }
                }
            }
        });
        return new BriefSummaries(summaries, errors, complete);
    }
}
