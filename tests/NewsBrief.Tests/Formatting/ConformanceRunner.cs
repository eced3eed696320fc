using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

/// <summary>
/// Turns a conformance row into a formatter call. Numbers and money live in
/// ConformanceRunner.Numbers.cs, dates, words and counts in ConformanceRunner.Dates.cs.
/// </summary>
internal static partial class ConformanceRunner
{
    public static string Run(ConformanceCase row, LocaleFormatter f) => row.Kind switch
    {
        "money" => Money(row, f),
        "money_pair" => MoneyPair(row, f),
        "percent" => Percent(row, f),
        "number" => Number(row, f),
        "compact" => Compact(row, f),
        "range" when row.Option("kind") == "date" => DateRange(row, f),
        "range" => NumberRange(row, f),
        "date" => Date(row, f),
        "time" => Time(row, f),
        "duration" or "count" => Count(row, f),
        "words" => Words(row, f),
        "ordinal" => Ordinal(row, f),
        "figure" => Figure(row, f),
        "signed" or "points" or "figure_range" => Signed(row, f),
        "moment" => Moment(row, f),
        "period" => PeriodCase(row, f),
        "helper" => Helper(row, f),
        _ => throw new InvalidOperationException($"No runner for kind '{row.Kind}' ({row}): add one, never skip a row."),
    };
}
