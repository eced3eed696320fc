using R = NewsBrief.Localization.LocaleYamlReader;

namespace NewsBrief.Localization;

public static partial class LocaleDataParser
{
    /// <summary>The tables of <c>helpers:</c>; nested so they initialise on first use.</summary>
    private static class HelperKeys
    {
        private static readonly Dictionary<string, R.Field<ProvinceData>> Province = new(StringComparer.Ordinal)
        {
            ["name"] = static (r, s) => s.Name = r.String(),
            ["zone"] = static (r, s) => s.Zone = r.String(),
        };

        public static readonly Dictionary<string, R.Field<HelperSection>> Helpers = new(StringComparer.Ordinal)
        {
            ["distance"] = static (r, s) => s.Distance = r.String(),
            ["distance_miles"] = static (r, s) => s.DistanceMiles = r.Map(static r => r.String()),
            ["magnitude"] = static (r, s) => s.Magnitude = r.String(),
            ["list_pair"] = static (r, s) => s.ListPair = r.String(),
            ["list_separator"] = static (r, s) => s.ListSeparator = r.String(),
            ["list_last"] = static (r, s) => s.ListLast = r.String(),
            ["compass"] = static (r, s) => s.Compass = r.Map(static r => r.String()),
            ["base_zone"] = static (r, s) => s.BaseZone = r.String(),
            ["local_time"] = static (r, s) => s.LocalTime = r.String(),
            ["local_clock"] = static (r, s) => s.LocalClock = r.String(),
            ["zone_offsets"] = static (r, s) => s.ZoneOffsets = r.Map(static r => r.Int()),
            ["provinces"] = static (r, s) => s.Provinces = r.Map(static r => r.Object(Province, new ProvinceData()) ?? new()),

            // Places, felt intensities and zones of points (StoryHelperFormatter.Places.cs).
            ["mmi"] = static (r, s) => s.Mmi = r.String(),
            ["place_tokens"] = static (r, s) => s.PlaceTokens = r.Map(static r => r.String()),
            ["place_names"] = static (r, s) => s.PlaceNames = r.Map(static r => r.String()),
            ["place_separator"] = static (r, s) => s.PlaceSeparator = r.String(),
            ["zone_bands"] = static (r, s) => s.ZoneBands = r.Map(static r => r.Decimal()),
        };
    }
}
