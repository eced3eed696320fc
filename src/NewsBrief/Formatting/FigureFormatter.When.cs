using System.Globalization;
using NewsBrief.Facts;

namespace NewsBrief.Formatting;

// Days, times and periods (MomentFigure, PeriodFigure): docs/style-rules.md R27-R30.
public sealed partial class FigureFormatter
{
    private string FormatWhen(Figure figure, FactFile facts, TextStyle style, FigurePlacement placement)
    {
        var form = placement.Form ?? (placement.Modifier ? PlaceholderForms.Modifier : null);
        var text = figure switch
        {
            MomentFigure m => f.Moment.Format(m, form, facts.Date),
            PeriodFigure p => f.Period.Format(p.Period, style, form),
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };

        var titleCase = placement.Case == HeadlineCase.Title;
        text = f.Money.Qualify(figure.Qualifier, text, style, titleCase);
        if (style == TextStyle.Headline && titleCase && f.Locale.HeadlineCapitals == true)
        {
            // Every word takes a capital but minor words and the day periods: AP keeps a.m. and p.m. lower case in headlines.
            var minor = f.Locale.HeadlineMinorWords.Concat(f.Locale.Time.DayPeriods.Values).ToList();
            text = TextCase.TitleCase(text, minor, compound: form == PlaceholderForms.Modifier);
        }

        return placement.SentenceStart ? TextCase.CapitalizeFirst(text) : text;
    }

    private static string RawWhen(Figure figure) => figure switch
    {
        MomentFigure m => string.Join(" ", new[]
        {
            m.Day?.ToString(),
            m.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            m.Zone is { } zone ? IndonesianZones.Ids.First(z => z.Value == zone).Key : null,
        }.Where(s => s is not null)),
        PeriodFigure p => p.Period.ToString(),
        _ => "",
    };
}
