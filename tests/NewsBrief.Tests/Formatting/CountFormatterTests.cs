using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Units and spelling policies beyond the conformance table.</summary>
public sealed class CountFormatterTests
{
    private static CountFormatter Count(string locale) => new(RepoFiles.Catalog[locale]);

    [Theory]
    [InlineData("id", "hour", true)]
    [InlineData("id", "chip", true)]
    [InlineData("en", "hour", true)]
    [InlineData("en", "vote", true)]
    [InlineData("id", "parsec", false)]
    [InlineData("en", "parsec", false)]
    [InlineData("en", "Hour", false)] // keys are exact
    public void Knows_ReportsTheLocaleUnits(string locale, string unit, bool expected)
    {
        Assert.Equal(expected, Count(locale).Knows(unit));
    }

    [Fact]
    public void UnitKeys_AreTheSameInEveryLocale()
    {
        // Facts may only use units every locale knows; the shipped locales know the same set.
        var sets = RepoFiles.Catalog.Locales.Select(l => l.UnitKeys.ToList()).ToList();

        Assert.All(sets, s => Assert.Equal(sets[0], s));
        Assert.All(sets[0], key => Assert.True(RepoFiles.Catalog.Locales.All(l => new CountFormatter(l).Knows(key)), key));
    }

    [Fact]
    public void Format_UnknownUnitIsAnArgumentError()
    {
        var e = Assert.Throws<ArgumentException>(() => Count("en").Format(3, "parsec"));
        Assert.Contains("parsec", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "3", "person", null, "tiga orang")] // counted noun, one word: spelled (EYD V)
    [InlineData("id", "12", "person", null, "12 orang")]
    [InlineData("id", "3", "kilogram", null, "3 kilogram")] // measure: digits
    [InlineData("id", "1000000", null, "puebi", "satu juta")] // PUEBI: two words
    [InlineData("id", "1000000", null, null, "1 juta")] // a large round count takes its scale word (docs/style-rules.md R9)
    [InlineData("id", "1000001", null, null, "1.000.001")]
    [InlineData("id", "-1234.5", null, null, "-1.234,5")]
    [InlineData("en", "2", "person", null, "two people")]
    [InlineData("en", "3", "kilometer", null, "3 kilometers")] // AP: dimensions take figures
    [InlineData("en", "1", "kilometer", null, "1 kilometer")]
    [InlineData("en", "0.5", "hour", null, "0.5 hours")]
    [InlineData("en", "1234567", null, null, "1,234,567")]
    public void Format_AppliesPolicyMeasureAndPlural(string locale, string value, string? unit, string? spell, string expected)
    {
        Assert.Equal(expected, Count(locale).Format(ConformanceCase.ParseDecimal(value), unit, spell));
    }
}
