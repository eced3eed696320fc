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
            return new BriefTexts(headline, lede, [], []);
        }

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
