using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Money;

/// <summary>
/// <c>extract</c> drafts the new currencies and nouns from articles as newsrooms write them, and
/// whatever <c>check --strict</c> accepts in any new currency (extreme amounts and conversions
/// included), <c>render</c> and <c>build</c> succeed on.
/// </summary>
public sealed class MoneyExtractAndInvariantTests
{
    private static string Extract(string article, string lang)
    {
        var result = CliRunner.Run(RepoFiles.Data("money"), "extract", article, "--lang", lang);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }

    [Theory]
    [InlineData("    amount: 750\n    currency: SAR\n")]          // 750 riyal Saudi
    [InlineData("    amount: 12000\n    currency: MYR\n")]        // RM12.000
    [InlineData("    amount: 8000\n    currency: SGD\n")]         // S$8.000
    [InlineData("    amount: 5 miliar\n    currency: JPY\n")]     // ¥5 miliar: the yen sign is read as yen
    [InlineData("    amount: 1.2 miliar\n    currency: CNY\n")]   // 1,2 miliar yuan
    [InlineData("    value: 221000\n    unit: pilgrim\n")]        // 221.000 jemaah
    [InlineData("    amount: 88409365\n    currency: IDR\n    per: pilgrim\n")] // Rp88.409.365 per jemaah
    [InlineData("    amount: 4400\n    currency: IDR\n    per: SAR\n")]        // kurs Rp4.400 per riyal
    [InlineData("# - Biaya hidup jemaah tetap {tetap_sar}, dengan kurs {kurs_idr}.\n")] // the unit is in the figure now
    public void IndonesianArticle_DraftsTheNewCurrenciesAndNouns(string expected)
    {
        Assert.Contains(expected, Extract("hajj-cost.id.txt", "id"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    amount: 1.25 million\n    currency: SGD\n")]  // S$1.25 million
    [InlineData("    amount: 1.2 billion\n    currency: EUR\n")]   // 1.2 billion euros
    [InlineData("    amount: 5 billion\n    currency: JPY\n")]     // 5 billion yen
    [InlineData("    amount: 1 trillion\n    currency: KRW\n")]    // 1 trillion won
    [InlineData("    amount: 3.5 million\n    currency: GBP\n")]   // £3.5 million
    [InlineData("    value: 46\n    unit: outlet\n")]
    [InlineData("    value: 5000\n    unit: employee\n")]
    [InlineData("    value: 12\n    unit: aftershock\n")]
    [InlineData("    value: 300\n    unit: house\n")]
    [InlineData("    value: 3\n    unit: province\n")]               // three provinces
    [InlineData("    amount: 18000\n    currency: IDR\n    per: cup\n")]  // 18,000 rupiah per cup
    [InlineData("    amount: -12\n    currency: IDR\n    per: share\n")]   // a loss of 12 rupiah per share: signed, written {name:size}
    public void EnglishArticle_DraftsTheNewCurrenciesAndNouns(string expected)
    {
        Assert.Contains(expected, Extract("funding-round.en.txt", "en"), StringComparison.Ordinal);
    }

    private static string Story(string currency, string amount, string rate) => $"""
        date: 2025-10-27
        source:
          name: Source
        rates:
          - {"{"} pair: {currency}/IDR, rate: {rate}, date: 2025-10-27 {"}"}
          - {"{"} pair: {currency}/USD, rate: {rate}, date: 2025-10-27 {"}"}
        figures:
          big: {"{"} amount: {amount}, currency: {currency}, label: {"{"} id: Besar, en: Big {"}"} {"}"}
          small: {"{"} amount: 0.000000001, currency: {currency}, label: {"{"} id: Kecil, en: Small {"}"} {"}"}
          one: {"{"} amount: 1, currency: {currency}, label: {"{"} id: Satu, en: One {"}"} {"}"}
          price: {"{"} amount: {amount}, currency: {currency}, per: cup, label: {"{"} id: Harga, en: Price {"}"} {"}"}
          kept: {"{"} amount: {amount}, currency: {currency}, convert: false, headline: optional, label: {"{"} id: Tetap, en: Kept {"}"} {"}"}
        headline:
          id: Angka {"{"}big{"}"} dan {"{"}kept{"}"}
          en: Figure {"{"}big{"}"}
        lede:
          id: Angka {"{"}big{"}"}, {"{"}small{"}"}, {"{"}one{"}"}, {"{"}price{"}"} dan {"{"}kept{"}"}.
          en: Figures {"{"}big{"}"}, {"{"}small{"}"}, {"{"}one{"}"}, {"{"}price{"}"} and {"{"}kept{"}"}.
        """;

    [Theory]
    [InlineData("en", "The truck carried 300 pounds of rice.")]       // a weight, not sterling
    [InlineData("en", "The team won 3 games.")]                         // won before a number is a verb
    [InlineData("id", "Ia membeli 5 pound daging.")]                     // a weight in Indonesian copy
    public void WordsThatAreNotMoney_AreNotReadAsTheNewCurrencies(string locale, string text)
    {
        var figures = new NewsBrief.Recognition.FigureRecognizer(RepoFiles.Catalog[locale]).Recognize(text);

        Assert.DoesNotContain(figures, f => f.Kind == NewsBrief.Recognition.FigureKind.Money);
    }

    [Theory]
    [InlineData("en", "£3.5 million", "GBP")]
    [InlineData("en", "3.5 million pounds sterling", "GBP")]
    [InlineData("en", "¥5 billion", "JPY")]
    [InlineData("en", "CN¥1.2 billion", "CNY")]
    [InlineData("en", "RMB1.2 billion", "CNY")]
    [InlineData("id", "¥5 miliar", "JPY")]
    [InlineData("id", "RM12.000", "MYR")]
    [InlineData("id", "SAR750", "SAR")]
    [InlineData("id", "750 riyal Saudi", "SAR")]
    public void CurrencyForms_AreReadAsTheirCode(string locale, string text, string code)
    {
        var figure = Assert.Single(new NewsBrief.Recognition.FigureRecognizer(RepoFiles.Catalog[locale]).Recognize(text));

        Assert.Equal(NewsBrief.Recognition.FigureKind.Money, figure.Kind);
        Assert.Equal(code, figure.Key);
    }

    public static TheoryData<string> NewCurrencies() => new() { "EUR", "JPY", "SGD", "CNY", "AUD", "GBP", "MYR", "SAR", "KRW" };

    [Theory]
    [MemberData(nameof(NewCurrencies))]
    public void ExtremeAmounts_InEveryNewCurrency_CheckAcceptsOnlyWhatBuilds(string currency)
    {
        // The largest amount facts allow, at a small rate and at a rate that would overflow.
        var largest = "999999999999999999.999999999";
        var accepted = AcceptedBuildsInvariant.Assert(Story(currency, largest, "0.000000001"), "extreme.yml");
        var overflow = AcceptedBuildsInvariant.Assert(Story(currency, largest, "19500"), "overflow.yml");

        Assert.True(accepted.Accepted, accepted.Check.Error);
        Assert.False(overflow.Accepted); // NB1021: the conversion would pass 10^18
        Assert.Contains("NB1021", overflow.Check.Error, StringComparison.Ordinal);
    }
}
