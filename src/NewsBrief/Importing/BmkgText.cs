using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBrief.Importing;

/// <summary>
/// BMKG's texts as it writes them, read into the <c>earthquake</c> kind's values: dates
/// (<c>12 Des 2025</c>), times (<c>14:35:21 WIB</c>), depths (<c>10 km</c>), hemispheres
/// (<c>7.52 LS</c>), both forms of <c>Wilayah</c>, the three forms of <c>Potensi</c> and
/// <c>Dirasakan</c>. Each reader returns null (or false) with a message that says what was expected.
/// </summary>
internal static partial class BmkgText
{
    /// <summary>WIB, the zone of BMKG's <c>Tanggal</c> and <c>Jam</c>: UTC+7, no daylight saving.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"];

    // Other spellings seen in Indonesian copy, as BMKG has used them in older feeds.
    private static readonly Dictionary<string, int> MonthAliases = new(StringComparer.Ordinal) { ["agt"] = 8, ["ags"] = 8, ["agust"] = 8, ["sept"] = 9, ["nop"] = 11 };

    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["WIB"] = TimeSpan.FromHours(7), ["WITA"] = TimeSpan.FromHours(8), ["WIT"] = TimeSpan.FromHours(9), ["UTC"] = TimeSpan.Zero,
    };

    // Indonesian compass words, longest first so 'barat daya' wins over 'barat'; spaces optional (BMKG writes TimurLaut).
    private static readonly (string Words, string Code)[] Directions =
    [
        ("baratdaya", "SW"), ("baratlaut", "NW"), ("timurlaut", "NE"), ("tenggara", "SE"),
        ("utara", "N"), ("selatan", "S"), ("timur", "E"), ("barat", "W"),
    ];

    /// <summary><c>12 Des 2025</c>: a day of BMKG's Indonesian month abbreviations.</summary>
    public static DateOnly? Date(string text, out string? problem)
    {
        var m = DatePattern().Match(text);
        problem = null;
        if (!m.Success)
        {
            problem = $"`{text}` is not a date as BMKG writes it (`12 Des 2025`: day, Indonesian month abbreviation, year).";
            return null;
        }

        var name = m.Groups["month"].Value.ToLowerInvariant();
        var month = Array.IndexOf(Months, name.Length > 3 ? name[..3] : name) + 1;
        if (MonthAliases.TryGetValue(name, out var alias))
        {
            month = alias;
        }

        if (month == 0)
        {
            problem = $"`{m.Groups["month"].Value}` is not a month: BMKG writes Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des.";
            return null;
        }

        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"`{text}` is not a day of the calendar.";
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary><c>14:35:21 WIB</c>: a time of day and its zone's offset.</summary>
    public static (TimeOnly Time, TimeSpan Offset, string Zone)? Clock(string text, out string? problem)
    {
        var m = ClockPattern().Match(text);
        problem = null;
        if (!m.Success)
        {
            problem = $"`{text}` is not a time as BMKG writes it (`14:35:21 WIB`).";
            return null;
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            problem = $"`{text}` is not a time of day (hours 00-23, minutes and seconds 00-59).";
            return null;
        }

        var zone = m.Groups["zone"].Success ? m.Groups["zone"].Value.ToUpperInvariant() : "WIB";
        return (new TimeOnly(hour, minute, second), Zones[zone], zone);
    }

    /// <summary><c>2025-12-12T07:35:21+00:00</c>: ISO 8601 with an offset (or Z).</summary>
    public static DateTimeOffset? Instant(string text, out string? problem)
    {
        problem = null;
        string[] formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ss"];
        if (text.Length <= 40 && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && instant.Year >= 1900)
        {
            return instant.ToUniversalTime();
        }

        problem = $"`{text}` is not a moment that exists (expected ISO 8601 with its offset, such as 2025-12-12T07:35:21+00:00).";
        return null;
    }

    /// <summary><c>10 km</c>: a depth in kilometres.</summary>
    public static decimal? Kilometres(string text)
    {
        var m = KilometrePattern().Match(text);
        return m.Success && FeedEvent.TryDecimal(m.Groups["n"].Value.Replace(',', '.'), out var km) ? km : null;
    }

    /// <summary><c>7.52 LS</c>, <c>110.44 BT</c>: a latitude (LU/LS) or longitude (BT/BB), signed.</summary>
    public static decimal? Hemisphere(string text, bool latitude)
    {
        var m = HemispherePattern().Match(text);
        if (!m.Success || !FeedEvent.TryDecimal(m.Groups["n"].Value, out var value))
        {
            return null;
        }

        var side = m.Groups["side"].Value.ToUpperInvariant();
        return (latitude, side) switch
        {
            (true, "LU") => value,
            (true, "LS") => -value,
            (false, "BT") => value,
            (false, "BB") => -value,
            _ => null,
        };
    }

    /// <summary>
    /// <c>Wilayah</c>, either form: <c>Pusat gempa berada di darat 8 km barat daya Sleman</c> (autogempa,
    /// gempadirasakan) or <c>84 km TimurLaut RUTENG-MANGGARAI-NTT</c> (gempaterkini).
    /// </summary>
    public static QuakeEpicenter? Region(string text, out string? problem)
    {
        problem = null;
        bool? atSea = null;
        var rest = text.Trim();
        var sentence = SentencePattern().Match(rest);
        if (sentence.Success)
        {
            atSea = sentence.Groups["where"].Value.Equals("laut", StringComparison.OrdinalIgnoreCase);
            rest = rest[sentence.Length..].Trim();
        }

        var distance = DistancePattern().Match(rest);
        if (!distance.Success || !FeedEvent.TryDecimal(distance.Groups["n"].Value.Replace(',', '.'), out var km))
        {
            problem = $"`{text}` does not say where the epicenter is as BMKG does: a distance in km, a direction and a place (`84 km TimurLaut RUTENG-MANGGARAI-NTT`, `Pusat gempa berada di darat 8 km barat daya Sleman`).";
            return null;
        }

        rest = rest[distance.Length..].Trim();
        var direction = Direction(rest, out var used);
        if (direction is null)
        {
            problem = $"`{text}` has no compass direction after the distance (BMKG writes Utara, TimurLaut, Timur, Tenggara, Selatan, BaratDaya, Barat, BaratLaut).";
            return null;
        }

        var placeText = rest[used..].Trim();
        var (place, province) = Place(placeText);
        if (place.Length == 0)
        {
            problem = $"`{text}` names no place after the direction.";
            return null;
        }

        return new QuakeEpicenter { DistanceKm = km, Direction = direction, Place = place, Province = province, AtSea = atSea };
    }

    /// <summary>
    /// A place as BMKG writes it, kept in BMKG's own tokens for the kind's <c>fmt.place</c> to write in each
    /// locale (<c>KAB-SUKABUMI</c> is Kabupaten Sukabumi / Sukabumi Regency, <c>KEP.MENTAWAI</c> Kepulauan
    /// Mentawai / the Mentawai Islands, <c>RUTENG-MANGGARAI</c> Ruteng, Manggarai), with the province code
    /// BMKG appends taken out into <c>province</c> (<c>RUTENG-MANGGARAI-NTT</c>: RUTENG-MANGGARAI, NTT).
    /// A name in mixed case (autogempa's <c>Sleman</c>) stays as written, but its administrative prefix
    /// becomes BMKG's token so that it too is written per locale (<c>Kab. Malang</c>: <c>KAB-MALANG</c>).
    /// </summary>
    public static (string Place, string? Province) Place(string text)
    {
        text = WhiteSpace().Replace(text.Trim(), " ");
        string? province = null;
        var cut = text.LastIndexOf('-');
        if (cut > 0 && PlaceGazetteer.ProvinceCodes.Contains(text[(cut + 1)..].Trim().ToUpperInvariant()) && IsUpper(text))
        {
            province = text[(cut + 1)..].Trim().ToUpperInvariant();
            text = text[..cut].Trim();
        }

        return (Name(text), province);
    }

    /// <summary>A place name: BMKG's tokens as written; a mixed-case name with its prefix as BMKG's token (<c>Kab. Garut</c>: <c>KAB-GARUT</c>).</summary>
    public static string Name(string text)
    {
        var name = WhiteSpace().Replace(text.Trim(), " ");
        if (IsUpper(name))
        {
            return name;
        }

        var m = PrefixPattern().Match(name);
        if (!m.Success)
        {
            return name;
        }

        var rest = name[m.Length..].Trim();
        return m.Groups["p"].Value.ToLowerInvariant().TrimEnd('.') switch
        {
            "kab" or "kabupaten" => "KAB-" + rest.ToUpperInvariant(),
            "kep" or "kepulauan" => "KEP." + rest.ToUpperInvariant(),
            _ => name, // Kota X: a city's name is written as it is in both locales
        };
    }

    /// <summary>The name to look a place up by: its first token, without BMKG's prefix (<c>KAB-SUKABUMI</c>: SUKABUMI; <c>RUTENG-MANGGARAI</c>: RUTENG).</summary>
    public static string LookupName(string place)
    {
        var name = place;
        foreach (var prefix in (string[])["KAB-", "KEP.", "Kota ", "KOTA-"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        var dash = IsUpper(name) ? name.IndexOf('-', StringComparison.Ordinal) : -1;
        return dash > 0 ? name[..dash] : name;
    }

    /// <summary>
    /// <c>Potensi</c>: true for BMKG's tsunami potential (<c>Berpotensi tsunami ...</c>), false for
    /// <c>Tidak berpotensi tsunami</c>, null for the third form (<c>Gempa ini dirasakan untuk diteruskan
    /// pada masyarakat</c>) or an empty text, which say nothing about a tsunami. Any other text is not
    /// guessed at: <paramref name="known"/> is false.
    /// </summary>
    public static bool? Tsunami(string text, out bool known)
    {
        var t = WhiteSpace().Replace(text.Trim(), " ").ToLowerInvariant();
        known = true;
        if (t.Length == 0 || t.StartsWith("gempa ini dirasakan", StringComparison.Ordinal) || t == "-")
        {
            return null;
        }

        if (t.StartsWith("tidak berpotensi tsunami", StringComparison.Ordinal))
        {
            return false;
        }

        if (t.StartsWith("berpotensi tsunami", StringComparison.Ordinal) || t.StartsWith("tsunami", StringComparison.Ordinal))
        {
            return true;
        }

        known = false;
        return null;
    }

    /// <summary><c>IV Sleman, III - IV Yogyakarta</c>: MMI intensities (ranges written <c>III-IV</c>) and places.</summary>
    public static List<FeltReport>? Felt(string text, out string? problem)
    {
        problem = null;
        var reports = new List<FeltReport>();
        var t = text.Trim();
        if (t.Length == 0 || t == "-")
        {
            return reports;
        }

        foreach (var part in t.Split(','))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var m = FeltPattern().Match(item);
            if (!m.Success || Roman(m.Groups["low"].Value) is not { } low)
            {
                problem = $"`{item}` is not a felt report (an MMI intensity I-XII or a range such as III - IV, then the place: `IV Sleman, III - IV Yogyakarta`).";
                return null;
            }

            var mmi = m.Groups["low"].Value.ToUpperInvariant();
            if (m.Groups["high"].Success)
            {
                if (Roman(m.Groups["high"].Value) is not { } high || high <= low)
                {
                    problem = $"`{item}`: an MMI range goes from the lower intensity to the higher (III - IV).";
                    return null;
                }

                mmi += "-" + m.Groups["high"].Value.ToUpperInvariant();
            }

            reports.Add(new FeltReport(mmi, Name(m.Groups["place"].Value)));
        }

        return reports;
    }

    private static int? Roman(string text) => text.ToUpperInvariant() switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6, "VII" => 7, "VIII" => 8, "IX" => 9, "X" => 10, "XI" => 11, "XII" => 12,
        _ => null,
    };

    private static string? Direction(string text, out int used)
    {
        // Match the words with spaces ignored: 'barat daya', 'BaratDaya' and 'Barat Daya' are one direction.
        foreach (var (words, code) in Directions)
        {
            var i = 0;
            var j = 0;
            while (i < text.Length && j < words.Length)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }

                if (char.ToLowerInvariant(text[i]) != words[j])
                {
                    break;
                }

                i++;
                j++;
            }

            // The direction must end at a word boundary: 'Barat' is not the start of 'Baratdaya...' handled above, nor of 'Baranusa'.
            if (j == words.Length && (i == text.Length || text[i] == ' '))
            {
                used = i;
                return code;
            }
        }

        used = 0;
        return null;
    }

    private static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,5})\.?\s+(?<year>\d{4})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<m>\d{2})(?:[:.](?<s>\d{2}))?(?:\s*(?<zone>WIB|WITA|WIT|UTC))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<n>\d{1,4}(?:[.,]\d{1,3})?)\s*km$", RegexOptions.IgnoreCase)]
    private static partial Regex KilometrePattern();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,6})?)\s*(?<side>LU|LS|BT|BB)$", RegexOptions.IgnoreCase)]
    private static partial Regex HemispherePattern();

    [GeneratedRegex(@"^Pusat\s+gempa\s+(?:berada\s+)?di\s+(?<where>darat|laut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"^(?<n>\d{1,5}(?:[.,]\d{1,3})?)\s*km\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistancePattern();

    [GeneratedRegex(@"^(?<p>kabupaten|kab\.?|kota|kep\.|kepulauan)(?:\s+|(?<=\.))", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(?<low>[IVXivx]{1,4})(?:\s*-\s*(?<high>[IVXivx]{1,4}))?\s+(?<place>\S.*)$")]
    private static partial Regex FeltPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
