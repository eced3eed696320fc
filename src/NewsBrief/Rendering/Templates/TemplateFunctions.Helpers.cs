using System.Collections;
using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// The language helpers story kinds use (docs/templates.md "Functions"), each delegating to
/// <see cref="StoryHelperFormatter"/>. A bad argument (unknown compass code or province, a negative
/// distance, 25:70) fails the render with NB4002 at the call (<see cref="TypedFunction"/>).
/// </summary>
internal sealed partial class TemplateFunctions
{
    private static void AddStoryHelpers(ScriptObject fmt)
    {
        Add(fmt, TypedFunction.Create<string, string, string>("fmt.time", (c, clock, zone) => E(H(c).Time(clock, zone))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.weekday_date", (c, day) => E(H(c).WeekdayDate(day))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.zone", (c, province) => E(H(c).Zone(province))));
        Add(fmt, TypedFunction.Create<string, string, string>("fmt.local_time", (c, instant, province) => E(H(c).LocalTime(instant, province))));
        Add(fmt, TypedFunction.Create<string, string, string>("fmt.local_weekday_date", (c, instant, province) => E(H(c).LocalWeekdayDate(instant, province))));
        Add(fmt, TypedFunction.Create<decimal, string>("fmt.distance", (c, km) => E(H(c).Distance(km))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.compass", (c, code) => E(H(c).Compass(code))));
        Add(fmt, TypedFunction.Create<decimal, string, string>("fmt.change", (c, value, unit) => E(H(c).Change(value, unit))));
        Add(fmt, TypedFunction.Create<decimal, string, string>("fmt.points", (c, value, unit) => E(H(c).Points(value, unit))));
        Add(fmt, TypedFunction.Create<decimal, decimal, int, string, string>("fmt.percent_change", (c, from, to, decimals, style) =>
            E(H(c).PercentChange(from, to, decimals, style))));
        Add(fmt, TypedFunction.Create<long, string>("fmt.ordinal", (c, value) => E(H(c).Ordinal(value))));
        Add(fmt, TypedFunction.Create<object, string>("fmt.list", (c, items) => H(c).List(Items(c, items))));
        Add(fmt, TypedFunction.Create<decimal, string>("fmt.magnitude", (c, value) => E(H(c).Magnitude(value))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.province", (c, code) => E(H(c).ProvinceName(code))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.mmi", (c, intensity) => E(H(c).Mmi(intensity))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.place", (c, place) => E(H(c).Place(place))));
        // A zone id for fmt.local_time and fmt.zone, not reader text: not escaped.
        Add(fmt, TypedFunction.Create<string, decimal, decimal, string>("fmt.zone_at", (c, place, lat, lon) => H(c).ZoneAt(place, lat, lon)));
    }

    private static StoryHelperFormatter H(TemplateContext context) => F(context).Helpers;

    private static string E(string text) => MarkdownText.Escape(text);

    /// <summary>
    /// A list's items as text. They are joined as given, not escaped again: items are usually other
    /// functions' results (already escaped); escape raw data with md.escape first.
    /// </summary>
    private static List<string> Items(TemplateContext context, object items)
    {
        if (items is string || items is not IEnumerable sequence)
        {
            throw new StoryHelperException("`fmt.list` takes a list of items, such as [\"Sleman\", \"Bantul\"].");
        }

        var list = new List<string>();
        foreach (var item in sequence)
        {
            list.Add(item as string ?? context.ObjectToString(item) ?? "");
        }

        return list;
    }
}
