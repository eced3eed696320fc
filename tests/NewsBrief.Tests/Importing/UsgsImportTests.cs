using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary><c>newsbrief import usgs</c>, its filters, and one brief per quake with BMKG.</summary>
public sealed class UsgsImportTests
{
    [Fact]
    public void Usgs_WritesEveryQuakeOfTheFeed_FromGeoJson()
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, "usgs", FeedFiles.Text("usgs-4.5_week.geojson"), "4.5_week.geojson");

        Assert.True(result.ExitCode == 0, result.Error);
        var briefs = FeedFiles.Briefs(dir);
        Assert.Equal(3, briefs.Count);
        // 1786963359000 ms is 2026-08-17T10:42:39Z, 17:42:39 WIB.
        var ruteng = FeedFiles.DataBlock(briefs["gempa-20260817-174239.yml"]);
        Assert.Equal(
            """
            data:
              agency: usgs
              event_id: "us7000r1a1"
              time: 2026-08-17T10:42:39Z
              magnitude: 5.2
              depth_km: 12.5
              lat: -7.81
              lon: 120.52
              epicenter: { distance_km: 84, direction: NE, place: Ruteng, province: NTT }
            """.ReplaceLineEndings("\n"), ruteng.TrimEnd('\n'));
        Assert.Contains("url: \"https://earthquake.usgs.gov/earthquakes/eventpage/us7000r1a1\"", briefs["gempa-20260817-174239.yml"], StringComparison.Ordinal);
        // tsunami 0 is no statement that there is none (USGS: "does not indicate if a tsunami actually did or will exist").
        Assert.All(briefs.Values, b => Assert.DoesNotContain("tsunami", b, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "--country", "Indonesia" }, 2)]
    [InlineData(new[] { "--country", "indonesia", "--min-magnitude", "5" }, 1)]
    [InlineData(new[] { "--bbox", "94,-11.5,141.5,6.5" }, 2)]
    [InlineData(new[] { "--bbox", "120,10,122,15" }, 1)]
    [InlineData(new[] { "--min-magnitude", "5.0" }, 2)]
    public void Filters_LeaveOutTheQuakesOutsideThem(string[] filter, int written)
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, "usgs", FeedFiles.Text("usgs-4.5_week.geojson"), "4.5_week.geojson", "briefs", filter);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(written, FeedFiles.Briefs(dir).Count);
        Assert.Contains($"{3 - written} event{(3 - written == 1 ? "" : "s")} left out by the filter", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--country", "Indonesia", "--bbox", "94,-11.5,141.5,6.5")]
    [InlineData("--bbox", "141.5,-11.5,94,6.5")]
    [InlineData("--bbox", "94,-11.5,141.5")]
    [InlineData("--min-magnitude", "lima")]
    public void BadFilter_IsAUsageError(params string[] filter)
    {
        using var dir = new TempDir();
        var result = FeedFiles.Import(dir, "usgs", FeedFiles.Text("usgs-4.5_week.geojson"), "4.5_week.geojson", "briefs", filter);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(FeedFiles.Briefs(dir));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BmkgAndUsgsOfTheSameQuake_OneBriefWithBothSourcesAndTheOtherMagnitude(bool bmkgFirst)
    {
        using var dir = new TempDir();
        var steps = new[] { ("bmkg", "bmkg-gempaterkini.json"), ("usgs", "usgs-4.5_week.geojson") };
        foreach (var (source, feed) in bmkgFirst ? steps : steps.Reverse())
        {
            var result = FeedFiles.Import(dir, source, FeedFiles.Text(feed), feed, "briefs", source == "usgs" ? ["--country", "Indonesia"] : []);
            Assert.True(result.ExitCode == 0, result.Error);
        }

        var briefs = FeedFiles.Briefs(dir);
        // 15 BMKG quakes and the Tual one only USGS reported; Ruteng (10:42:42 BMKG, 10:42:39 USGS, 6 km apart) is one brief.
        Assert.Equal(16, briefs.Count);
        var ruteng = Assert.Single(briefs, b => b.Value.Contains("lon: 120.47", StringComparison.Ordinal) || b.Value.Contains("lon: 120.52", StringComparison.Ordinal));
        // The slug is the first report's; the data is BMKG's either way (the national agency leads), USGS's magnitude beside it.
        Assert.Equal(bmkgFirst ? "gempa-20260817-174242.yml" : "gempa-20260817-174239.yml", ruteng.Key);
        Assert.Equal(
            """
            data:
              agency: bmkg
              event_id: "20260817174242"
              time: 2026-08-17T10:42:42Z
              magnitude: 5.0
              depth_km: 10
              lat: -7.85
              lon: 120.47
              epicenter: { distance_km: 84, direction: NE, place: RUTENG-MANGGARAI, province: NTT }
              tsunami: false
              other_magnitudes:
                - { agency: usgs, magnitude: 5.2 }
            """.ReplaceLineEndings("\n"), FeedFiles.DataBlock(ruteng.Value).TrimEnd('\n'));
        Assert.Contains(
            "source:\n  - { name: BMKG, date: 2026-08-17, url: \"https://www.bmkg.go.id/\" }\n  - { name: USGS, date: 2026-08-17, url: \"https://earthquake.usgs.gov/earthquakes/eventpage/us7000r1a1\" }\n",
            ruteng.Value, StringComparison.Ordinal);

        // And again, in either order: nothing changes.
        var before = dir.Snapshot();
        foreach (var (source, feed) in steps)
        {
            Assert.Equal(0, FeedFiles.Import(dir, source, FeedFiles.Text(feed), feed, "briefs", source == "usgs" ? ["--country", "Indonesia"] : []).ExitCode);
        }

        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void SameAgencyQuakesCloseInTime_AreTwoBriefs_AndAFarQuakeIsNotMerged()
    {
        using var dir = new TempDir();
        Assert.Equal(0, FeedFiles.Import(dir, "bmkg", FeedFiles.Text("bmkg-gempaterkini.json"), "gempaterkini.json").ExitCode);
        // A USGS quake 30 s from BMKG's Ruteng quake but 300 km away: another quake, its own brief.
        var far = FeedFiles.Text("usgs-4.5_week.geojson").Replace("120.52,\n          -7.81", "123.20,\n          -7.81", StringComparison.Ordinal)
            .Replace("1786963359000", "1786963332000", StringComparison.Ordinal);
        Assert.Equal(0, FeedFiles.Import(dir, "usgs", far, "far.geojson", "briefs", "--country", "Indonesia").ExitCode);

        var briefs = FeedFiles.Briefs(dir);
        Assert.Equal(17, briefs.Count);
        Assert.DoesNotContain("other_magnitudes", briefs["gempa-20260817-174242.yml"], StringComparison.Ordinal);
    }
}
