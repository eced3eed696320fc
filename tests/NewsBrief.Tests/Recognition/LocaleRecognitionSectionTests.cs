using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Recognition;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Recognition;

/// <summary>The <c>recognition:</c> section is validated like every other locale section, and is optional.</summary>
public sealed class LocaleRecognitionSectionTests
{
    private static string En => File.ReadAllText(Path.Combine(RepoFiles.Locales, "en.yml"));

    [Theory]
    [InlineData("    IDR: { before: [Rp, IDR], after: [rupiah] }", "    CHF: { before: [Fr.], after: [francs] }", "recognition.currencies.CHF")]
    [InlineData("  date_patterns: [d MMMM y]", "  date_patterns: [d MMMM yyyy]", "recognition.date_patterns")]
    [InlineData("    about: [about, around", "    approx: [about, around", "recognition.qualifiers.approx")]
    [InlineData("    - { value: 1000000000, forms: [\"{0}bn\"] }", "    - { value: 5, forms: [\"{0}bn\"] }", "recognition.scales[5]")]
    public void BadRecognitionData_IsADiagnostic(string good, string bad, string key)
    {
        Assert.Contains(good, En, StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        LocaleCatalog.Parse([("locales/en.yml", En.Replace(good, bad, StringComparison.Ordinal))], bag);
        Assert.Contains(bag.Sorted(), d => d.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutRecognitionSection_TheFormattersOwnFormsAreStillRead()
    {
        var text = En[..En.IndexOf("\nrecognition:", StringComparison.Ordinal)];
        var bag = new DiagnosticBag();
        var catalog = LocaleCatalog.Parse([("locales/en.yml", text)], bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var figure = Assert.Single(new FigureRecognizer(catalog["en"]).Recognize("about $294,000"));
        Assert.Equal(294_000m, figure.Value);
    }
}
