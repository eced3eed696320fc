using System.Globalization;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

/// <summary>Rows of kind <c>helper</c> (blocks 500 and 640): the language helpers of story kinds, by name, with named arguments.</summary>
internal static partial class ConformanceRunner
{
    private static string Helper(ConformanceCase row, LocaleFormatter f)
    {
        var h = f.Helpers;
        string A(string key) => row.Option(key) ?? throw new FormatException($"{row}: no '{key}='");
        decimal D(string key) => ConformanceCase.ParseDecimal(A(key));
        return row.Value switch
        {
            "time" => h.Time(A("clock"), row.Option("zone") ?? ""),
            "weekday_date" => h.WeekdayDate(A("day")),
            "zone" => h.Zone(A("province")),
            "local_time" => h.LocalTime(A("instant"), A("province")),
            "local_weekday_date" => h.LocalWeekdayDate(A("instant"), A("province")),
            "distance" => h.Distance(D("km")),
            "compass" => h.Compass(A("code")),
            "change" => h.Change(D("value"), row.Option("unit") ?? ""),
            "points" => h.Points(D("value"), A("unit")),
            "percent_change" => h.PercentChange(D("from"), D("to"), int.Parse(A("decimals"), CultureInfo.InvariantCulture), A("style")),
            "percent_size" => h.PercentSize(D("from"), D("to"), int.Parse(A("decimals"), CultureInfo.InvariantCulture), A("style")),
            "ordinal" => h.Ordinal(long.Parse(A("value"), CultureInfo.InvariantCulture)),
            "list" => h.List(A("items").Split(',')),
            "magnitude" => h.Magnitude(D("value")),
            "province" => h.ProvinceName(A("code")),
            "mmi" => h.Mmi(A("intensity")),
            "place" => h.Place(A("place")),
            "zone_at" => h.ZoneAt(A("place"), D("lat"), D("lon")),
            _ => throw new FormatException($"{row}: no helper '{row.Value}'"),
        };
    }
}
