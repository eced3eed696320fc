using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary><c>newsbrief import bmkg</c> on BMKG's feeds as BMKG writes them (kinds.md, "Importers").</summary>
public sealed class BmkgImportTests
{
    [Fact]
    public void Autogempa_WritesTheSlemanBriefWithTheKindsFieldNames()
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-autogempa.json"), "autogempa.json");

        Assert.True(result.ExitCode == 0, result.Error);
        var brief = Assert.Single(FeedFiles.Briefs(dir));
        Assert.Equal("gempa-20251212-143521.yml", brief.Key);
        // The data of the contract's own example of what `import bmkg` makes of autogempa.json (gempa-sleman.yml).
        Assert.Equal(
            """
            data:
              agency: bmkg
              event_id: "20251212143521"
              time: 2025-12-12T07:35:21Z
              magnitude: 5.8
              depth_km: 10
              lat: -7.52
              lon: 110.44
              epicenter: { distance_km: 8, direction: SW, place: Sleman, province: DIY, at_sea: false }
              felt:
                - { mmi: IV, place: Sleman }
                - { mmi: III-IV, place: Yogyakarta }
                - { mmi: II, place: Klaten }
            """.ReplaceLineEndings("\n"), FeedFiles.DataBlock(brief.Value).TrimEnd('\n'));
        Assert.Contains("\ndate: 2025-12-12\nkind: earthquake\n", brief.Value, StringComparison.Ordinal);
        Assert.Contains("- { name: BMKG, date: 2025-12-12, url: \"https://www.bmkg.go.id/\" }", brief.Value, StringComparison.Ordinal);
        // "Gempa ini dirasakan untuk diteruskan pada masyarakat" says nothing about a tsunami: no tsunami key at all.
        Assert.DoesNotContain("tsunami", brief.Value, StringComparison.Ordinal);
        Assert.Contains("newsbrief import bmkg: 1 event in autogempa.json: 1 new brief", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gempaterkini_OneBriefPerEvent_ProvincesPlacesAndTsunamiAsKindsMdSays()
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-gempaterkini.json"), "gempaterkini.json");

        Assert.True(result.ExitCode == 0, result.Error);
        var briefs = FeedFiles.Briefs(dir);
        Assert.Equal(15, briefs.Count);
        string Data(string slug) => FeedFiles.DataBlock(briefs[slug + ".yml"]);

        // 84 km TimurLaut RUTENG-MANGGARAI-NTT: BMKG's place tokens for the kind's fmt.place, the province code apart, the compass code.
        Assert.Contains("epicenter: { distance_km: 84, direction: NE, place: RUTENG-MANGGARAI, province: NTT }", Data("gempa-20260817-174242"), StringComparison.Ordinal);
        Assert.Contains("time: 2026-08-17T10:42:42Z", Data("gempa-20260817-174242"), StringComparison.Ordinal);
        // KAB-X and KEP.X stay BMKG's tokens (the kind writes Kabupaten X / X Regency); the province code is taken out.
        Assert.Contains("place: KAB-SUKABUMI, province: JABAR", Data("gempa-20260904-120459"), StringComparison.Ordinal);
        Assert.Contains("direction: NW, place: KEP.MENTAWAI, province: SUMBAR", Data("gempa-20260821-163000"), StringComparison.Ordinal);
        Assert.Contains("place: LOMBOKTENGAH, province: NTB", Data("gempa-20260819-200736"), StringComparison.Ordinal);
        Assert.Contains("place: TAHUNA-KEP.SANGIHE, province: SULUT", Data("gempa-20260922-064813"), StringComparison.Ordinal);
        // Potensi: the one event with tsunami potential says true; "Tidak berpotensi tsunami" false; never inverted.
        Assert.Contains("tsunami: true", Data("gempa-20260821-163000"), StringComparison.Ordinal);
        Assert.Equal(14, briefs.Values.Count(b => b.Contains("\n  tsunami: false\n", StringComparison.Ordinal)));
        // gempaterkini carries no felt reports and no land/sea: nothing invented.
        Assert.All(briefs.Values, b => Assert.DoesNotContain("felt:", b, StringComparison.Ordinal));
        Assert.All(briefs.Values, b => Assert.DoesNotContain("at_sea", b, StringComparison.Ordinal));
        // The brief's date is BMKG's Tanggal (the WIB day): 23:44 WIB on 31 Aug is 31 Aug although 1 Sep in WIT.
        Assert.Contains("\ndate: 2026-08-31\n", briefs["gempa-20260831-234408.yml"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pusat gempa berada di laut 73 km Tenggara Kab. Malang", "distance_km: 73, direction: SE, place: KAB-MALANG, province: JATIM, at_sea: true")]
    [InlineData("Pusat gempa berada di darat 9 km Barat Laut Kota Sukabumi", "distance_km: 9, direction: NW, place: Kota Sukabumi, province: JABAR, at_sea: false")]
    [InlineData("38 km BaratDaya BADUNG-BALI", "distance_km: 38, direction: SW, place: BADUNG, province: BALI")]
    [InlineData("12 km Utara KOTA-AMBON-MALUKU", "distance_km: 12, direction: N, place: KOTA-AMBON, province: MALUKU")]
    public void Wilayah_BothForms(string wilayah, string epicenter)
    {
        using var dir = new TempDir();
        var feed = FeedFiles.Text("bmkg-autogempa.json").Replace("Pusat gempa berada di darat 8 km barat daya Sleman", wilayah, StringComparison.Ordinal);

        var result = FeedFiles.Import(dir, "bmkg", feed, "autogempa.json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("epicenter: { " + epicenter + " }", Assert.Single(FeedFiles.Briefs(dir)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportTwice_ChangesNoByte()
    {
        using var dir = new TempDir();
        foreach (var (source, feed) in new[] { ("bmkg", "bmkg-autogempa.json"), ("bmkg", "bmkg-gempaterkini.json"), ("usgs", "usgs-4.5_week.geojson") })
        {
            Assert.Equal(0, FeedFiles.Import(dir, source, FeedFiles.Text(feed), feed).ExitCode);
        }

        var first = dir.Snapshot();
        var times = Directory.GetFiles(Path.Combine(dir.Path, "briefs")).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        foreach (var (source, feed) in new[] { ("bmkg", "bmkg-autogempa.json"), ("bmkg", "bmkg-gempaterkini.json"), ("usgs", "usgs-4.5_week.geojson") })
        {
            var again = FeedFiles.Import(dir, source, FeedFiles.Text(feed), feed);
            Assert.Equal(0, again.ExitCode);
            Assert.Contains("0 new briefs, 0 briefs updated", again.Error, StringComparison.Ordinal);
        }

        Assert.Equal(first, dir.Snapshot());
        // Not even rewritten with the same bytes: an unchanged brief is not touched (a build's incremental hash, an editor's open buffer).
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void RevisedMagnitude_RewritesDataAndKeepsEverythingTheEditorAdded()
    {
        using var dir = new TempDir();
        var feed = FeedFiles.Text("bmkg-autogempa.json");
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", feed, "autogempa.json").ExitCode);
        var path = Path.Combine(dir.Path, "briefs", "gempa-20251212-143521.yml");
        var imported = File.ReadAllText(path);

        // The editor: a comment at the top, one above data:, a headline override, tags and a trailing comment.
        var edited = "# checked by the night desk\n" + imported.Replace("data:\n", "# BMKG revised this twice\ndata:\n", StringComparison.Ordinal)
            + "headline:\n  id: \"Gempa M5,8 Guncang Sleman, Warga Berhamburan\"   # the desk's own\n  en: Quake Shakes Sleman\ntags: [gempa, diy]\n# end\n";
        File.WriteAllText(path, edited);

        // BMKG revises the magnitude (and the depth) in its next bulletin.
        var revised = feed.Replace("\"Magnitude\": \"5.8\"", "\"Magnitude\": \"5.6\"", StringComparison.Ordinal).Replace("\"10 km\"", "\"11 km\"", StringComparison.Ordinal);
        var result = FeedFiles.Import(dir, "bmkg", revised, "autogempa.json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 brief updated", result.Error, StringComparison.Ordinal);
        var after = File.ReadAllText(path);
        // Exactly the two data lines changed; every other byte of the file is the editor's as they left it.
        Assert.Equal(edited.Replace("  magnitude: 5.8\n", "  magnitude: 5.6\n", StringComparison.Ordinal).Replace("  depth_km: 10\n", "  depth_km: 11\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void EditedCrlfFile_KeepsItsLineEndings()
    {
        using var dir = new TempDir();
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-autogempa.json"), "autogempa.json").ExitCode);
        var path = Path.Combine(dir.Path, "briefs", "gempa-20251212-143521.yml");
        var crlf = (File.ReadAllText(path) + "lede:\n  en: Our own lede.\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(path, crlf);

        var revised = FeedFiles.Text("bmkg-autogempa.json").Replace("\"5.8\"", "\"5.9\"", StringComparison.Ordinal);
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", revised, "autogempa.json").ExitCode);

        Assert.Equal(crlf.Replace("magnitude: 5.8", "magnitude: 5.9", StringComparison.Ordinal), File.ReadAllText(path));
    }

    [Fact]
    public void OneBadEventInFifteen_TheOtherFourteenAreImported_ExitOne()
    {
        using var dir = new TempDir();
        var feed = FeedFiles.Text("bmkg-gempaterkini.json").Replace("\"Magnitude\": \"5.4\"", "\"Magnitude\": \"abc\"", StringComparison.Ordinal);

        var result = FeedFiles.Import(dir, "bmkg", feed, "gempaterkini.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(14, FeedFiles.Briefs(dir).Count);
        Assert.DoesNotContain("gempa-20260909-151519.yml", FeedFiles.Briefs(dir).Keys);
        Assert.Matches(@"gempaterkini\.json:59:22: error NB8007: `Magnitude` is ""abc""", result.Error);
        Assert.Contains("14 new briefs", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 event not imported", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GempaterkiniAfterAutogempa_KeepsTheFeltReportsItDoesNotCarry()
    {
        using var dir = new TempDir();
        var auto = FeedFiles.Text("bmkg-autogempa.json");
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", auto, "autogempa.json").ExitCode);
        // The same event as a gempaterkini.json list entry: no Dirasakan, the other Wilayah form.
        var list = """
            { "Infogempa": { "gempa": [ { "Tanggal": "12 Des 2025", "Jam": "14:35:21 WIB", "DateTime": "2025-12-12T07:35:21+00:00",
              "Coordinates": "-7.52,110.44", "Lintang": "7.52 LS", "Bujur": "110.44 BT", "Magnitude": "5.7", "Kedalaman": "10 km",
              "Wilayah": "8 km BaratDaya SLEMAN-DIY", "Potensi": "Tidak berpotensi tsunami" } ] } }
            """;
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", list, "gempaterkini.json").ExitCode);

        var data = FeedFiles.DataBlock(Assert.Single(FeedFiles.Briefs(dir)).Value);
        Assert.Contains("magnitude: 5.7", data, StringComparison.Ordinal);
        Assert.Contains("tsunami: false", data, StringComparison.Ordinal);
        Assert.Contains("- { mmi: III-IV, place: Yogyakarta }", data, StringComparison.Ordinal);
        Assert.Contains("at_sea: false", data, StringComparison.Ordinal);
    }
}
