using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// The language helpers story kinds write with (shared/spec kinds.md "Language helpers"): times with
/// Indonesian zones, weekday dates, local time of a province, distances with miles, compass words,
/// changes of a level, points, percent changes, ordinals in words, lists, magnitudes and provinces.
/// Every word comes from the locale's <c>helpers:</c> section; no result depends on the machine's
/// culture, clock or time-zone database (zones are fixed UTC offsets from the locale file).
/// </summary>
public sealed partial class StoryHelperFormatter(LocaleFormatter formatter)
{
    /// <summary>Kilometres in a mile (international mile, exact).</summary>
    public const decimal KilometresPerMile = 1.609344m;

    private readonly LocaleFormatter f = formatter;
    private readonly FigureFormatter figures = new(formatter);

    private LocaleData L => f.Locale;

    private HelperSection H => f.Locale.HelpersData;

    /// <summary>A time of day from <c>HH:mm</c> (24 h) with an optional IANA zone (<c>pukul 14.35 WIB</c>, <c>2:35 p.m. local time</c>).</summary>
    public string Time(string clock, string zone)
    {
        var time = ParseClock(clock);
        if (zone.Length > 0 && !f.Time.KnowsZone(zone))
        {
            throw new StoryHelperException($"'{zone}' is not a time zone the locale '{L.Code}' names. Write one of {string.Join(", ", L.Time.Zones.Keys)}, or \"\" for none.");
        }

        return f.Time.Format(time, zone.Length == 0 ? null : zone);
    }

    /// <summary>A day as news copy dates it (<c>Jumat (12/12/2025)</c>, <c>Friday</c>).</summary>
    public string WeekdayDate(string iso)
    {
        if (!PartialDate.TryParse(iso, out var day) || day.Precision != DatePrecision.Day)
        {
            throw new StoryHelperException($"'{iso}' is not a day. Write it as yyyy-MM-dd, such as 2025-12-12.");
        }

        return f.Moment.Dateline(day, day);
    }

    /// <summary>The zone name of a province in this locale (<c>WITA</c>, <c>local time</c>).</summary>
    public string Zone(string province) => L.Time.Zones[Province(province).Zone];

    /// <summary>
    /// A UTC instant told in the province's time: in id the base zone's time (BMKG's WIB), then the
    /// local clock in parentheses when the zones differ (<c>pukul 17.42 WIB (18.42 WITA)</c>); in en
    /// the local time alone (<c>6:42 p.m. local time</c>). Seconds are dropped (BMKG gives the minute).
    /// </summary>
    public string LocalTime(string instant, string province)
    {
        var utc = ParseInstant(instant);
        var zone = Province(province).Zone;
        var local = Shift(utc, zone);
        if (H.BaseZone.Length == 0)
        {
            return f.Time.Format(local, zone);
        }

        var text = f.Time.Format(Shift(utc, H.BaseZone), H.BaseZone);
        if (H.ZoneOffsets[zone] == H.ZoneOffsets[H.BaseZone])
        {
            return text;
        }

        var clock = FieldPattern.Fill(L.Time.ZonePattern, f.Time.Clock(local, H.LocalClock), L.Time.Zones[zone]);
        return FieldPattern.Fill(H.LocalTime, text, clock);
    }

    /// <summary>
    /// The weekday date of a UTC instant's day where the locale tells its time: in id the base zone's
    /// day (BMKG's WIB <c>Tanggal</c>: <c>Sabtu (13/12/2025)</c>), in en the province's local day.
    /// </summary>
    public string LocalWeekdayDate(string instant, string province)
    {
        var utc = ParseInstant(instant);
        var provinceZone = Province(province).Zone; // an unknown province is an error in every locale
        var zone = H.BaseZone.Length > 0 ? H.BaseZone : provinceZone;
        var local = utc.UtcDateTime.AddHours(H.ZoneOffsets[zone]);
        var day = PartialDate.OfDay(local.Year, local.Month, local.Day);
        return f.Moment.Dateline(day, day);
    }

    /// <summary>A distance in km, with whole miles where the locale converts (<c>8 km</c>, <c>8 km (5 miles)</c>).</summary>
    public string Distance(decimal km)
    {
        if (km < 0)
        {
            throw new StoryHelperException($"A distance cannot be negative ({Invariant(km)} km). Write the distance as a size and the direction with fmt.compass.");
        }

        var kmText = f.Number.Format(km);
        if (H.DistanceMiles.Count == 0)
        {
            return FieldPattern.Fill(H.Distance, kmText);
        }

        var miles = Math.Round(km / KilometresPerMile, 0, MidpointRounding.AwayFromZero);
        var category = L.CardinalRules.Select(miles);
        var pattern = H.DistanceMiles.TryGetValue(category, out var p) ? p : H.DistanceMiles[PluralRules.Other];
        return FieldPattern.Fill(pattern, kmText, f.Number.Format(miles));
    }

    /// <summary>A compass code (N, NE, ..., NNE) in words (<c>barat daya</c>, <c>southwest</c>).</summary>
    public string Compass(string code)
    {
        if (H.Compass.TryGetValue(code.Trim().ToUpperInvariant(), out var words))
        {
            return words;
        }

        throw new StoryHelperException($"'{code}' is not a compass code. Write one of {string.Join(", ", LocaleDataValidator.CompassCodes)}.");
    }

