using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Days, times and periods at the edges facts can write (leap days, years 1000 and 9999, the last
/// quarter and ranges across years, midnight and 23:59) keep the invariant: what
/// <c>check --strict</c> accepts, <c>render</c> and <c>build</c> succeed on; and what it refuses, it
/// refuses with a position.
/// </summary>
public sealed class TimeFiguresInvariantTests
{
    private static string Story(string date, string figure, string text = "{x}") => $$"""
        date: {{date}}
        source:
          name: Bursa Efek Indonesia
          url: https://www.idx.co.id/
        figures:
          x: {{figure}}
        headline:
          id: "Berita {{text}}"
          en: "News {{text}}"
        lede:
          id: "Terjadi {{text}}."
          en: "It happened {{text}}."
        points:
          - { id: "Lagi {{text}}.", en: "Again {{text}}." }
        """;

    public static TheoryData<string, string, string> Accepted() => new()
    {
        { "2024-02-29", "{ day: 2024-02-29, time: \"23:59\", zone: WIT }", "{x:dateline}" },
        { "2024-03-01", "{ day: 2024-02-29 }", "{x:weekday}" },
        { "9999-12-31", "{ day: 9999-12-31, time: \"00:00\", zone: WIB }", "{x:dateline}" },
        { "1000-01-01", "{ day: 1000-01-01 }", "{x:dateline}" },
        { "9999-12-31", "{ period: 9999-Q4 }", "{x:short}" },
        { "9999-12-31", "{ period: 9999-12 }", "{x}" },
        { "9999-12-31", "{ period: 9999-FY }", "{x:modifier}" },
        { "9999-12-31", "{ period: 9998-12/9999-12 }", "{x}" },
        { "2026-01-02", "{ period: 2025-12-30/2026-01-02 }", "{x}" },
        { "2025-10-30", "{ period: 2025-H2, qualifier: up_to }", "{x}" },
        { "2025-10-30", "{ time: 12:00 }", "{x}" },
        { "2025-10-30", "{ time: \"9:05\", zone: WITA, qualifier: about }", "{x}" },
        { "2025-10-30", "{ day: 2025-10-30, time: \"16:00\", zone: WIB }", "{x:time} {x:date}" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void EdgeFigure_IsAcceptedAndBuilds(string date, string figure, string text)
    {
        var outcome = AcceptedBuildsInvariant.Assert(Story(date, figure, text));

        Assert.True(outcome.Accepted, outcome.Check.Error);
    }

    [Fact]
    public void MoneyDatedInTheLastMonthFactsCanWrite_ChecksWithoutCrashing()
    {
        // PartialDate.LastDay of 9999-12 once added a month past DateOnly.MaxValue: check crashed with an internal error.
        var story = Story("9999-12-31", "{ amount: 5, currency: USD, date: 9999-12 }")
            .Replace("figures:", "rates:\n  - { pair: USD/IDR, rate: 16000, date: 9999-12-31 }\nfigures:", StringComparison.Ordinal);

        var outcome = AcceptedBuildsInvariant.Assert(story);

        Assert.True(outcome.Accepted, outcome.Check.Error);
    }

    [Fact]
    public void PeriodEnds_AreTheLastDaysTheyCover()
    {
        Assert.Equal(new DateOnly(9999, 12, 31), NewsBrief.Facts.Period.Parse("9999-Q4", out _)!.Value.LastDay);
        Assert.Equal(new DateOnly(2024, 2, 29), NewsBrief.Facts.Period.Parse("2024-02", out _)!.Value.LastDay);
        Assert.Equal(new DateOnly(2025, 6, 30), NewsBrief.Facts.Period.Parse("2025-H1", out _)!.Value.LastDay);
        Assert.Equal(new DateOnly(2025, 9, 30), NewsBrief.Facts.Period.Parse("2025-9M", out _)!.Value.LastDay);
        Assert.Equal(new DateOnly(2025, 7, 1), NewsBrief.Facts.Period.Parse("2025-Q3", out _)!.Value.FirstDay);
    }

    [Theory]
    [InlineData("{ time: \"24:00\" }", "NB1053")]
    [InlineData("{ time: 25.70 }", "NB1053")]
    [InlineData("{ time: \"14:60\" }", "NB1053")]
    [InlineData("{ time: \"-1:30\" }", "NB1053")]
    [InlineData("{ time: \"14:30:15\" }", "NB1053")]
    [InlineData("{ day: 2025-02-29 }", "NB1023")]
    [InlineData("{ day: 0999-12-31 }", "NB1023")]
    [InlineData("{ period: 2025-Q0 }", "NB1055")]
    [InlineData("{ period: 2025-H3 }", "NB1055")]
    [InlineData("{ period: 10000-Q1 }", "NB1055")]
    [InlineData("{ period: 2025-09-17/2025-09-17 }", "NB1055")]
    [InlineData("{ period: \"\" }", "NB1018")]
    [InlineData("{ zone: WIB, time: \"14:30\", day: 2025-13-01 }", "NB1023")]
    public void BadFigure_IsRefusedWithItsCode(string figure, string code)
    {
        var outcome = AcceptedBuildsInvariant.Assert(Story("2025-10-30", figure));

        Assert.False(outcome.Accepted);
        Assert.Contains($"error {code}", outcome.Check.Error, StringComparison.Ordinal);
        Assert.Matches(@"story\.yml:6:\d+: error", outcome.Check.Error);
    }
}
