using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Localization;

/// <summary>The <c>helpers:</c> section (language helpers of story kinds) is validated like every other locale section.</summary>
public sealed class LocaleHelperSectionTests
{
    private static string Text(string locale) => File.ReadAllText(Path.Combine(RepoFiles.Locales, locale + ".yml"));

    [Theory]
    [InlineData("en", "    SW: southwest\n", "", "helpers.compass.SW")]
    [InlineData("id", "    NTT: { name: \"Nusa Tenggara Timur\", zone: Asia/Makassar }", "    NTT: { name: \"Nusa Tenggara Timur\", zone: Asia/Bali }", "helpers.provinces.NTT.zone")]
    [InlineData("id", "    NTT: { name: \"Nusa Tenggara Timur\", zone: Asia/Makassar }", "    NTT: { zone: Asia/Makassar }", "helpers.provinces.NTT.name")]
    [InlineData("en", "  distance_miles: { one: \"{0} km ({1} mile)\", other: \"{0} km ({1} miles)\" }", "  distance_miles: { other: \"{0} km\" }", "helpers.distance_miles")]
    [InlineData("en", "  list_last: \"{0} and {1}\"", "  list_last: \"and\"", "helpers.list_last")]
    [InlineData("id", "  base_zone: Asia/Jakarta", "  base_zone: Asia/Tokyo", "helpers.base_zone")]
    [InlineData("id", "  mmi: \"{0} MMI\"", "  mmi: \"MMI\"", "helpers.mmi")]
    [InlineData("en", "KEP.: \"the {0} Islands\"", "KEP: \"the {0} Islands\"", "helpers.place_tokens.KEP")]
    [InlineData("en", "Asia/Makassar: 114.5,", "Asia/Bali: 114.5,", "helpers.zone_bands.Asia/Bali")]
    [InlineData("id", "Asia/Jayapura: 125.7 }", "Asia/Jayapura: 225.7 }", "helpers.zone_bands.Asia/Jayapura")]
    public void BadHelperData_IsADiagnosticNamingTheKey(string locale, string good, string bad, string key)
    {
        var text = Text(locale);
        Assert.Contains(good, text, StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        LocaleCatalog.Parse([($"locales/{locale}.yml", text.Replace(good, bad, StringComparison.Ordinal))], bag);
        var d = Assert.Single(bag.Sorted(), d => d.Message.Contains(key, StringComparison.Ordinal));
        Assert.Equal("NB2002", d.Code);
        Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1);
    }

    [Fact]
    public void AMistypedHelperKey_IsReportedAtItsLine()
    {
        var text = Text("en").Replace("  magnitude: \"magnitude {0}\"", "  magnitud: \"magnitude {0}\"", StringComparison.Ordinal);
        var line = text[..text.IndexOf("  magnitud:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var bag = new DiagnosticBag();
        LocaleCatalog.Parse([("locales/en.yml", text)], bag);
        Assert.Contains(bag.Sorted(), d => d.Location.Line == line && d.Message.Contains("magnitud", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void EveryLocale_NamesAll38Provinces_WithAZoneOfTheirOwnTable(string locale)
    {
        var helpers = RepoFiles.Catalog[locale].Helpers!;
        // Kemendagri: 38 provinces since the four Papua provinces of 2022.
        Assert.Equal(38, helpers.Provinces.Count);
        Assert.Equal(RepoFiles.Catalog["id"].Helpers!.ZoneBands.OrderBy(b => b.Key), helpers.ZoneBands.OrderBy(b => b.Key)); // one geography for every locale
        Assert.All(helpers.Provinces.Values, p => Assert.Contains(p.Zone, helpers.ZoneOffsets.Keys));
        Assert.Equal(RepoFiles.Catalog["id"].Helpers!.Provinces.Keys.Order(), helpers.Provinces.Keys.Order());
        Assert.Equal(
            RepoFiles.Catalog["id"].Helpers!.Provinces.ToDictionary(p => p.Key, p => p.Value.Zone).OrderBy(p => p.Key),
            helpers.Provinces.ToDictionary(p => p.Key, p => p.Value.Zone).OrderBy(p => p.Key));
    }
}
