namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10, defects 11-14: large round numbers take scale words, the decimals written are kept,
/// small plain numbers are spelled in prose like counts, and tables use figures.
/// </summary>
public sealed class NumbersInTextTests
{
    private static string Story(string figures, string ledeId, string ledeEn) => CopyDeskStory.Facts(
        figures, "  id: Berita\n  en: News", $"  id: \"{ledeId}\"\n  en: \"{ledeEn}\"");

    [Theory]
    [InlineData("10 billion", "id", "Perseroan menerbitkan 10 miliar saham.")]
    [InlineData("10 billion", "en", "The company issued 10 billion shares.")]
    [InlineData("1.5 million", "id", "Perseroan menerbitkan 1,5 juta saham.")]
    [InlineData("1.5 million", "en", "The company issued 1.5 million shares.")]
    [InlineData("1234567", "id", "Perseroan menerbitkan 1.234.567 saham.")]
    [InlineData("1234567", "en", "The company issued 1,234,567 shares.")]
    public void LargeRoundCount_TakesAScaleWord(string value, string locale, string expected)
    {
        var md = CopyDeskStory.Markdown(Story($"  shares: {{ value: {value}, unit: share }}", "Perseroan menerbitkan {shares}.", "The company issued {shares}."), locale);

        Assert.Contains(expected + "\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Suku bunga naik menjadi 5,50 persen.", "| rate | 5,50% |")]
    [InlineData("en", "The rate rose to 5.50%.", "| rate | 5.50% |")]
    public void Percent_KeepsTheDecimalsWritten(string locale, string prose, string row)
    {
        var md = CopyDeskStory.Markdown(Story("  rate: { percent: 5.50 }", "Suku bunga naik menjadi {rate}.", "The rate rose to {rate}."), locale);

        Assert.Contains(prose + "\n", md, StringComparison.Ordinal);
        Assert.Contains(row + "\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Hanya satu dari 38 provinsi.")]
    [InlineData("en", "Only one of 38 provinces.")]
    public void SmallPlainNumber_IsSpelledInProse(string locale, string expected)
    {
        var md = CopyDeskStory.Markdown(Story("  provinces: { value: 1 }", "Hanya {provinces} dari 38 provinsi.", "Only {provinces} of 38 provinces."), locale);

        Assert.Contains(expected + "\n", md, StringComparison.Ordinal);
        Assert.Contains("| provinces | 1 |\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Uji coba memakai tiga chip.", "| chips | 3 chip |")]
    [InlineData("en", "The trial used three chips.", "| chips | 3 chips |")]
    public void Table_UsesFigures_ProseSpells(string locale, string prose, string row)
    {
        var md = CopyDeskStory.Markdown(Story("  chips: { value: 3, unit: chip }", "Uji coba memakai {chips}.", "The trial used {chips}."), locale);

        Assert.Contains(prose + "\n", md, StringComparison.Ordinal);
        Assert.Contains(row + "\n", md, StringComparison.Ordinal);
    }
}
