using NewsBrief.Facts;

namespace NewsBrief.Tests.Facts;

/// <summary>The facts syntax of days, times and periods maps to the model as written.</summary>
public sealed class TimeFiguresParserTests
{
    private static Figure ParseFigure(string figure)
    {
        var text = $$"""
            date: 2025-10-30
            source: { name: IDX, url: "https://www.idx.co.id/" }
            figures:
              x: {{figure}}
            headline: { id: "Berita {x}", en: "News {x}" }
            lede: { id: "Terjadi {x}.", en: "It happened {x}." }
            """;
        var facts = FactsTestSupport.Parse(text, out var bag);
        Assert.True(facts is not null, string.Join("\n", bag.Sorted()));
        return Assert.Single(facts.Figures);
    }

    [Theory]
    [InlineData("{ time: 14:30 }", 14, 30)]        // unquoted: YAML 1.2 has no base-60 numbers, so the text is 14:30
    [InlineData("{ time: \"14:30\" }", 14, 30)]
    [InlineData("{ time: 9:05 }", 9, 5)]
    [InlineData("{ time: \"00:00\" }", 0, 0)]
    [InlineData("{ time: \"23:59\" }", 23, 59)]
    public void Time_IsReadAsWritten(string figure, int hour, int minute)
    {
        var m = Assert.IsType<MomentFigure>(ParseFigure(figure));

        Assert.Equal(new TimeOnly(hour, minute), m.Time);
        Assert.Null(m.Day);
    }

    [Theory]
    [InlineData("WIB", "Asia/Jakarta")]
    [InlineData("WITA", "Asia/Makassar")]
    [InlineData("WIT", "Asia/Jayapura")]
    public void Zone_IsTheIanaIdOfItsInitialism(string zone, string id)
    {
        var m = Assert.IsType<MomentFigure>(ParseFigure($"{{ day: 2025-10-30, time: \"16:00\", zone: {zone} }}"));

        Assert.Equal(id, m.Zone);
        Assert.Equal(PartialDate.OfDay(2025, 10, 30), m.Day);
    }

    [Theory]
    [InlineData("2025-Q3", PeriodKind.Quarter, 3, "2025-07-01", "2025-09-30")]
    [InlineData("2025-H2", PeriodKind.Half, 2, "2025-07-01", "2025-12-31")]
    [InlineData("2025-9M", PeriodKind.NineMonths, 9, "2025-01-01", "2025-09-30")]
    [InlineData("2025-FY", PeriodKind.FullYear, 0, "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", PeriodKind.Dates, 0, "2024-02-01", "2024-02-29")]
    [InlineData("2025-12-30/2026-01-02", PeriodKind.Dates, 0, "2025-12-30", "2026-01-02")]
    public void Period_CoversItsDays(string written, PeriodKind kind, int number, string first, string last)
    {
        var p = Assert.IsType<PeriodFigure>(ParseFigure($"{{ period: {written} }}")).Period;

        Assert.Equal(kind, p.Kind);
        Assert.Equal(number, p.Number);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), p.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), p.LastDay);
        Assert.Equal(written, p.ToString());
    }
}
