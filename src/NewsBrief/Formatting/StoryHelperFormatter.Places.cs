using System.Text;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Places as agencies write them (BMKG: <c>TAHUNA-KEP.SANGIHE</c>, <c>KAB-SUKABUMI</c>), felt
/// intensities on the Modified Mercalli scale, and the zone of a point no province names.
/// </summary>
public sealed partial class StoryHelperFormatter
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>
    /// A Modified Mercalli intensity or range as BMKG writes it (<c>IV</c>, <c>III - IV</c>) in the
    /// locale's order (<c>III-IV MMI</c>, <c>MMI III-IV</c>): Roman numerals I to XII, a range rising.
    /// </summary>
    public string Mmi(string intensity)
    {
        var parts = intensity.Split('-', StringSplitOptions.TrimEntries);
        var levels = parts.Select(p => Array.IndexOf(Roman, p.ToUpperInvariant())).ToArray();
        if (parts.Length is < 1 or > 2 || levels.Any(l => l < 0) || (levels.Length == 2 && levels[0] >= levels[1]))
        {
            throw new StoryHelperException($"'{intensity}' is not an MMI intensity. Write a Roman numeral from I to XII (IV), or a rising range (III-IV).");
        }

        return FieldPattern.Fill(H.Mmi, string.Join("-", levels.Select(l => Roman[l])));
    }

    /// <summary>
    /// A place as news copy writes it. A name with a lower-case letter is already written and is kept
    /// (<c>Sleman</c>, <c>Bau-Bau</c>); an all-capitals BMKG place is split at its hyphens, each part in
    /// title case (<c>RUTENG-MANGGARAI</c>: <c>Ruteng, Manggarai</c>) unless <c>helpers.place_names</c>
    /// names the token (<c>LOMBOKTENGAH</c>: <c>Lombok Tengah</c>), the prefixes of
    /// <c>helpers.place_tokens</c> written out (<c>KAB-SUKABUMI</c>: <c>Kabupaten Sukabumi</c>,
    /// <c>Sukabumi Regency</c>; <c>KEP.SANGIHE</c>: <c>Kepulauan Sangihe</c>, <c>Sangihe Islands</c>),
    /// and a trailing province code named (<c>AMBON-MALUKU</c>: <c>Ambon, Maluku</c>).
    /// </summary>
    public string Place(string place)
    {
        var text = place.Trim();
        if (text.Length == 0 || text.Any(char.IsControl))
        {
            throw new StoryHelperException("A place has no name. Write the place as the agency names it (Sleman, RUTENG-MANGGARAI).");
        }

        if (text.Any(char.IsLower))
        {
            return text;
        }

        return string.Join(H.PlaceSeparator, BmkgParts(text));
    }

    /// <summary>
    /// The zone (an IANA id, for fmt.local_time and fmt.zone) of a place and point no province field
    /// names: the province whose code ends the place (<c>AMBON-MALUKU</c>, <c>Ambon, MALUKU</c>), else
    /// the longitude band of <c>helpers.zone_bands</c> the point lies in (docs/templates.md says where
    /// bands err). A province's name is not read: names are one locale's, and every locale must tell
    /// the same quake at the same time.
    /// </summary>
    public string ZoneAt(string place, decimal latitude, decimal longitude)
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new StoryHelperException($"({Invariant(latitude)}, {Invariant(longitude)}) is not a point. Write the latitude from -90 to 90 (south negative) and the longitude from -180 to 180 (west negative).");
        }

        var last = LastPart(place.Trim());
        foreach (var (code, province) in H.Provinces)
        {
            if (string.Equals(last, code, StringComparison.OrdinalIgnoreCase))
            {
                return province.Zone;
            }
        }

        var bands = H.ZoneBands.OrderBy(b => b.Value).ToList();
        var zone = bands[0].Key; // west of every edge: the westmost band
        foreach (var (bandZone, edge) in bands)
        {
            if (longitude >= edge)
            {
                zone = bandZone;
            }
        }

        return zone;
    }

    /// <summary>The zone a helper tells time in: a province code's zone, or a zone id of <c>helpers.zone_offsets</c> (fmt.zone_at).</summary>
    private string ZoneOf(string where)
    {
        if (H.Provinces.TryGetValue(where.Trim().ToUpperInvariant(), out var province))
        {
            return province.Zone;
        }

        return H.ZoneOffsets.ContainsKey(where.Trim())
            ? where.Trim()
            : throw new StoryHelperException($"'{where}' is not a province code or a zone. Write one of {string.Join(", ", H.Provinces.Keys)}, a zone of 'helpers: zone_offsets:' ({string.Join(", ", H.ZoneOffsets.Keys)}, as fmt.zone_at gives), or add the province under 'helpers: provinces:' in {L.Path}.");
    }

    private static string LastPart(string place)
    {
        if (place.Any(char.IsLower))
        {
            var comma = place.LastIndexOf(',');
            return place[(comma + 1)..].Trim();
        }

        var dash = place.LastIndexOf('-');
        return place[(dash + 1)..].Trim();
    }

    private List<string> BmkgParts(string text)
    {
        var tokens = text.Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (i == tokens.Length - 1 && tokens.Length > 1 && H.Provinces.TryGetValue(token, out var province))
            {
                parts.Add(province.Name);
                continue;
            }

            parts.Add(Prefixed(token, i + 1 < tokens.Length ? tokens[i + 1] : null, out var usedNext));
            if (usedNext)
            {
                i++;
            }
        }

        return parts;
    }

    /// <summary>One BMKG token with a prefix of <c>helpers.place_tokens</c> written out (KAB- takes the next token, KEP. the rest of its own).</summary>
    private string Prefixed(string token, string? next, out bool usedNext)
    {
        usedNext = false;
        if (H.PlaceNames.TryGetValue(token, out var known))
        {
            return known;
        }

        foreach (var (prefix, pattern) in H.PlaceTokens)
        {
            if (prefix.EndsWith('-') && next is not null && string.Equals(token, prefix[..^1], StringComparison.Ordinal))
            {
                usedNext = true;
                return FieldPattern.Fill(pattern, H.PlaceNames.GetValueOrDefault(next) ?? TitleCase(next));
            }

            if (prefix.EndsWith('.') && token.StartsWith(prefix, StringComparison.Ordinal) && token.Length > prefix.Length)
            {
                return FieldPattern.Fill(pattern, H.PlaceNames.GetValueOrDefault(token[prefix.Length..]) ?? TitleCase(token[prefix.Length..]));
            }
        }

        return TitleCase(token);
    }

    /// <summary>Each word capitalised, the rest in lower case (<c>RUTENG</c>: <c>Ruteng</c>), culture-free.</summary>
    private static string TitleCase(string words)
    {
        var text = new StringBuilder(words.Length);
        var start = true;
        foreach (var c in words)
        {
            text.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            start = c is ' ' or '.' or '(' or '/';
        }

        return text.ToString();
    }

}
