using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

internal static partial class ConformanceRunner
{
    private static string DateRange(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Date(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Time(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Count(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Words(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());

    private static string Ordinal(ConformanceCase row, LocaleFormatter f) => throw new NotImplementedException(row.ToString());
}
