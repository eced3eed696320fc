using System.Globalization;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

/// <summary>
/// The <c>moment</c> and <c>period</c> kinds: a day/time or period figure written by
/// <see cref="FigureFormatter"/> (docs/style-rules.md R27-R30). A moment's value is
/// <c>2025-10-30</c>, <c>16:00</c> or <c>2025-10-30 16:00</c>; a period's is what facts write
/// (<c>2025-Q3</c>). Options: <c>zone=WIB</c>, <c>form=</c> (weekday, dateline, date, time, short,
/// modifier), <c>story=</c> (the story's date, default 2025-09-18), <c>qualifier=</c>, <c>style=</c>,
/// <c>start=sentence</c>, <c>case=sentence</c>.
/// </summary>
internal static partial class ConformanceRunner
{
    private static string Moment(ConformanceCase row, LocaleFormatter f)
    {
        PartialDate? day = null;
        TimeOnly? time = null;
        foreach (var part in row.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Contains(':', StringComparison.Ordinal))
            {
                time = TimeOnly.ParseExact(part, "HH:mm", CultureInfo.InvariantCulture);
            }
            else
            {
                day = ParseDate(row, part);
            }
        }

        var zone = row.Option("zone") is { } z ? IndonesianZones.Ids[z] : null;
        return WhenFigure(row, f, new MomentFigure("x", null, WhenQualifier(row), SourceLocation.StartOf("case.yml"), day, time, zone));
    }

    private static string PeriodCase(ConformanceCase row, LocaleFormatter f)
    {
        var period = Period.Parse(row.Value, out var error) ?? throw new FormatException($"{row}: {error}");
        return WhenFigure(row, f, new PeriodFigure("x", null, WhenQualifier(row), SourceLocation.StartOf("case.yml"), period));
    }

    private static Qualifier WhenQualifier(ConformanceCase row) => row.Option("qualifier") is { } q ? QualifierOf(q) : Qualifier.None;

    private static string WhenFigure(ConformanceCase row, LocaleFormatter f, Figure figure)
    {
        var at = SourceLocation.StartOf("case.yml");
        var empty = new LocalizedText(new Dictionary<string, LocatedText>(StringComparer.Ordinal), at);
        var facts = new FactFile
        {
            Path = "case.yml",
            Slug = "case",
            Date = row.Option("story") is { } story ? ParseDate(row, story) : StoryDate,
            Sources = [new FactSource("Source", null, null, at)],
            Figures = [figure],
            Headline = empty,
            Lede = empty,
        };

        var form = row.Option("form");
        var placement = new FigurePlacement(
            row.Option("start") == "sentence",
            row.Option("case") == "sentence" ? HeadlineCase.Sentence : HeadlineCase.Title,
            Modifier: form == PlaceholderForms.Modifier) { Form = form };
        return new FigureFormatter(f).Format(figure, facts, StyleOf(row), placement);
    }
}
