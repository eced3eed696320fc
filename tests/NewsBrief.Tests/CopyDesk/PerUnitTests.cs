namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10: <c>US$1 (sekitar Rp16.752) setara dengan Rp16.752</c> and <c>16,752 rupiah ($1) per dollar</c>:
/// a per-unit amount (an exchange rate, a price) is written with its unit and never converted.
/// </summary>
public sealed class PerUnitTests
{
    private const string Figures = """
          jisdor: { amount: 16752, currency: IDR, per: USD }
          loss: { amount: 35.67, currency: IDR, per: share }
        """;

    private static readonly string Yaml = CopyDeskStory.Facts(
        Figures,
        "  id: Rupiah Melemah ke {jisdor}\n  en: Rupiah weakens to {jisdor}",
        "  id: Kurs JISDOR ditutup {jisdor}; rugi per saham {loss}.\n  en: The JISDOR rate closed at {jisdor}; the loss was {loss}.",
        "rates:\n  - { pair: USD/IDR, rate: 16752, date: 2025-09-18 }\n");

    [Theory]
    [InlineData("id", "Kurs JISDOR ditutup Rp16.752 per dolar AS; rugi per saham Rp35,67 per saham.", "# Rupiah Melemah ke Rp16.752 per Dolar AS\n")]
    [InlineData("en", "The JISDOR rate closed at 16,752 rupiah per dollar; the loss was 35.67 rupiah per share.", "# Rupiah weakens to 16,752 rupiah per dollar\n")]
    public void PerUnitAmount_IsWrittenWithItsUnit_AndNeverConverted(string locale, string lede, string headline)
    {
        var md = CopyDeskStory.Markdown(Yaml, locale);

        Assert.Contains(lede + "\n", md, StringComparison.Ordinal);
        Assert.Contains(headline, md, StringComparison.Ordinal);
        Assert.DoesNotContain("($", md, StringComparison.Ordinal);
        Assert.DoesNotContain("sekitar", md, StringComparison.Ordinal);
    }
}