    /// <summary>
    /// A change of a level with its amount (<c>naik 0,25 persen</c>, <c>fell 25 basis points</c>,
    /// <c>tidak berubah</c>), in the words of <c>{name:change}</c> (the locale's <c>changes.prose</c>). <paramref name="unit"/>: "" a number, "%" a percentage, "bp" or "pp"
    /// points, else a unit of the locale's <c>units:</c>.
    /// </summary>
    public string Change(decimal value, string unit)
    {
        if (value == 0)
        {
            return L.ChangesData.Prose.Zero; // the words of {name:change} (changes: in the locale file)
        }

        var size = Math.Abs(value);
        var amount = unit switch
        {
            "" => f.Number.Format(size),
            "%" => f.Percent.Format(size / 100m, size.Scale, TextStyle.Prose, fixedDecimals: true),
            "bp" or "pp" => Points(size, unit),
            _ when L.Units.ContainsKey(unit) => f.Count.Format(size, unit),
            _ => throw new StoryHelperException($"'{unit}' is not a unit of a change. Write \"\", \"%\", \"bp\", \"pp\" or a unit of {L.Path} (units:)."),
        };
        return FieldPattern.Fill(value > 0 ? L.ChangesData.Prose.Up : L.ChangesData.Prose.Down, amount);
    }

    /// <summary>Basis points ("bp") or percentage points ("pp") (<c>25 basis poin</c>, <c>0.5 percentage point</c>).</summary>
    public string Points(decimal value, string unit) => unit switch
    {
        "bp" => figures.FormatPoints(value, PointUnit.Basis),
        "pp" => figures.FormatPoints(value, PointUnit.Percentage),
        _ => throw new StoryHelperException($"'{unit}' is not a kind of points. Write \"bp\" (basis points) or \"pp\" (percentage points)."),
    };

    /// <summary>
    /// The percent change from <paramref name="from"/> to <paramref name="to"/>, rounded half away from
    /// zero to <paramref name="decimals"/> (1; 2 for market moves), signed (<c>13,6 persen</c>, <c>13,6%</c> in a headline or table).
    /// </summary>
    public string PercentChange(decimal from, decimal to, int decimals, string style)
    {
        if (from == 0)
        {
            throw new StoryHelperException("A percent change from zero has no size. Write the change itself (fmt.change) instead.");
        }

        if (decimals is < 0 or > 4)
        {
            throw new StoryHelperException($"{decimals} decimals: write 0 to 4 (1 for most changes, 2 for market moves).");
        }

        var textStyle = style switch
        {
            "text" => TextStyle.Prose,
            "headline" => TextStyle.Headline,
            "table" => TextStyle.Table,
            _ => throw new StoryHelperException($"'{style}' is not a place for a percent change. Write \"text\", \"headline\" or \"table\"."),
        };
        var fraction = Math.Round((to - from) / Math.Abs(from) * 100m, decimals, MidpointRounding.AwayFromZero) / 100m;
        return f.Percent.Format(fraction, decimals, textStyle, fixedDecimals: true);
    }

    /// <summary>An ordinal in words (<c>keenam</c>, <c>pertama</c>; <c>sixth</c>; AP digits past ninth: <c>10th</c>).</summary>
    public string Ordinal(long value)
    {
        if (value < 1)
        {
            throw new StoryHelperException($"{value} has no ordinal in a story. Write a whole number from 1.");
        }

        return f.Ordinal.Format(value, OrdinalForm.Words);
    }

    /// <summary>Items joined as a list (<c>A, B, dan C</c>; AP <c>A, B and C</c>).</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => FieldPattern.Fill(H.ListPair, items[0], items[1]),
        _ => FieldPattern.Fill(H.ListLast, string.Join(H.ListSeparator, items.Take(items.Count - 1)), items[^1]),
    };

    /// <summary>A magnitude, always one decimal, half away from zero (<c>magnitudo 5,8</c>, <c>magnitude 5.0</c>).</summary>
    public string Magnitude(decimal value) =>
        FieldPattern.Fill(H.Magnitude, f.Number.Format(Math.Round(value, 1, MidpointRounding.AwayFromZero), 1, fixedDecimals: true));

    /// <summary>A province's name from its BMKG-style code (<c>Nusa Tenggara Timur</c>, <c>East Nusa Tenggara</c>).</summary>
    public string ProvinceName(string code) => Province(code).Name;

    private ProvinceData Province(string code) =>
        H.Provinces.TryGetValue(code.Trim().ToUpperInvariant(), out var province)
            ? province
            : throw new StoryHelperException($"'{code}' is not a province code. Write one of {string.Join(", ", H.Provinces.Keys)}, or add it under 'helpers: provinces:' in {L.Path}.");

    private TimeOnly Shift(DateTimeOffset utc, string zone)
    {
        var local = utc.UtcDateTime.AddHours(H.ZoneOffsets[zone]);
        return new TimeOnly(local.Hour, local.Minute);
    }

    private static TimeOnly ParseClock(string clock) =>
        TimeOnly.TryParseExact(clock, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new StoryHelperException($"'{clock}' is not a time of day. Write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (14:35).");

    private static DateTimeOffset ParseInstant(string instant) =>
        DateTimeOffset.TryParseExact(instant, ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new StoryHelperException($"'{instant}' is not an instant. Write it in UTC as yyyy-MM-ddTHH:mm:ssZ (2025-12-12T07:35:00Z).");

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
