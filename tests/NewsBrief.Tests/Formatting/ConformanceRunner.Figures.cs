using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

/// <summary>
/// The <c>figure</c> kind: a story's figure written by <see cref="FigureFormatter"/>, with the story
/// around it given as options (docs/style-rules.md, "Rules added beyond the style research").
/// Options: <c>currency=</c> (money) or <c>unit=</c> (quantity), <c>percent=true</c>, <c>qualifier=</c>,
/// <c>rate=USD/IDR 16565 2025-09-17</c>, <c>reported=USD 304200000</c>, <c>per=</c>, <c>date=</c> (the amount's
/// date), <c>style=</c>, <c>start=sentence</c>, <c>case=sentence</c> (the headline's), <c>repeated=true</c>, <c>modifier=true</c>, <c>convert=false</c>.
/// The story is dated 2025-09-18.
/// </summary>
internal static partial class ConformanceRunner
{
    private static readonly PartialDate StoryDate = PartialDate.OfDay(2025, 9, 18);

    private static string Figure(ConformanceCase row, LocaleFormatter f)
    {
        var at = SourceLocation.StartOf("case.yml");
        var value = ConformanceCase.ParseDecimal(row.Value);
        var qualifier = row.Option("qualifier") is { } q ? QualifierOf(q) : Qualifier.None;
        Figure figure;
        if (row.Option("currency") is { } currency)
        {
            var reported = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (row.Option("reported") is { } r)
            {
                var (amount, code) = AmountAndCurrency(r.Split(' ') is [var c, var a] ? $"{a} {c}" : r);
                reported[code] = amount;
            }

            figure = new MoneyFigure("x", null, qualifier, at, value, currency, reported)
            {
                Date = row.Option("date") is { } d ? ParseDate(row, d) : null,
                Per = row.Option("per"),
                Convert = row.Option("convert") != "false",
            };
        }
        else if (row.Option("unit") is { } unit)
        {
            figure = new QuantityFigure("x", null, qualifier, at, value, unit);
        }
        else if (BoolOption(row, "percent"))
        {
            figure = new PercentFigure("x", null, qualifier, at, value);
        }
        else
        {
            figure = new NumberFigure("x", null, qualifier, at, value);
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

        var placement = new FigurePlacement(
            row.Option("start") == "sentence",
            row.Option("case") == "sentence" ? HeadlineCase.Sentence : HeadlineCase.Title,
            BoolOption(row, "repeated"),
            BoolOption(row, "modifier"));
        return new FigureFormatter(f).Format(figure, facts, StyleOf(row), placement);
    }
}
