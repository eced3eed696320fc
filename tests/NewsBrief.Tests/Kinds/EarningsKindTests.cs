using System.Text.RegularExpressions;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// The earnings kind (shared kinds.md, R40, R41): profit or loss, the change in percent only when
/// both periods have the same sign (one decimal, half away from zero), the swing otherwise, a loss
/// that narrowed or widened, the periods, revenue when given, the company in full once and then by
/// its short name. Every case is checked as <c>check --strict</c> checks it (no diagnostic at all).
/// </summary>
public sealed partial class EarningsKindTests
{
    private static string Facts(string now, string prior, string period = "2025-Q3", string revenue = "", string company = "{ name: PT Contoh Makmur Tbk, short: Contoh Makmur, ticker: CTMK }") => $"""
        date: 2025-10-30
        kind: earnings
        source: {"{"} name: Bursa Efek Indonesia {"}"}
        rates:
          - {"{"} pair: USD/IDR, rate: 16600, date: 2025-10-29 {"}"}
        data:
          company: {company}
          period: {period}
          currency: IDR
          net_income: {now}
          net_income_prior: {prior}
        {revenue}
        """;

    private static FinanceKindRender.Rendered Render(string facts)
    {
        var rendered = FinanceKindRender.Render("earnings", facts);
        Assert.True(rendered.Diagnostics.Count == 0, string.Join("\n", rendered.Diagnostics));
        return rendered;
    }

    [Theory]
    // A profit that grew, fell or held (same sign: a percentage).
    [InlineData("1.25 triliun", "1.10 triliun", "id", " laba bersih Rp1,25 triliun pada kuartal III-2025, naik 13,6 persen dari Rp1,1 triliun")]
    [InlineData("1.25 triliun", "1.10 triliun", "en", "a net profit of 1.25 trillion rupiah ($75.3 million) in the third quarter of 2025, up 13.6% from 1.1 trillion rupiah a year earlier.")]
    [InlineData("1.10 triliun", "1.25 triliun", "id", "laba bersih Rp1,1 triliun pada kuartal III-2025, turun 12,0 persen dari Rp1,25 triliun")]
    [InlineData("1.10 triliun", "1.25 triliun", "en", "in the third quarter of 2025, down 12.0% from 1.25 trillion rupiah a year earlier.")]
    [InlineData("1 triliun", "1 triliun", "id", "laba bersih Rp1 triliun pada kuartal III-2025, tidak berubah dari Rp1 triliun")]
    [InlineData("1 triliun", "1 triliun", "en", "unchanged from 1 trillion rupiah a year earlier.")]
    // A loss that narrowed or widened (same sign: a percentage of the loss).
    [InlineData("-350 miliar", "-500 miliar", "id", "rugi bersih Rp350 miliar pada kuartal III-2025; rugi menyempit 30,0 persen dari Rp500 miliar")]
    [InlineData("-350 miliar", "-500 miliar", "en", "PT Contoh Makmur Tbk (CTMK) narrowed its loss by 30.0% to a net loss of 350 billion rupiah ($21.1 million) in the third quarter of 2025 from 500 billion rupiah a year earlier.")]
    [InlineData("-700 miliar", "-400 miliar", "id", "rugi membengkak 75,0 persen dari Rp400 miliar")]
    [InlineData("-700 miliar", "-400 miliar", "en", "widened its loss by 75.0% to a net loss of 700 billion rupiah")]
    // A swing: never a percentage.
    [InlineData("-350 miliar", "200 miliar", "id", "PT Contoh Makmur Tbk (CTMK) berbalik rugi pada kuartal III-2025 dengan rugi bersih Rp350 miliar, dari laba bersih Rp200 miliar")]
    [InlineData("-350 miliar", "200 miliar", "en", "PT Contoh Makmur Tbk (CTMK) swung to a net loss of 350 billion rupiah ($21.1 million) in the third quarter of 2025 from a net profit of 200 billion rupiah a year earlier.")]
    [InlineData("120 miliar", "-80 miliar", "id", "berbalik laba pada kuartal III-2025 dengan laba bersih Rp120 miliar, dari rugi bersih Rp80 miliar")]
    [InlineData("120 miliar", "-80 miliar", "en", "swung to a profit, with a net profit of 120 billion rupiah ($7.23 million) in the third quarter of 2025 against a net loss of 80 billion rupiah a year earlier.")]
    // Breaking even on either side: no percentage from zero, no swing.
    [InlineData("120 miliar", "0", "id", "laba bersih Rp120 miliar pada kuartal III-2025, setelah tidak mencatat laba maupun rugi (Rp0)")]
    [InlineData("0", "-80 miliar", "en", "broke even (0 rupiah) in the third quarter of 2025, against a net loss of 80 billion rupiah a year earlier.")]
    public void Lede_SaysProfitOrLoss_AndTheChangeOrTheSwing(string now, string prior, string locale, string expected)
    {
        var lede = OneYearEarlier(FinanceKindRender.Lede(Render(Facts(now, prior)).Markdown[locale]));

        Assert.Contains(expected, lede, StringComparison.Ordinal);
        if (expected.Contains("berbalik", StringComparison.Ordinal) || expected.Contains("swung", StringComparison.Ordinal))
        {
            Assert.DoesNotMatch(Percentage(), lede);
        }
    }

