using NewsBrief.Importing;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>The importers' places and province codes agree with the locales the briefs are written with.</summary>
public sealed class GazetteerTests
{
    [Fact]
    public void ProvinceCodes_AreTheLocalesProvinces()
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.Locales, "id.yml"));
        var block = text[text.IndexOf("  provinces:", StringComparison.Ordinal)..];
        var codes = System.Text.RegularExpressions.Regex.Matches(block, @"^    ([A-Z]+): \{ name:", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(38, codes.Count);
        Assert.True(codes.SetEquals(PlaceGazetteer.ProvinceCodes), string.Join(", ", codes.Except(PlaceGazetteer.ProvinceCodes)));
    }

    [Fact]
    public void EveryPlace_HasAKnownProvince_AndLiesInIndonesia()
    {
        Assert.True(PlaceGazetteer.Places.Count > 300);
        Assert.All(PlaceGazetteer.Places, p =>
        {
            Assert.Contains(p.Province, PlaceGazetteer.ProvinceCodes);
            Assert.InRange(p.Lat, -11.5, 6.5);
            Assert.InRange(p.Lon, 94.5, 141.5);
        });
    }

    [Theory]
    [InlineData("Sleman", "DIY")]
    [InlineData("RUTENG", "NTT")]
    [InlineData("LOMBOKTENGAH", "NTB")]
    [InlineData("Tual", "MALUKU")]
    public void Find_IgnoresCaseAndSpaces(string name, string province) => Assert.Equal(province, PlaceGazetteer.Find(name)?.Province);

    [Theory]
    // The Sleman quake's epicenter lies nearer Boyolali than Sleman: by coordinates alone it is Central Java. That is why
    // the named place decides first (BmkgImportTests: Sleman is DIY) and coordinates only when the place is not listed.
    [InlineData(-7.52, 110.44, "JATENG")]
    [InlineData(-2.61, 140.70, "PAPUA")]   // 32 km east of Jayapura
    [InlineData(13.55, 120.95, null)]      // Calapan, the Philippines: further than 250 km from every listed place
    public void NearestProvince_WithinTheLimitOnly(double lat, double lon, string? province) =>
        Assert.Equal(province, PlaceGazetteer.NearestProvince((decimal)lat, (decimal)lon));
}
