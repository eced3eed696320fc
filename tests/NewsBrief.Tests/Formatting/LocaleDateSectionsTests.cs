using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Bad date, plural and words data in a locale file is a diagnostic, never a crash.</summary>
public sealed class LocaleDateSectionsTests
{
    private static string En => File.ReadAllText(Path.Combine(RepoFiles.Locales, "en.yml"));

    private static (LocaleCatalog Catalog, DiagnosticBag Bag) Load(string text)
    {
        var bag = new DiagnosticBag();
        var catalog = LocaleCatalog.Parse([("locales/en.yml", text)], bag);
        return (catalog, bag);
    }

    [Fact]
    public void ShippedLocales_AreValid()
    {
        Assert.Equal(["en", "id"], RepoFiles.Catalog.Codes);
    }

    [Theory]
    [InlineData("i = = 1 and")]
    [InlineData("x = 1")]
    [InlineData("i = 1 v = 0")]
    public void InvalidPluralRule_IsADiagnostic(string badRule)
    {
        var text = En.Replace("one: \"i = 1 and v = 0\"", $"one: \"{badRule}\"", StringComparison.Ordinal);
        Assert.NotEqual(En, text);

        var (catalog, bag) = Load(text);

        Assert.True(bag.HasErrors);
        Assert.Empty(catalog.Locales);
        var d = Assert.Single(bag.Sorted(), x => x.Message.Contains("plurals.cardinal.one", StringComparison.Ordinal));
        Assert.Equal(DiagnosticDescriptors.LocaleMissingValue.Code, d.Code);
        Assert.Contains(badRule, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("day: MMM d, y ", "day: MMM d, yyyy Q ", "dates.patterns.day")]
    [InlineData("day_same_month: MMM d-d, y", "day_same_month: MMM d, y", "dates.ranges.day_same_month")]
    [InlineData("tens_join: \"{0}-{1}\"", "tens_join: \"{0}-\"", "words.tens_join")]
    [InlineData("default_spell: ap", "default_spell: chicago", "counts.default_spell")]
    [InlineData("chip: { forms: { one: \"{0} chip\", other: \"{0} chips\" } }", "chip: { forms: { other: \"{0} chips\" } }", "units.chip.forms.one")]
    public void BrokenDateSections_AreDiagnostics(string good, string bad, string key)
    {
        var text = En.Replace(good, bad, StringComparison.Ordinal);
        Assert.NotEqual(En, text);

        var (_, bag) = Load(text);

        Assert.Contains(bag.Sorted(), x => x.Severity == Severity.Error && x.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKey_IsASyntaxDiagnostic()
    {
        var (_, bag) = Load(En.Replace("  tens_join:", "  tenz: x\n  tens_join:", StringComparison.Ordinal));

        Assert.Contains(bag.Sorted(), x => x.Code == DiagnosticDescriptors.LocaleSyntax.Code);
    }
}
