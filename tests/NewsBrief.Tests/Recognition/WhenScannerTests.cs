using NewsBrief.Extraction;
using NewsBrief.Recognition;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// Times, weekday datelines and periods are read back from prose by the locale's own patterns, and
/// <c>extract</c> drafts them as <c>time</c>, <c>day</c> and <c>period</c> figures with the form the
/// text used.
/// </summary>
public sealed class WhenScannerTests
{
    private static IReadOnlyList<RecognizedFigure> Find(string locale, string text, int? year = null) =>
        new WhenScanner(RepoFiles.Catalog[locale]).Find(text, year);

    [Theory]
    [InlineData("id", "Laporan terbit pukul 14.30 WIB kemarin.", "pukul 14.30 WIB", "14:30 WIB")]
    [InlineData("id", "Rapat dimulai pukul 09.05 WIT.", "pukul 09.05 WIT", "09:05 WIT")]
    [InlineData("id", "Rapat dimulai pukul 16.00.", "pukul 16.00", "16:00")]
    [InlineData("en", "The bank said at 2:30 p.m. that it would act.", "2:30 p.m.", "14:30")]
    [InlineData("en", "Trading stopped at 9 a.m. local time.", "9 a.m. local time", "09:00")]
    [InlineData("en", "The vote came at noon.", "noon", "12:00")]
    [InlineData("en", "It ended at 12:15 a.m.", "12:15 a.m.", "00:15")]
    public void Time_IsFoundWithItsFactsKey(string locale, string text, string written, string key)
    {
        var figure = Assert.Single(Find(locale, text));

        Assert.Equal(FigureKind.Time, figure.Kind);
        Assert.Equal(written, figure.Text);
        Assert.Equal(key, figure.Key);
    }

    [Theory]
    [InlineData("id", "pukul 25.70 WIB")]
    [InlineData("id", "pukul 14.60 WIB")]
    [InlineData("en", "at 13:30 p.m.")]
    [InlineData("en", "version 2.30 is out")]
    public void ImpossibleOrOtherNumbers_AreNotTimes(string locale, string text) =>
        Assert.DoesNotContain(Find(locale, text), f => f.Kind == FigureKind.Time);

    [Theory]
    [InlineData("id", "Laporan terbit pada Kamis (30/10/2025).", "Kamis (30/10/2025)", "2025-10-30")]
    [InlineData("id", "Laporan terbit pada Kamis (30/10/2025) pukul 16.00 WIB.", "Kamis (30/10/2025) pukul 16.00 WIB", "2025-10-30 16:00 WIB")]
    [InlineData("id", "Pada Kamis (29/2/2024) pasar tutup.", "Kamis (29/2/2024)", "2024-02-29")]
    [InlineData("en", "The results came out at 4 p.m. Thursday.", "4 p.m. Thursday", "<yyyy-mm-dd> Thursday 16:00")]
    public void Dateline_IsFoundWithItsDayAndTime(string locale, string text, string written, string key)
    {
        var figure = Assert.Single(Find(locale, text));

        Assert.Equal(FigureKind.Day, figure.Kind);
        Assert.Equal("dateline", figure.Form);
        Assert.Equal(written, figure.Text);
        Assert.Equal(key, figure.Key);
    }

    [Theory]
    [InlineData("Rabu (30/10/2025)")]  // 30 October 2025 is a Thursday
    [InlineData("Kamis (30/2/2025)")]  // no such day
    public void DatelineWhoseWeekdayOrDayIsWrong_IsNotADay(string text) =>
        Assert.DoesNotContain(Find("id", text), f => f.Kind == FigureKind.Day);

