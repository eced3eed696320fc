using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// Places as agencies write them, felt intensities and the zone of a point (StoryHelperFormatter.Places.cs).
public sealed partial record HelperSection
{
    /// <summary>A Modified Mercalli intensity or range (<c>{0} MMI</c>, <c>MMI {0}</c>).</summary>
    public string Mmi { get; init; } = "";

    /// <summary>
    /// BMKG's place tokens by prefix (<c>KAB-</c>, <c>KEP.</c>) to a pattern for the name after it
    /// (<c>Kabupaten {0}</c>, <c>{0} Regency</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> PlaceTokens { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>
    /// BMKG tokens that title case cannot write, by token (<c>LOMBOKTENGAH</c>: <c>Lombok Tengah</c>,
    /// <c>Central Lombok</c>): BMKG runs the words of some names together.
    /// </summary>
    public IReadOnlyDictionary<string, string> PlaceNames { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Between the parts of a place (<c>Tahuna, Kepulauan Sangihe</c>).</summary>
    public string PlaceSeparator { get; init; } = "";

    /// <summary>
    /// Longitude bands for a point no province names: each zone (an IANA id) from its western edge
    /// in degrees east (Asia/Makassar: 114.5).
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ZoneBands { get; init; } = ReadOnlyDictionary<string, decimal>.Empty;
}
