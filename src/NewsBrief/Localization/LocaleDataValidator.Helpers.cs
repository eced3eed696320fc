namespace NewsBrief.Localization;

internal static partial class LocaleDataValidator
{
    /// <summary>The 16 compass codes story kinds take (kinds.md: N, NE, ..., and 16-point such as NNE).</summary>
    internal static readonly string[] CompassCodes = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    static partial void ValidateHelperSection(LocaleData data, Action<bool, string> require)
    {
        static bool Has(string pattern, string field) => pattern.Contains(field, StringComparison.Ordinal);

        require(data.Helpers is not null, "helpers");
        if (data.Helpers is not { } h)
        {
            return;
        }

        require(Has(h.Distance, "{0}"), "helpers.distance (a pattern with {0}, the kilometres)");
        require(h.DistanceMiles.Count == 0 || (h.DistanceMiles.ContainsKey(PluralRules.Other) && h.DistanceMiles.Values.All(p => Has(p, "{0}") && Has(p, "{1}"))),
            "helpers.distance_miles (an `other` form; every form with {0} km and {1} miles; or leave it out)");
        require(Has(h.Magnitude, "{0}"), "helpers.magnitude (a pattern with {0})");
        require(Has(h.ListPair, "{0}") && Has(h.ListPair, "{1}"), "helpers.list_pair (a pattern with {0} and {1})");
        require(h.ListSeparator.Length > 0, "helpers.list_separator");
        require(Has(h.ListLast, "{0}") && Has(h.ListLast, "{1}"), "helpers.list_last (a pattern with {0} and {1})");
        foreach (var code in CompassCodes)
        {
            require(h.Compass.TryGetValue(code, out var word) && word.Length > 0, $"helpers.compass.{code}");
        }

        require(h.BaseZone.Length == 0 || (h.ZoneOffsets.ContainsKey(h.BaseZone) && data.Time.Zones.ContainsKey(h.BaseZone)),
            "helpers.base_zone (an IANA id under helpers.zone_offsets and time.zones; or leave it out)");
        require(h.BaseZone.Length == 0 || (Has(h.LocalTime, "{0}") && Has(h.LocalTime, "{1}") && h.LocalClock.Length > 0),
            "helpers.local_time (a pattern with {0} and {1}) and helpers.local_clock (such as HH.mm), with a base_zone");
        require(h.Provinces.Count > 0, "helpers.provinces");
        foreach (var (code, province) in h.Provinces)
        {
            require(province.Name.Length > 0, $"helpers.provinces.{code}.name");
            require(h.ZoneOffsets.ContainsKey(province.Zone) && data.Time.Zones.ContainsKey(province.Zone),
                $"helpers.provinces.{code}.zone (an IANA id under helpers.zone_offsets and time.zones)");
        }

        ValidatePlaceHelpers(data, h, require);
    }
}
