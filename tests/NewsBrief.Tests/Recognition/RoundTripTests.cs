using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Recognition;
using NewsBrief.Tests.Formatting;
using NewsBrief.Tests.Support;
using Xunit.Abstractions;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// What NewsBrief writes it must read back: every conformance row of kind money, money_pair, percent,
/// count, duration and date, formatted, then recognized in the same locale, gives the input value
/// within the written precision.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<ConformanceCase> Cases = ConformanceCase.Load(RepoFiles.Data("formatting-cases.tsv"));

    private static readonly string[] Kinds = ["money", "money_pair", "percent", "count", "duration", "date"];

    public static TheoryData<int> RowNumbers()
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases.Where(c => Kinds.Contains(c.Kind)))
        {
            data.Add(c.Number);
        }

        return data;
    }

    [Fact]
    public void RoundTrip_CoversEveryRowOfTheseKinds()
    {
        // 97 rows of the style research, and 4 count rows of docs/style-rules.md R9 (scale words), which read back too;
        // rows 300-399: 24 money rows of the other currencies (R20-R23) and 14 count rows of newsroom nouns (R25).
        Assert.Equal(101, Cases.Count(c => c.Number < 300 && Kinds.Contains(c.Kind)));
        Assert.Equal(38, Cases.Count(c => c.Number is >= 300 and <= 399 && Kinds.Contains(c.Kind)));
    }

    [Theory]
    [MemberData(nameof(RowNumbers))]
    public void FormattedFigure_ReadsBackWithinItsPrecision(int number)
    {
        var row = Cases.Single(c => c.Number == number);
        var locale = RepoFiles.Catalog[row.Locale];
        var text = ConformanceRunner.Run(row, new LocaleFormatter(locale));
        var recognizer = new FigureRecognizer(locale);
        var figures = recognizer.Recognize(text);
        output.WriteLine($"{row}: «{text}» → {FigureNotation.Write(figures)}");

        switch (row.Kind)
        {
            case "money":
                AssertMoney(Whole(figures, text, row), ConformanceCase.ParseDecimal(row.Value), row.Option("currency")!, row);
                break;
            case "money_pair":
                var parts = row.Value.Split('+', StringSplitOptions.TrimEntries).Select(p => p.Split(' ')).ToArray();
                Assert.True(figures.Count == 2, $"{row}: «{text}» gave {FigureNotation.Write(figures)}");
                Assert.Same(figures[1], figures[0].Equivalent);
                AssertMoney(figures[0], ConformanceCase.ParseDecimal(parts[0][0]), parts[0][1], row);
                // The conversion in parentheses may carry the locale's approximate word (id: "(sekitar US$294.000)").
                AssertMoney(figures[1], ConformanceCase.ParseDecimal(parts[1][0]), parts[1][1], row, checkQualifier: false);
                break;
            case "percent":
                var percent = Whole(figures, text, row);
                Assert.Equal(FigureKind.Percent, percent.Kind);
                Assert.True(percent.Covers(ConformanceCase.ParseDecimal(row.Value) * 100), $"{row}: {percent.Value} ± {percent.Precision / 2}");
                break;
            case "count" or "duration":
                AssertCount(row, text, figures, recognizer);
                break;
            case "date":
                AssertDate(row, text, figures, recognizer);
                break;
        }
    }

    private static void AssertCount(ConformanceCase row, string text, IReadOnlyList<RecognizedFigure> figures, FigureRecognizer recognizer)
    {
        var paren = row.Value.IndexOf('(', StringComparison.Ordinal);
        var value = ConformanceCase.ParseDecimal((paren < 0 ? row.Value : row.Value[..paren]).Trim());
        var unit = row.Option("unit") ?? row.Option("noun");
        RecognizedFigure figure;
        if (unit is null && figures.Count == 0)
        {
            // A spelled number alone ("tiga", "three") is no figure in prose; read as a cell it is.
            figure = recognizer.Read(text, FigureKind.Number) ?? throw new InvalidOperationException($"{row}: «{text}» does not read as a number");
        }
        else
        {
            figure = Whole(figures, text, row);
        }

        Assert.Equal(unit is null ? FigureKind.Number : FigureKind.Count, figure.Kind);
        Assert.Equal(unit, figure.Key);
        Assert.True(figure.Covers(value), $"{row}: {figure.Value} ± {figure.Precision / 2}");
    }

    private static void AssertDate(ConformanceCase row, string text, IReadOnlyList<RecognizedFigure> figures, FigureRecognizer recognizer)
    {
        Assert.True(PartialDate.TryParse(row.Value, out var expected));
        RecognizedFigure figure;
        if (expected.Precision == DatePrecision.Year)
        {
            // A year alone is never a figure in prose (tahun 2023); read as a date cell it is one.
            Assert.Empty(figures);
            figure = recognizer.Read(text, FigureKind.Date) ?? throw new InvalidOperationException($"{row}: «{text}» does not read as a date");
        }
        else
        {
            figure = Whole(figures, text, row);
        }

        var date = figure.Date!;
        Assert.Equal(expected.Precision, date.Precision);
        if (row.Option("omitYear") == "true")
        {
            Assert.Null(date.Year);
            Assert.Equal((expected.Month, expected.Day), (date.Month, date.Day));
        }
        else
        {
            Assert.Equal(expected, date.ToPartialDate());
        }
    }

    private static void AssertMoney(RecognizedFigure figure, decimal amount, string currency, ConformanceCase row, bool checkQualifier = true)
    {
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(currency, figure.Key);
        Assert.True(figure.Covers(amount), $"{row}: {figure.Value} ± {figure.Precision / 2} does not cover {amount}");
        if (checkQualifier)
        {
            var expected = row.Option("qualifier") is { } key ? Enum.Parse<Qualifier>(key.Replace("_", "", StringComparison.Ordinal), ignoreCase: true) : Qualifier.None;
            Assert.Equal(expected, figure.Qualifier);
        }
    }

    /// <summary>The one figure that spans the whole text.</summary>
    private static RecognizedFigure Whole(IReadOnlyList<RecognizedFigure> figures, string text, ConformanceCase row)
    {
        Assert.True(figures.Count == 1, $"{row}: «{text}» gave {FigureNotation.Write(figures)}");
        Assert.True(figures[0].Start == 0 && figures[0].Length == text.Length, $"{row}: span {figures[0].Start}+{figures[0].Length} of «{text}»");
        return figures[0];
    }
}
