using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

/// <summary>
/// The kinds of docs/style-rules.md R16-R19 (rows 200-299): <c>signed</c> (a figure as <c>{x}</c>,
/// <c>{x:size}</c> or <c>{x:change}</c>), <c>points</c> and <c>figure_range</c>. Input: the value
/// (<c>from..to</c> for a range). Options: <c>currency=</c>, <c>unit=</c>, <c>percent=true</c>,
/// <c>points=basis|percentage</c>, <c>form=size|change</c>, <c>qualifier=</c>, <c>style=</c>,
/// <c>start=sentence</c>, <c>case=sentence</c>, <c>rate=USD/IDR 16565 2025-09-17</c>.
/// </summary>
internal static partial class ConformanceRunner
{
    private static string Signed(ConformanceCase row, LocaleFormatter f)
    {
        var at = SourceLocation.StartOf("case.yml");
        Figure figure;
        if (row.Value.Contains("..", StringComparison.Ordinal))
        {
            var ends = row.Value.Split("..", StringSplitOptions.TrimEntries);
            figure = new RangeFigure("x", null, at, Single(row, ConformanceCase.ParseDecimal(ends[0]), Qualifier.None), Single(row, ConformanceCase.ParseDecimal(ends[1]), Qualifier.None));
        }
        else
        {
            figure = Single(row, ConformanceCase.ParseDecimal(row.Value), row.Option("qualifier") is { } q ? QualifierOf(q) : Qualifier.None);
        }

        var rates = new List<ExchangeRate>();
        if (row.Option("rate") is { } rate)
        {
            var bits = rate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pair = bits[0].Split('/');
            rates.Add(new ExchangeRate(pair[0], pair[1], ConformanceCase.ParseDecimal(bits[1]), ParseDate(row, bits[2]), null, at));
        }

        var empty = new LocalizedText(new Dictionary<string, LocatedText>(StringComparer.Ordinal), at);
        var facts = new FactFile
        {
            Path = "case.yml",
            Slug = "case",
            Date = StoryDate,
            Sources = [new FactSource("Source", null, null, at)],
            Rates = rates,
            Figures = [figure],
            Headline = empty,
            Lede = empty,
        };

        var sign = row.Option("form") switch
        {
            "size" => SignForm.Size,
            "change" => SignForm.Change,
            null => SignForm.Signed,
            var other => throw new InvalidOperationException($"{row}: unknown form '{other}'"),
        };
        var placement = new FigurePlacement(
            row.Option("start") == "sentence",
            row.Option("case") == "sentence" ? HeadlineCase.Sentence : HeadlineCase.Title,
            Sign: sign);
        return new FigureFormatter(f).Format(figure, facts, StyleOf(row), placement);
    }

    private static Figure Single(ConformanceCase row, decimal value, Qualifier qualifier)
    {
        var at = SourceLocation.StartOf("case.yml");
        if (row.Option("currency") is { } currency)
        {
            return new MoneyFigure("x", null, qualifier, at, value, currency, new Dictionary<string, decimal>(StringComparer.Ordinal));
        }

        if (row.Option("unit") is { } unit)
        {
            return new QuantityFigure("x", null, qualifier, at, value, unit);
        }

        if (BoolOption(row, "percent"))
        {
            return new PercentFigure("x", null, qualifier, at, value);
        }

        return row.Option("points") switch
        {
            "basis" => new PointsFigure("x", null, qualifier, at, value, PointUnit.Basis),
            "percentage" => new PointsFigure("x", null, qualifier, at, value, PointUnit.Percentage),
            null => new NumberFigure("x", null, qualifier, at, value),
            var other => throw new InvalidOperationException($"{row}: unknown points '{other}'"),
        };
    }
}
