namespace NewsBrief.Localization;

internal static partial class LocaleDataValidator
{
    private static void ValidatePlaceHelpers(LocaleData data, HelperSection h, Action<bool, string> require)
    {
        require(h.Mmi.Contains("{0}", StringComparison.Ordinal), "helpers.mmi (a pattern with {0}, the intensity: {0} MMI)");
        foreach (var (prefix, pattern) in h.PlaceTokens)
        {
            require((prefix.EndsWith('-') || prefix.EndsWith('.')) && prefix.Length > 1 && pattern.Contains("{0}", StringComparison.Ordinal),
                $"helpers.place_tokens.{prefix} (a prefix ending in - or . such as KAB- or KEP., with a pattern with {{0}})");
        }

        foreach (var (token, name) in h.PlaceNames)
        {
            require(token.Length > 0 && token.All(c => !char.IsLower(c)) && name.Length > 0, $"helpers.place_names.{token} (a BMKG token in capitals, with the name to write)");
        }

        require(h.PlaceSeparator.Length > 0, "helpers.place_separator");
        require(h.ZoneBands.Count > 0, "helpers.zone_bands (each zone from its western edge in degrees east)");
        foreach (var (zone, edge) in h.ZoneBands)
        {
            require(h.ZoneOffsets.ContainsKey(zone) && data.Time.Zones.ContainsKey(zone) && edge is >= -180 and <= 180,
                $"helpers.zone_bands.{zone} (an IANA id under helpers.zone_offsets and time.zones, with a longitude from -180 to 180)");
        }
    }
}
