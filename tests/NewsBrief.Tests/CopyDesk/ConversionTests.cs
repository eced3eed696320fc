using NewsBrief.Formatting;

namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10, defects 6-10: an approximate conversion is rounded to three significant digits and
/// whole units, is dropped when it rounds to nothing, is given on first mention only, uses only a
/// rate dated near the amount, and English puts the original currency first.
/// </summary>
public sealed class ConversionTests
{
    private const string Rate = "rates:\n  - { pair: USD/IDR, rate: 16565, date: 2025-09-17 }\n";

    private static string Story(string figures, string ledeId, string ledeEn, string? points = null) => CopyDeskStory.Facts(
        figures,
        "  id: Berita {x}\n  en: News {x}",
        $"  id: \"{ledeId}\"\n  en: \"{ledeEn}\"",
        Rate + (points ?? ""));

    [Theory]
    [InlineData("x: { amount: 1.25 billion, currency: IDR }", "en", "The fund has 1.25 billion rupiah ($75,500).")]
    [InlineData("x: { amount: 152.4 billion, currency: USD }", "id", "Dana itu US$152,4 miliar (sekitar Rp2.520 triliun).")]
    [InlineData("x: { amount: 41092.5, currency: IDR }", "en", "The fund has 41,092.50 rupiah ($2).")]
    public void Conversion_HasThreeSignificantDigitsAndNoCents(string figure, string locale, string expected)
    {
        var md = CopyDeskStory.Markdown(Story("  " + figure, "Dana itu {x}.", "The fund has {x}."), locale);

        Assert.Contains(expected + "\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Conversion_ThatRoundsToNothing_IsDropped()
    {
        var md = CopyDeskStory.Markdown(Story("  x: { amount: 35.67, currency: IDR }", "Dana itu {x}.", "The fund has {x}."), "en");

        Assert.Contains("The fund has 35.67 rupiah.\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("$0", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The fund has 1.25 billion rupiah ($75,500).", "- It grew to 1.25 billion rupiah.", "| x | 1.25 billion rupiah ($75,500) |")]
    [InlineData("id", "Dana itu US$100 juta (sekitar Rp1,66 triliun).", "- Dana tumbuh menjadi US$100 juta.", "| x | US$100 juta (sekitar Rp1,66 triliun) |")]
    public void Equivalent_OnFirstMentionInRunningTextOnly_TheTableKeepsIt(string locale, string first, string second, string row)
    {
        var figure = locale == "en" ? "  x: { amount: 1.25 billion, currency: IDR }" : "  x: { amount: 100 million, currency: USD }";
        var md = CopyDeskStory.Markdown(Story(figure, "Dana itu {x}.", "The fund has {x}.",
            "points:\n  - { id: \"Dana tumbuh menjadi {x}.\", en: \"It grew to {x}.\" }\n"), locale);

        Assert.Contains(first + "\n", md, StringComparison.Ordinal);
        Assert.Contains(second + "\n", md, StringComparison.Ordinal);
        Assert.Contains(row + "\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2021", "The fund had 1.25 billion rupiah.")]
    [InlineData("date: 2025-07", "The fund had 1.25 billion rupiah.")]       // 48 days before the rate: too far
    [InlineData("date: 2025-08-20", "The fund had 1.25 billion rupiah ($75,500).")] // 28 days: near enough
    public void Conversion_UsesOnlyARateDatedWithin31DaysOfTheAmount(string date, string expected)
    {
        var md = CopyDeskStory.Markdown(Story($"  x: {{ amount: 1.25 billion, currency: IDR, {date} }}", "Dana itu {x}.", "The fund had {x}."), "en");

        Assert.Contains(expected + "\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void English_PutsTheOriginalCurrencyFirst_IndonesianKeepsTheSeedContract()
    {
        var yaml = Story("  x: { amount: 5 trillion, currency: IDR, reported: { USD: 304.2 million } }", "Dana itu {x}.", "The fund has {x}.");

        Assert.Contains("The fund has 5 trillion rupiah ($304.2 million).\n", CopyDeskStory.Markdown(yaml, "en"), StringComparison.Ordinal);
        Assert.Contains("Dana itu Rp5 triliun.\n", CopyDeskStory.Markdown(yaml, "id"), StringComparison.Ordinal);

        var seed = Story("  x: { amount: 294000, currency: USD, qualifier: about, reported: { IDR: 4.87 billion } }", "Dana itu {x}.", "The fund has {x}.");
        Assert.Contains("Dana itu sekitar Rp4,87 miliar (US$294.000).\n", CopyDeskStory.Markdown(seed, "id"), StringComparison.Ordinal);
        Assert.Contains("The fund has about $294,000.\n", CopyDeskStory.Markdown(seed, "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("75460.31", "75500")]
    [InlineData("2524530000000000", "2520000000000000")]
    [InlineData("1656500000000", "1660000000000")]
    [InlineData("4870110000", "4870000000")]
    [InlineData("16.49", "16")]
    [InlineData("999.5", "1000")]
    [InlineData("1.5", "2")]
    [InlineData("-75460.31", "-75500")]
    public void Approximate_RoundsHalfAwayFromZeroToThreeSignificantDigitsAndWholeUnits(string value, string expected)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FigureFormatter.Approximate(v));
    }

    [Theory]
    [InlineData("0.99")]
    [InlineData("0.002153")]
    [InlineData("0")]
    public void Approximate_BelowOneUnit_IsNothing(string value) =>
        Assert.Null(FigureFormatter.Approximate(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