    [Theory]
    [InlineData("id", "Laba kuartal III-2025 naik.", "kuartal III-2025", "2025-Q3", null)]
    [InlineData("id", "Laba Kuartal IV-2024 naik.", "Kuartal IV-2024", "2024-Q4", null)]
    [InlineData("id", "Laba semester I-2025 naik.", "semester I-2025", "2025-H1", null)]
    [InlineData("id", "Sepanjang sembilan bulan pertama 2025 laba naik.", "sembilan bulan pertama 2025", "2025-9M", null)]
    [InlineData("id", "Laba tahun buku 2024 naik.", "tahun buku 2024", "2024-FY", null)]
    [InlineData("id", "Kinerja kuartal III membaik.", "kuartal III", "2025-Q3", "short")]
    [InlineData("en", "Profit rose in the third quarter of 2025.", "the third quarter of 2025", "2025-Q3", null)]
    [InlineData("en", "Q3 2025 profit rose.", "Q3 2025", "2025-Q3", null)]
    [InlineData("en", "Its third-quarter profit rose.", "third-quarter", "2025-Q3", "modifier")]
    [InlineData("en", "Profit rose in the third quarter.", "the third quarter", "2025-Q3", "short")]
    [InlineData("en", "Profit fell in the first half of 2024.", "the first half of 2024", "2024-H1", null)]
    [InlineData("en", "In the first nine months of 2025 it grew.", "the first nine months of 2025", "2025-9M", null)]
    public void Period_IsFoundWithItsFactsKeyAndForm(string locale, string text, string written, string key, string? form)
    {
        var figure = Assert.Single(Find(locale, text, 2025));

        Assert.Equal(FigureKind.Period, figure.Kind);
        Assert.Equal(written, figure.Text);
        Assert.Equal(key, figure.Key);
        Assert.Equal(form, figure.Form);
    }

    [Fact]
    public void PeriodWithoutAYear_AndNoArticleYear_AsksForIt()
    {
        var figure = Assert.Single(Find("en", "Profit rose in the third quarter."));

        Assert.Equal("<yyyy>-Q3", figure.Key);
    }

    [Fact]
    public void Extract_IndonesianArticle_DraftsTimesDatelinesAndPeriods()
    {
        const string article = """
            Laba Contoh Makmur Kuartal III-2025 Naik

            PT Contoh Makmur Tbk membukukan laba bersih Rp1,2 triliun pada kuartal III-2025. Laporan diterbitkan pada Kamis (30/10/2025) pukul 16.00 WIB. Kinerja kuartal III didorong ekspor. Paparan publik digelar pukul 10.30 WITA.
            """;

        var draft = new ArticleExtractor(RepoFiles.Catalog).Extract(article, "id", "article.txt");

        Assert.Contains("    period: 2025-Q3\n", draft, StringComparison.Ordinal);
        Assert.Contains("    day: 2025-10-30\n    time: \"16:00\"\n    zone: WIB\n", draft, StringComparison.Ordinal);
        Assert.Contains("    time: \"10:30\"\n    zone: WITA\n", draft, StringComparison.Ordinal);
        Assert.Matches(@"Laporan diterbitkan pada \{[a-z_]+:dateline\}\.", draft);
        Assert.Matches(@"Kinerja \{[a-z_]+:short\} didorong ekspor\.", draft);
        Assert.Matches(@"Paparan publik digelar \{[a-z_]+_time\}\.", draft);
    }

    [Fact]
    public void Extract_EnglishArticle_DraftsTimesDatelinesAndPeriods()
    {
        const string article = """
            Contoh Makmur Q3 2025 Profit Rises

            PT Contoh Makmur Tbk posted a net profit of 1.2 trillion rupiah in the third quarter of 2025. The results were released at 4 p.m. local time Thursday. Its third-quarter results beat forecasts. A public expose is set for noon.
            """;

        var draft = new ArticleExtractor(RepoFiles.Catalog).Extract(article, "en", "article.txt");

        Assert.Contains("    period: 2025-Q3\n", draft, StringComparison.Ordinal);
        Assert.Contains("    day: <yyyy-mm-dd>   # the article says only \"Thursday\": fill in the date\n    time: \"16:00\"\n", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("zone: WIB", draft, StringComparison.Ordinal); // "local time" names no one zone
        Assert.Contains("    time: \"12:00\"\n", draft, StringComparison.Ordinal);
        Assert.Matches(@"released at \{[a-z_]+:dateline\}\.", draft);
        Assert.Matches(@"Its \{[a-z_]+:modifier\} results", draft);
        Assert.Matches(@"profit of \{[a-z_]+\} in \{[a-z_]+_period\}\.", draft);
    }
}
