using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

internal static partial class ConformanceRunner
{
    private static string Money(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string MoneyPair(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Percent(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Number(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Compact(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string NumberRange(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());
}
