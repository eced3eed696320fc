using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// The reader texts of one brief in one locale, rendered in reading order (headline, lede, points,
/// then the timeline in date order) by one <see cref="FactTextRenderer"/>, each as Markdown and
/// plain text together. The template model and the site's titles, descriptions, feeds and JSON-LD
/// read the same object, so there is one render path for rich and plain text.
/// </summary>
public sealed class BriefTexts
{
    // A summary's renderer, kept so that the rest of the brief can be rendered after its headline and
    // lede as one render in reading order (see Whole); null once used, and for a whole render.
    private FactTextRenderer? rest;
    private FactFile? restFacts;
    private string restLocale = "";
    private BriefTexts? whole;

    private BriefTexts(RenderedText headline, RenderedText lede, IReadOnlyList<RenderedText> points, IReadOnlyList<(TimelineEvent Event, RenderedText Text)> events)
    {
        Headline = headline;
        Lede = lede;
        Points = points;
        Events = events;
    }

    /// <summary>The headline, in headline style.</summary>
    public RenderedText Headline { get; }

    /// <summary>The lede.</summary>
    public RenderedText Lede { get; }

    /// <summary>The points the locale has, in file order.</summary>
    public IReadOnlyList<RenderedText> Points { get; }

    /// <summary>The timeline events the locale has, in date order (stable for equal dates).</summary>
    public IReadOnlyList<(TimelineEvent Event, RenderedText Text)> Events { get; }

    /// <summary>
    /// Renders the texts of <paramref name="facts"/> for the locale of <paramref name="figures"/>;
    /// with <paramref name="summaryOnly"/>, the headline and lede alone (a list page's summary: the
    /// same two texts, rendered the same way, as the brief's own first two).
    /// </summary>
    public static BriefTexts Of(FactFile facts, FigureFormatter figures, bool markFigures = false, bool summaryOnly = false)
    {
        var locale = figures.Locale.Code;
        var text = new FactTextRenderer(figures, facts, markFigures);
        var headline = text.RenderBoth(facts.Headline.For(locale), TextStyle.Headline);
        var lede = text.RenderBoth(facts.Lede.For(locale), TextStyle.Prose);
        if (summaryOnly)
        {
            return new BriefTexts(headline, lede, [], []) { rest = markFigures ? null : text, restFacts = facts, restLocale = locale };
        }

        return Rest(facts, locale, text, headline, lede);
    }

    /// <summary>
    /// The whole texts of a summary (<see cref="Of"/> with <c>summaryOnly</c>, without marks): the
    /// points and timeline rendered by the renderer that rendered its headline and lede, so the result
    /// is byte for byte what <see cref="Of"/> renders whole, without rendering the headline and lede
    /// twice (a site build summarizes every brief, then renders it). Null for texts that were not
    /// such a summary.
    /// </summary>
    internal BriefTexts? Whole()
    {
        if (whole is null && rest is { } text && restFacts is { } facts)
        {
            rest = null; // the renderer remembers what it wrote: it continues once
            whole = Rest(facts, restLocale, text, Headline, Lede);
        }

        return whole;
    }

    private static BriefTexts Rest(FactFile facts, string locale, FactTextRenderer text, RenderedText headline, RenderedText lede)
    {
        var points = facts.Points.Select(p => p.For(locale)).OfType<LocatedText>().Select(p => text.RenderBoth(p, TextStyle.Prose)).ToList();
        // A timeline reads in date order whatever order the file lists it in (stable for equal dates).
        var events = facts.Events
            .OrderBy(e => e.Date)
            .Where(e => e.Text.For(locale) is not null)
            .Select(e => (e, text.RenderBoth(e.Text.For(locale), TextStyle.Prose)))
            .ToList();
        return new BriefTexts(headline, lede, points, events);
    }
}
