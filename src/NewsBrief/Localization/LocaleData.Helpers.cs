using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// Language helpers story kinds use (Rendering/Templates/TemplateFunctions.Helpers.cs).
public sealed partial record LocaleData
{
    /// <summary>Words and patterns of the template language helpers (<c>helpers:</c>).</summary>
    public HelperSection? Helpers { get; init; }

    internal HelperSection HelpersData => Helpers ?? throw MissingSection("helpers");
}

/// <summary><c>helpers:</c> the words of the language helpers story kinds use (docs/templates.md).</summary>
public sealed partial record HelperSection
{
    /// <summary>A distance in kilometres (<c>{0} km</c>).</summary>
    public string Distance { get; init; } = "";

    /// <summary>A distance with miles, by the miles' plural category (<c>{0} km ({1} miles)</c>); empty: no conversion.</summary>
    public IReadOnlyDictionary<string, string> DistanceMiles { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>An earthquake's magnitude (<c>magnitudo {0}</c>).</summary>
    public string Magnitude { get; init; } = "";

    /// <summary>Two items joined (<c>{0} dan {1}</c>).</summary>
    public string ListPair { get; init; } = "";

    /// <summary>Between items before the last (<c>, </c>).</summary>
    public string ListSeparator { get; init; } = "";

    /// <summary>The items before the last, then the last, of three or more (<c>{0}, dan {1}</c>; AP <c>{0} and {1}</c>).</summary>
    public string ListLast { get; init; } = "";

    /// <summary>Compass codes (N, NNE, ..., NW, NNW) to words.</summary>
    public IReadOnlyDictionary<string, string> Compass { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The zone a reported time is given in (id: <c>Asia/Jakarta</c>, BMKG's WIB); empty: local time only.</summary>
    public string BaseZone { get; init; } = "";

    /// <summary>The base time, then the local clock, when the zones differ (<c>{0} ({1})</c>).</summary>
    public string LocalTime { get; init; } = "";

    /// <summary>The local clock in parentheses (<c>HH.mm</c>), before its zone abbreviation.</summary>
    public string LocalClock { get; init; } = "";

    /// <summary>UTC offsets in whole hours of the zones provinces name (Asia/Makassar: 8).</summary>
    public IReadOnlyDictionary<string, int> ZoneOffsets { get; init; } = ReadOnlyDictionary<string, int>.Empty;

    /// <summary>Provinces by BMKG-style code.</summary>
    public IReadOnlyDictionary<string, ProvinceData> Provinces { get; init; } = ReadOnlyDictionary<string, ProvinceData>.Empty;
}

/// <summary>One province: its name in this locale and its time zone (an IANA id).</summary>
public sealed record ProvinceData
{
    /// <summary>The name (<c>Nusa Tenggara Timur</c>, <c>East Nusa Tenggara</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The IANA zone id (<c>Asia/Makassar</c>: WITA).</summary>
    public string Zone { get; init; } = "";
}
