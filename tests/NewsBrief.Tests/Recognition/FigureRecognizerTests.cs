using NewsBrief.Facts;
using NewsBrief.Recognition;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Recognition;

/// <summary>Spans, precision, links and the seed article.</summary>
public sealed class FigureRecognizerTests
{
    private static readonly FigureRecognizer Id = new(RepoFiles.Catalog["id"]);
    private static readonly FigureRecognizer En = new(RepoFiles.Catalog["en"]);

    [Theory]
    [InlineData("Biaya sekitar Rp4,87 miliar kemarin.", "sekitar Rp4,87 miliar")]
    [InlineData("Harga Rp 636 T.", "Rp 636 T")]
    [InlineData("mencapai lebih dari USD100 juta untuk", "lebih dari USD100 juta")]
    [InlineData("sebesar 36 juta dolar AS (sekitar", "36 juta dolar AS")]
    [InlineData("naik 5,3 persen, lalu", "5,3 persen")]
    [InlineData("pada Rabu, 17 September 2025, DeepSeek", "Rabu, 17 September 2025")]
    public void Id_SpanIsExactlyTheFigureAsWritten(string text, string figure)
    {
        var found = Assert.Single(Id.Recognize(text));
        Assert.Equal(text.IndexOf(figure, StringComparison.Ordinal), found.Start);
        Assert.Equal(figure.Length, found.Length);
        Assert.Equal(figure, text.Substring(found.Start, found.Length));
        Assert.Equal(figure, found.Text);
    }