    [Theory]
    [InlineData("1.25 triliun", "1.10 triliun", "id", "Laba Bersih Contoh Makmur Naik 13,6% Menjadi Rp1,25 Triliun pada Kuartal III-2025")]
    [InlineData("1.25 triliun", "1.10 triliun", "en", "Contoh Makmur Q3 2025 Net Profit Rises 13.6% to 1.25 Trillion Rupiah")]
    [InlineData("-350 miliar", "200 miliar", "id", "Contoh Makmur Berbalik Rugi Rp350 Miliar pada Kuartal III-2025")]
    [InlineData("-350 miliar", "200 miliar", "en", "Contoh Makmur Swings to Q3 2025 Net Loss of 350 Billion Rupiah")]
    [InlineData("-350 miliar", "-500 miliar", "id", "Rugi Bersih Contoh Makmur Menyempit Menjadi Rp350 Miliar pada Kuartal III-2025")]
    [InlineData("-350 miliar", "-500 miliar", "en", "Contoh Makmur Narrows Q3 2025 Net Loss to 350 Billion Rupiah")]
    public void Headline_UsesTheShortName(string now, string prior, string locale, string expected) =>
        Assert.Equal(expected, FinanceKindRender.Headline(Render(Facts(now, prior)).Markdown[locale]));

    [Theory]
    [InlineData("2025-H1", "id", "semester I-2025")]
    [InlineData("2025-H1", "en", "the first half of 2025")]
    [InlineData("2025-9M", "id", "sembilan bulan pertama 2025")]
    [InlineData("2025-9M", "en", "the first nine months of 2025")]
    [InlineData("2025-FY", "id", "pada tahun buku 2025")]
    [InlineData("2025-FY", "en", " in 2025, ")]
    public void Periods_AreTheFormattersOwn(string period, string locale, string expected) =>
        Assert.Contains(expected, FinanceKindRender.Lede(Render(Facts("1.25 triliun", "1.10 triliun", period)).Markdown[locale]), StringComparison.Ordinal);

    [Theory]
    [InlineData("id", "- Pendapatan Contoh Makmur naik 7,7 persen menjadi Rp9,8 triliun dari Rp9,1 triliun.")]
    [InlineData("en", "- Contoh Makmur's revenue rose 7.7% to 9.8 trillion rupiah ($590 million) from 9.1 trillion rupiah.")]
    public void Revenue_IsAPoint_ByTheShortName(string locale, string expected)
    {
        var markdown = Render(Facts("1.25 triliun", "1.10 triliun", revenue: "  revenue: 9.8 triliun\n  revenue_prior: 9.1 triliun\n")).Markdown[locale];

        Assert.Contains(expected, FinanceKindRender.Points(markdown));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void TheCompany_IsNamedInFullOnce_ThenByItsShortName(string locale)
    {
        var markdown = Render(Facts("1.25 triliun", "1.10 triliun", revenue: "  revenue: 9.8 triliun\n  revenue_prior: 9.1 triliun\n")).Markdown[locale];

        Assert.Single(Regex.Matches(markdown, Regex.Escape("PT Contoh Makmur Tbk")));
        Assert.Contains("PT Contoh Makmur Tbk (CTMK)", FinanceKindRender.Lede(markdown), StringComparison.Ordinal);
        Assert.Contains("Contoh Makmur", FinanceKindRender.Headline(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTickerOrShortName_TheFullNameStandsAlone()
    {
        var markdown = Render(Facts("1.25 triliun", "1.10 triliun", company: "{ name: PT Contoh Makmur Tbk }")).Markdown["id"];

        Assert.Matches("^PT Contoh Makmur Tbk (membukukan|mencatat|meraih) laba bersih", FinanceKindRender.Lede(markdown));
        Assert.Contains("Laba Bersih PT Contoh Makmur Tbk Naik", FinanceKindRender.Headline(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWordingOfTheYearEarlier_IsWritten_AndEachBriefUsesOne()
    {
        // The alternatives of words.year_earlier (vary), each after every frame: "dari Rp1,1 triliun …", "dari laba bersih …", "setelah …".
        string[][] phrases = [["pada periode yang sama tahun lalu", "setahun sebelumnya"], ["in the same period a year earlier", "a year earlier"]];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (now, prior) in new[] { ("1.25 triliun", "1.10 triliun"), ("-350 miliar", "-500 miliar"), ("-350 miliar", "200 miliar"), ("120 miliar", "-80 miliar"), ("120 miliar", "0") })
        {
            for (var n = 0; n < 12; n++)
            {
                var rendered = FinanceKindRender.Render($"earnings-{n}", Facts(now, prior, revenue: "  revenue: 9.8 triliun\n  revenue_prior: 9.1 triliun\n"));
                Assert.True(rendered.Diagnostics.Count == 0, string.Join("\n", rendered.Diagnostics));
                foreach (var (locale, list) in new[] { ("id", phrases[0]), ("en", phrases[1]) })
                {
                    var lede = FinanceKindRender.Lede(rendered.Markdown[locale]);
                    var used = list.First(p => lede.Contains(p + ".", StringComparison.Ordinal)); // the phrase ends the lede
                    seen.Add(used);
                    Assert.DoesNotContain("dibandingkan periode", lede, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(phrases.SelectMany(p => p).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    /// <summary>The lede with the year-earlier wording <c>vary</c> chose written as the first alternative.</summary>
    private static string OneYearEarlier(string lede) =>
        lede.Replace("setahun sebelumnya", "pada periode yang sama tahun lalu", StringComparison.Ordinal)
            .Replace("in the same period a year earlier", "a year earlier", StringComparison.Ordinal);

    [GeneratedRegex(@"\d(%| persen)")]
    private static partial Regex Percentage();
}
