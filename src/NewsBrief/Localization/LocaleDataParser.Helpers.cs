using R = NewsBrief.Localization.LocaleYamlReader;

namespace NewsBrief.Localization;

public static partial class LocaleDataParser
{
    /// <summary>The tables of <c>helpers:</c>; nested so they initialise on first use.</summary>
    private static class HelperKeys
    {
        private static readonly Dictionary<string, R.Field<ProvinceData>> Province = new(StringComparer.Ordinal)
        {
            ["name"] = static (r, s) => s with { Name = r.String() },
            ["zone"] = static (r, s) => s with { Zone = r.String() },
        };

        public static readonly Dictionary<string, R.Field<HelperSection>> Helpers = new(StringComparer.Ordinal)
        {
            ["distance"] = static (r, s) => s with { Distance = r.String() },
            ["distance_miles"] = static (r, s) => s with { DistanceMiles = r.Map(static r => r.String()) },
            ["magnitude"] = static (r, s) => s with { Magnitude = r.String() },
            ["list_pair"] = static (r, s) => s with { ListPair = r.String() },
            ["list_separator"] = static (r, s) => s with { ListSeparator = r.String() },
            ["list_last"] = static (r, s) => s with { ListLast = r.String() },
            ["compass"] = static (r, s) => s with { Compass = r.Map(static r => r.String()) },
            ["base_zone"] = static (r, s) => s with { BaseZone = r.String() },
            ["local_time"] = static (r, s) => s with { LocalTime = r.String() },
            ["local_clock"] = static (r, s) => s with { LocalClock = r.String() },
            ["zone_offsets"] = static (r, s) => s with { ZoneOffsets = r.Map(static r => r.Int()) },
            ["provinces"] = static (r, s) => s with { Provinces = r.Map(static r => r.Object(Province, new ProvinceData()) ?? new()) },

            // Places, felt intensities and zones of points (StoryHelperFormatter.Places.cs).
            ["mmi"] = static (r, s) => s with { Mmi = r.String() },
            ["place_tokens"] = static (r, s) => s with { PlaceTokens = r.Map(static r => r.String()) },
            ["place_names"] = static (r, s) => s with { PlaceNames = r.Map(static r => r.String()) },
            ["place_separator"] = static (r, s) => s with { PlaceSeparator = r.String() },
            ["zone_bands"] = static (r, s) => s with { ZoneBands = r.Map(static r => r.Decimal()) },
        };
    }
}