    [Theory]
    [InlineData("It cost about $294,000 in total.", "about $294,000")]
    [InlineData("on Sept. 17, 2025, in", "Sept. 17, 2025")]
    [InlineData("a 5.3% rise", "5.3%")]
    [InlineData("took 80 hours.", "80 hours")]
    public void En_SpanIsExactlyTheFigureAsWritten(string text, string figure)
    {
        var found = Assert.Single(En.Recognize(text));
        Assert.Equal(figure, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Rp4 Miliar", 4_000_000_000, 1_000_000_000)]
    [InlineData("Rp4,87 miliar", 4_870_000_000, 10_000_000)]
    [InlineData("Rp4,9 Miliar", 4_900_000_000, 100_000_000)]
    [InlineData("USD294 ribu", 294_000, 1_000)]
    [InlineData("Rp5.000,00", 5_000, 0.01)]
    [InlineData("US$294.000", 294_000, 1)]
    public void Id_PrecisionIsOneStepOfTheLastWrittenDigit(string text, decimal value, decimal precision)
    {
        var figure = Assert.Single(Id.Recognize(text));
        Assert.Equal(value, figure.Value);
        Assert.Equal(precision, figure.Precision);
    }

    [Fact]
    public void RpFourMiliar_DoesNotCoverTheTrainingCost()
    {
        // The seed headline's truncation: Rp4 Miliar reads as 3.5 to 4.5 miliar, so 4.87 is outside it.
        var headline = Assert.Single(Id.Recognize("DeepSeek Cuma Habiskan Rp4 Miliar untuk Biaya Pelatihan"));
        Assert.False(headline.Covers(4_870_000_000m));
        Assert.True(Assert.Single(Id.Recognize("Rp4,9 Miliar")).Covers(4_870_000_000m));
    }

    [Fact]
    public void Equivalent_IsLinkedBothWays()
    {
        var figures = Id.Recognize("sekitar Rp4,87 miliar (setara dengan USD294 ribu) untuk");
        Assert.Equal(2, figures.Count);
        Assert.Same(figures[1], figures[0].Equivalent);
        Assert.Same(figures[0], figures[1].EquivalentOf);
        Assert.Equal(Qualifier.About, figures[0].Qualifier);
        Assert.Equal(("IDR", "USD"), (figures[0].Key, figures[1].Key));
    }

    [Theory]
    [InlineData("M", "m", 1_000_000_000)]
    [InlineData("jt", "JT", 1_000_000)]
    public void Id_ShortScalesMatchCaseSensitively(string scale, string otherCase, decimal multiplier)
    {
        // In id "M" is miliar; "m" is a metre, so it is no scale.
        Assert.Equal(4 * multiplier, Assert.Single(Id.Recognize("Rp4 " + scale)).Value);
        Assert.Equal(4, Assert.Single(Id.Recognize("Rp4 " + otherCase)).Value);
    }

    [Fact]
    public void SameDigits_ReadWithEachLocalesSeparators()
    {
        Assert.Equal(4.87m, Assert.Single(Id.Recognize("4,87 persen")).Value);
        Assert.Equal(1250m, Assert.Single(Id.Recognize("1.250 orang")).Value);
        Assert.Equal(1250m, Assert.Single(En.Recognize("1,250 people")).Value);
        Assert.Equal(4.87m, Assert.Single(En.Recognize("4.87%")).Value);
        Assert.Empty(En.Recognize("4,87%"));
        Assert.Empty(Id.Recognize("pukul 14.30"));
    }

    [Fact]
    public void Read_TakesAYearAloneOnlyWhenADateIsExpected()
    {
        Assert.Empty(Id.Recognize("2023"));
        Assert.Equal(PartialDate.OfYear(2023), Id.Read("2023", FigureKind.Date)!.Date!.ToPartialDate());
        Assert.Equal(2023m, Id.Read("2023", FigureKind.Number)!.Value);
        Assert.Equal(3m, Id.Read("tiga", FigureKind.Number)!.Value);
        Assert.Null(Id.Read("tiga orang dan 5", FigureKind.Number));
    }

    [Fact]
    public void SeedArticle_YieldsItsFiguresAndNoModelNamesOrYears()
    {
        var text = File.ReadAllText(RepoFiles.Data(Path.Combine("seed", "deepseek-r1-cost.id.txt")));
        var figures = Id.Recognize(text);
        var written = figures.Select(f => f.Text).ToList();

        var cost = Assert.Single(figures, f => f.Text == "sekitar Rp4,87 miliar");
        Assert.Equal((FigureKind.Money, 4_870_000_000m, "IDR", Qualifier.About), (cost.Kind, cost.Value, cost.Key, cost.Qualifier));
        Assert.Equal((294_000m, "USD"), (cost.Equivalent!.Value, cost.Equivalent.Key));
        Assert.Equal("USD294 ribu", cost.Equivalent.Text);

        var rivals = Assert.Single(figures, f => f.Text == "lebih dari USD100 juta");
        Assert.Equal((100_000_000m, "USD", Qualifier.MoreThan), (rivals.Value, rivals.Key, rivals.Qualifier));
        Assert.Equal((512m, "chip"), Pair(Assert.Single(figures, f => f.Text == "512 chip")));
        Assert.Equal((80m, "hour"), Pair(Assert.Single(figures, f => f.Text == "80 jam")));
        Assert.Equal(PartialDate.OfDay(2025, 9, 17), Assert.Single(figures, f => f.Text == "17 September 2025").Date!.ToPartialDate());
        Assert.Equal(PartialDate.OfMonth(2022, 10), Assert.Single(figures, f => f.Text == "Oktober 2022").Date!.ToPartialDate());
        var headline = Assert.Single(figures, f => f.Text == "Rp4 Miliar");
        Assert.Equal(1_000_000_000m, headline.Precision);

        // The headline, the cost and its equivalent, the rivals' cost, the date, chips, hours, the ban's month.
        Assert.Equal(8, figures.Count);
        foreach (var name in new[] { "H800", "H100", "A100", "R1", "2023", "800", "100", "1" })
        {
            Assert.DoesNotContain(figures, f => f.Text.EndsWith(name, StringComparison.Ordinal) && f.Kind != FigureKind.Money);
        }

        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.Date && f.Date!.Precision == DatePrecision.Year);
        Assert.Equal(written.OrderBy(f => text.IndexOf(f, StringComparison.Ordinal)), written);
    }

    private static (decimal, string?) Pair(RecognizedFigure f) => (f.Value, f.Key);
}
