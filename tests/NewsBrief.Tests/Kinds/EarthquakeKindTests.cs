using System.Text.RegularExpressions;
using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// The earthquake kind (shared kinds.md "Kind: earthquake"): its wording in id and en, the tsunami
/// statement, felt reports, other agencies' magnitudes, zones without a province, and its variation
/// over the 15 quakes of BMKG's gempaterkini.json (Data/kinds-earthquake/gempaterkini, one facts file
/// per event as an importer writes it).
/// </summary>
public sealed partial class EarthquakeKindTests
{
    private static string Fixtures => RepoFiles.Data(Path.Combine("kinds-earthquake", "gempaterkini"));

    /// <summary>The 15 events, oldest first (the file names carry the WIB time).</summary>
    private static string[] Events() => [.. Directory.GetFiles(Fixtures, "*.yml").Order(StringComparer.Ordinal)];

    internal static string Render(string path, string locale)
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", path, "--locale", locale);
        Assert.True(result.ExitCode == 0, $"{path} ({locale}): {result.Error}");
        return result.Out;
    }

    /// <summary>The lede: the paragraph after the headline and the byline.</summary>
    internal static string Lede(string markdown) => markdown.Split("\n\n")[2].Trim();

    /// <summary>The points: the list of the section after the lede.</summary>
    internal static List<string> Points(string markdown) =>
        [.. markdown.Split("\n## ")[1].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..])];

    /// <summary>A facts file of the kind in a scratch folder, named <paramref name="slug"/>.</summary>
    internal static string Write(TempDir dir, string slug, string facts) => dir.Write(slug + ".yml", facts);

    [Fact]
    public void Gempaterkini_HasFifteenEvents() => Assert.Equal(15, Events().Length);

    /// <summary>
    /// kinds.md "Variation": across the 15 quakes each locale shows at least 4 distinct lede frames and
    /// no two briefs adjacent in time share one. A frame is the lede with numbers, dates, times and
    /// place names masked; this masks compass words and zone names too, so two ledes count as
    /// different only where the template's own words differ.
    /// </summary>
    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Gempaterkini_ShowsFourFramesOrMore_AndNoTwoAdjacentAlike(string locale)
    {
        var frames = Events().Select(e => Mask(Lede(Render(e, locale)), e, locale)).ToList();

        Assert.True(frames.Distinct().Count() >= 4, string.Join("\n", frames.Distinct()));
        for (var i = 1; i < frames.Count; i++)
        {
            Assert.True(frames[i] != frames[i - 1], $"events {i} and {i + 1} share the frame «{frames[i]}»");
        }
    }

    /// <summary>The lede with everything the data decides masked: numbers, weekdays, months, times, zones, places, compass words.</summary>
    internal static string Mask(string lede, string factsPath, string locale)
    {
        var helpers = new LocaleFormatter(RepoFiles.Catalog[locale]).Helpers;
        var facts = File.ReadAllText(factsPath);
        var names = new List<string>();
        if (PlaceField().Match(facts) is { Success: true } place)
        {
            names.Add(helpers.Place(place.Value));
        }

        names.AddRange(RepoFiles.Catalog[locale].Helpers!.Provinces.Values.Select(p => p.Name));
        names.AddRange(RepoFiles.Catalog[locale].Helpers!.Compass.Values);
        names.AddRange(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
        names.AddRange(["WITA", "WIT", "WIB", "a.m.", "p.m.", "noon", "midnight", "miles", "mile"]);
        var text = lede;
        foreach (var name in names.Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            text = text.Replace(name, "<x>", StringComparison.Ordinal);
        }

        return Numbers().Replace(text, "<n>");
    }

    private const string Sleman = """
        date: 2025-12-12
        kind: earthquake
        source: { name: BMKG, date: 2025-12-12, url: https://www.bmkg.go.id/ }
        data:
          agency: bmkg
          event_id: "20251212143521"
          time: 2025-12-12T07:35:21Z
          magnitude: 5.8
          depth_km: 10
          lat: -7.52
          lon: 110.44
          epicenter: { distance_km: 8, direction: SW, place: Sleman, province: DIY }
          felt:
            - { mmi: IV, place: Sleman }
            - { mmi: III-IV, place: Yogyakarta }
            - { mmi: II, place: Klaten }
        """;

    /// <summary>
    /// Every lede frame of each locale, as a copy editor reviewed it: the Sleman quake moved day by day
    /// (the frame turns with the WIB day), so each of the five frames is rendered and pinned.
    /// </summary>
    [Theory]
    [InlineData(13, "id", "Gempa magnitudo 5,8 terjadi pada Sabtu (13/12/2025) pukul 14.35 WIB di 8 km barat daya Sleman, Daerah Istimewa Yogyakarta, menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG).")]
    [InlineData(14, "id", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa magnitudo 5,8 di 8 km barat daya Sleman, Daerah Istimewa Yogyakarta, pada Minggu (14/12/2025) pukul 14.35 WIB.")]
    [InlineData(15, "id", "Pada Senin (15/12/2025) pukul 14.35 WIB, gempa magnitudo 5,8 tercatat di 8 km barat daya Sleman, Daerah Istimewa Yogyakarta, menurut data Badan Meteorologi, Klimatologi, dan Geofisika (BMKG).")]
    [InlineData(16, "id", "Pusat gempa magnitudo 5,8 yang terjadi pada Selasa (16/12/2025) pukul 14.35 WIB berada 8 km barat daya Sleman, Daerah Istimewa Yogyakarta, menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG).")]
    [InlineData(12, "id", "Gempa bumi berkekuatan magnitudo 5,8 terjadi di 8 km barat daya Sleman, Daerah Istimewa Yogyakarta, pada Jumat (12/12/2025) pukul 14.35 WIB, menurut laporan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG).")]
    [InlineData(13, "en", "A magnitude 5.8 earthquake struck 8 km (5 miles) southwest of Sleman, Yogyakarta, at 2:35 p.m. local time Saturday, Indonesia's Meteorology, Climatology and Geophysical Agency said.")]
    [InlineData(14, "en", "Indonesia's Meteorology, Climatology and Geophysical Agency recorded a magnitude 5.8 earthquake 8 km (5 miles) southwest of Sleman, Yogyakarta, at 2:35 p.m. local time Sunday.")]
    [InlineData(15, "en", "At 2:35 p.m. local time Monday, a magnitude 5.8 earthquake struck 8 km (5 miles) southwest of Sleman, Yogyakarta, according to Indonesia's Meteorology, Climatology and Geophysical Agency.")]
    [InlineData(16, "en", "The epicenter of a magnitude 5.8 earthquake at 2:35 p.m. local time Tuesday was 8 km (5 miles) southwest of Sleman, Yogyakarta, Indonesia's Meteorology, Climatology and Geophysical Agency said.")]
    [InlineData(12, "en", "A quake of magnitude 5.8 occurred 8 km (5 miles) southwest of Sleman, Yogyakarta, at 2:35 p.m. local time Friday, Indonesia's Meteorology, Climatology and Geophysical Agency reported.")]
    public void EveryLedeFrame_ReadsAsReviewed(int day, string locale, string lede)
    {
        using var dir = new TempDir();
        var facts = Sleman.Replace("2025-12-12", $"2025-12-{day}", StringComparison.Ordinal);

        Assert.Equal(lede, Lede(Render(Write(dir, "gempa-sleman", facts), locale)));
    }

    /// <summary>Five days in a row give five different frames in each locale: the rotation, not the slug, picks the frame.</summary>
    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void FiveDaysInARow_GiveFiveFrames_WhateverTheSlug(string locale)
    {
        using var dir = new TempDir();
        var frames = Enumerable.Range(20, 5).Select(day =>
        {
            var facts = Sleman.Replace("2025-12-12", $"2025-12-{day}", StringComparison.Ordinal);
            var path = Write(dir, $"any-slug-{day * 7919 % 1000}", facts);
            return Mask(Lede(Render(path, locale)), path, locale);
        }).ToList();

        Assert.Equal(5, frames.Distinct().Count());
    }

    /// <summary>The fragments shared kinds-examples expected.tsv asks of gempa-sleman.yml (Data/kinds-examples holds the file).</summary>
    [Theory]
    [InlineData("id", "magnitudo 5,8", "Jumat (12/12/2025)", "pukul 14.35 WIB", "8 km barat daya Sleman", "kedalaman 10 km", "Sleman (IV MMI)", "Yogyakarta (III-IV MMI)")]
    [InlineData("en", "magnitude 5.8", "Friday", "2:35 p.m. local time", "8 km (5 miles) southwest of Sleman", "10 km (6 miles)", "Sleman (MMI IV)", "Yogyakarta (MMI III-IV)")]
    public void GempaSleman_HasEveryRequiredFragment(string locale, params string[] fragments)
    {
        var markdown = Render(RepoFiles.Data(Path.Combine("kinds-examples", "gempa-sleman.yml")), locale);

        Assert.All(fragments, f => Assert.Contains(f, markdown, StringComparison.Ordinal));
        Assert.Contains(locale == "id" ? "Sleman (IV MMI), Yogyakarta (III-IV MMI), dan Klaten (II MMI)" : "Sleman (MMI IV), Yogyakarta (MMI III-IV) and Klaten (MMI II)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("tsunami", markdown, StringComparison.OrdinalIgnoreCase); // BMKG said nothing about one
    }

    /// <summary>The fragments shared kinds-examples expected-feeds.tsv asks of three gempaterkini quakes, from the facts an importer writes.</summary>
    [Theory]
    [InlineData("20260817-174242", "id", "magnitudo 5,0|Senin (17/8/2026)|pukul 17.42 WIB (18.42 WITA)|84 km timur laut Ruteng|Nusa Tenggara Timur")]
    [InlineData("20260817-174242", "en", "magnitude 5.0|Monday|6:42 p.m. local time|84 km (52 miles) northeast of Ruteng|East Nusa Tenggara")]
    [InlineData("20260831-234408", "id", "Senin (31/8/2026)|pukul 23.44 WIB (01.44 WIT)")]
    [InlineData("20260831-234408", "en", "1:44 a.m. local time|Tuesday|32 km (20 miles) east of Jayapura")]
    [InlineData("20260821-163000", "id", "berpotensi tsunami|!tidak berpotensi tsunami")]
    [InlineData("20260821-163000", "en", "tsunami|!no tsunami|!no potential")]
    public void Gempaterkini_HasTheFeedFragments(string wib, string locale, string fragments)
    {
        var markdown = Render(Path.Combine(Fixtures, $"gempa-bmkg-{wib}.yml"), locale);

        foreach (var fragment in fragments.Split('|'))
        {
            if (fragment.StartsWith('!'))
            {
                Assert.DoesNotContain(fragment[1..], markdown, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(fragment, markdown, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// The tsunami statement can never be inverted: it is chosen by `tsunami` alone, in every locale and
    /// whatever the slug (which orders the other points), and comes first after the lede when there is potential.
    /// </summary>
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData(null)]
    public void TheTsunamiStatement_FollowsTheData_UnderAnySlug(string? tsunami)
    {
        using var dir = new TempDir();
        var facts = Sleman + (tsunami is null ? "" : $"\n  tsunami: {tsunami}\n");
        foreach (var slug in Enumerable.Range(1, 12).Select(i => $"gempa-{i}"))
        {
            var path = Write(dir, slug, facts);
            var id = Render(path, "id");
            var en = Render(path, "en");
            switch (tsunami)
            {
                case "true":
                    Assert.Equal("BMKG menyatakan gempa ini berpotensi tsunami.", Points(id)[0]);
                    Assert.Equal("The agency said the quake had the potential to generate a tsunami.", Points(en)[0]);
                    Assert.DoesNotContain("tidak berpotensi", id, StringComparison.Ordinal);
                    Assert.DoesNotContain("no potential", en, StringComparison.Ordinal);
                    Assert.Contains("Berpotensi Tsunami", id.Split('\n')[0], StringComparison.Ordinal);
                    Assert.Contains("Tsunami Potential", en.Split('\n')[0], StringComparison.Ordinal);
                    break;
                case "false":
                    Assert.Contains("BMKG menyatakan gempa ini tidak berpotensi tsunami.", Points(id));
                    Assert.Contains("The agency said the quake had no potential to generate a tsunami.", Points(en));
                    Assert.DoesNotContain(" berpotensi tsunami", id.Replace("tidak berpotensi tsunami", "", StringComparison.Ordinal), StringComparison.Ordinal);
                    Assert.DoesNotContain("the potential", en, StringComparison.Ordinal);
                    break;
                default:
                    Assert.DoesNotContain("tsunami", id + en, StringComparison.OrdinalIgnoreCase);
                    break;
            }
        }
    }

    /// <summary>
    /// Every brief writes its own quake's numbers (a template that wrote another figure than its data
    /// fails here): the magnitude to one decimal, the depth and the distance in km, the WIB date, in
    /// both locales, computed from each facts file rather than written down.
    /// </summary>
    [Fact]
    public void EveryBrief_WritesItsOwnData()
    {
        foreach (var path in Events())
        {
            var facts = File.ReadAllText(path);
            decimal Number(string key) => decimal.Parse(Regex.Match(facts, key + @": (-?[\d.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var magnitude = Math.Round(Number("magnitude"), 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            var wib = Regex.Match(Path.GetFileName(path), @"(\d{4})(\d{2})(\d{2})-").Groups;
            var dateline = $"({int.Parse(wib[3].Value, System.Globalization.CultureInfo.InvariantCulture)}/{int.Parse(wib[2].Value, System.Globalization.CultureInfo.InvariantCulture)}/{wib[1].Value})";

            var id = Render(path, "id");
            var en = Render(path, "en");

            Assert.Contains("magnitudo " + magnitude.Replace('.', ','), Lede(id), StringComparison.Ordinal);
            Assert.Contains("magnitude " + magnitude, Lede(en), StringComparison.Ordinal);
            Assert.Contains(dateline, Lede(id), StringComparison.Ordinal);
            Assert.Contains($" {Number("distance_km")} km ", Lede(id), StringComparison.Ordinal);
            Assert.Contains($" {Number("distance_km")} km (", Lede(en), StringComparison.Ordinal);
            Assert.Contains($"kedalaman {Number("depth_km")} km.", string.Join("\n", Points(id)), StringComparison.Ordinal);
            Assert.Contains($"depth of {Number("depth_km")} km (", string.Join("\n", Points(en)), StringComparison.Ordinal);
        }
    }

    /// <summary>No adjective the data does not support, in any brief of either locale (kinds.md).</summary>
    [Fact]
    public void NoBrief_CallsAQuakeStrongOrDeadly()
    {
        foreach (var path in Events())
        {
            foreach (var locale in new[] { "id", "en" })
            {
                Assert.DoesNotMatch(Unsupported(), Render(path, locale));
            }
        }
    }

    [GeneratedRegex(@"(?i)\b(kuat|dahsyat|mematikan|besar|dangkal|strong|powerful|deadly|major|massive|shallow|huge|minor|moderate)\b")]
    private static partial Regex Unsupported();

    /// <summary>A second agency's magnitude is reported in its own sentence; the same magnitude with `juga`/`also`; the reporting agency's own is not repeated.</summary>
    [Theory]
    [InlineData("bmkg", "usgs", "5.2", "id", "USGS mencatat magnitudo 5,2.")]
    [InlineData("bmkg", "usgs", "5.2", "en", "The U.S. Geological Survey put the magnitude at 5.2.")]
    [InlineData("bmkg", "usgs", "5.0", "id", "USGS juga mencatat magnitudo 5,0.")]
    [InlineData("bmkg", "usgs", "5.0", "en", "The U.S. Geological Survey also put the magnitude at 5.0.")]
    [InlineData("usgs", "bmkg", "4.8", "id", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat magnitudo 4,8.")]
    [InlineData("usgs", "bmkg", "4.8", "en", "Indonesia's Meteorology, Climatology and Geophysical Agency put the magnitude at 4.8.")]
    public void ASecondAgencysMagnitude_IsReported(string agency, string other, string magnitude, string locale, string sentence)
    {
        using var dir = new TempDir();
        var facts = Ruteng(agency, $"other_magnitudes: [{{ agency: {other}, magnitude: {magnitude} }}, {{ agency: {agency}, magnitude: 9.9 }}]");

        var markdown = Render(Write(dir, "gempa-ruteng", facts), locale);

        Assert.Contains(sentence, Points(markdown));
        Assert.DoesNotContain("9,9", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("9.9", markdown, StringComparison.Ordinal);
    }

    /// <summary>With no province (USGS), the zone comes from the place, else from the coordinates (fmt.zone_at).</summary>
    [Theory]
    [InlineData("Ruteng", "-7.81", "120.52", "pukul 17.42 WIB (18.42 WITA)", "6:42 p.m. local time")]
    [InlineData("Jayapura", "-2.61", "140.70", "pukul 17.42 WIB (19.42 WIT)", "7:42 p.m. local time")]
    [InlineData("Cilacap", "-8.42", "109.02", "pukul 17.42 WIB", "5:42 p.m. local time")]
    [InlineData("MELONGUANE-SULUT", "4.01", "126.67", "pukul 17.42 WIB (18.42 WITA)", "6:42 p.m. local time")]
    [InlineData("Melonguane, Sulawesi Utara", "4.01", "126.67", "pukul 17.42 WIB (19.42 WIT)", "7:42 p.m. local time")] // a name is not read: the band, which errs on Talaud (docs/templates.md)
    public void WithNoProvince_TheZoneComesFromThePlaceOrThePoint(string place, string lat, string lon, string id, string en)
    {
        using var dir = new TempDir();
        var facts = Ruteng("usgs", "").Replace("place: RUTENG-MANGGARAI, province: NTT", $"place: \"{place}\"", StringComparison.Ordinal)
            .Replace("lat: -7.85", "lat: " + lat, StringComparison.Ordinal).Replace("lon: 120.47", "lon: " + lon, StringComparison.Ordinal);
        var path = Write(dir, "gempa-usgs", facts);

        Assert.Contains(id, Lede(Render(path, "id")), StringComparison.Ordinal);
        Assert.DoesNotContain(id + " (", Lede(Render(path, "id")), StringComparison.Ordinal);
        Assert.Contains(en, Lede(Render(path, "en")), StringComparison.Ordinal);
    }

    /// <summary>BMKG's at-sea and on-land wording, and a place with no distance (USGS: "Banda Sea").</summary>
    [Theory]
    [InlineData("at_sea: true", "id", "di laut 84 km timur laut Ruteng, Manggarai, Nusa Tenggara Timur", "Perairan Nusa Tenggara Timur")]
    [InlineData("at_sea: true", "en", "at sea 84 km (52 miles) northeast of Ruteng, Manggarai, East Nusa Tenggara", "Off East Nusa Tenggara")]
    [InlineData("at_sea: false", "id", "di darat 84 km timur laut Ruteng, Manggarai, Nusa Tenggara Timur", "Terjadi di Nusa Tenggara Timur")]
    [InlineData("at_sea: false", "en", " 84 km (52 miles) northeast of Ruteng, Manggarai, East Nusa Tenggara", "Recorded in East Nusa Tenggara")]
    public void TheSeaOrLand_IsSaidAsTheAgencySaysIt(string atSea, string locale, string where, string headline)
    {
        using var dir = new TempDir();
        var facts = Ruteng("bmkg", "").Replace("province: NTT", "province: NTT, " + atSea, StringComparison.Ordinal);

        var markdown = Render(Write(dir, "gempa-ruteng", facts), locale);

        Assert.Contains(where, Lede(markdown), StringComparison.Ordinal);
        Assert.Contains(headline, markdown.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("on land", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "di wilayah Banda Sea", "Gempa Magnitudo 4,9 Terjadi di Wilayah Banda Sea")]
    [InlineData("en", "in the Banda Sea region", "Magnitude 4.9 Earthquake Recorded in the Banda Sea Region")]
    public void APlaceWithNoDistance_IsTheLocation(string locale, string where, string headline)
    {
        using var dir = new TempDir();
        var facts = Ruteng("usgs", "").Replace("epicenter: { distance_km: 84, direction: NE, place: RUTENG-MANGGARAI, province: NTT }", "epicenter: { place: Banda Sea, at_sea: true }", StringComparison.Ordinal)
            .Replace("magnitude: 5.0", "magnitude: 4.9", StringComparison.Ordinal).Replace("lon: 120.47", "lon: 130.4", StringComparison.Ordinal);

        var markdown = Render(Write(dir, "gempa-banda", facts), locale);

        Assert.Contains(where, Lede(markdown), StringComparison.Ordinal);
        Assert.Equal("# " + headline, markdown.Split('\n')[0]);
        Assert.DoesNotContain("di laut wilayah", markdown, StringComparison.Ordinal);
    }

    /// <summary>A felt intensity that is not one (XIII) stops the render with the fix, and nothing is written.</summary>
    [Fact]
    public void AFeltIntensityThatIsNotOne_StopsTheRender()
    {
        using var dir = new TempDir();
        var path = Write(dir, "gempa-sleman", Sleman.Replace("mmi: II,", "mmi: XIII,", StringComparison.Ordinal));

        var result = CliRunner.Run(RepoFiles.Root, "render", path, "--locale", "id");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'XIII' is not an MMI intensity", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    private static string Ruteng(string agency, string extra) => $$"""
        date: 2026-08-17
        kind: earthquake
        source: { name: BMKG, date: 2026-08-17, url: https://www.bmkg.go.id/ }
        data:
          agency: {{agency}}
          event_id: "20260817174242"
          time: 2026-08-17T10:42:42Z
          magnitude: 5.0
          depth_km: 10
          lat: -7.85
          lon: 120.47
          epicenter: { distance_km: 84, direction: NE, place: RUTENG-MANGGARAI, province: NTT }
          {{extra}}
        """;

    [GeneratedRegex(@"\d+(?:[.,/:]\d+)*")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"(?<=place: )[^,}\n]+")]
    private static partial Regex PlaceField();
}
