using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Money behaviour the conformance table does not pin: pairs, qualifiers, headlines, Knows.</summary>
public sealed class MoneyFormatterTests
{
    private static MoneyFormatter Id => new LocaleFormatter(RepoFiles.Catalog["id"]).Money;

    private static MoneyFormatter En => new LocaleFormatter(RepoFiles.Catalog["en"]).Money;

    private static readonly MoneyOptions About = MoneyOptions.Default with { Qualifier = Qualifier.About };

    [Fact]
    public void FormatPair_ReportedEquivalent_QualifierStandsBeforeThePair()
    {
        var text = Id.FormatPair(4870000000m, "IDR", 294000m, "USD", approximate: false, About);

        Assert.Equal("sekitar Rp4,87 miliar (US$294.000)", text);
    }

    [Fact]
    public void FormatPair_Conversion_TakesTheApproximatePattern()
    {
        var text = Id.FormatPair(4870000000m, "IDR", 294000m, "USD", approximate: true, MoneyOptions.Default);

        Assert.Equal("Rp4,87 miliar (sekitar US$294.000)", text);
    }

    [Fact]
    public void FormatPair_ConversionWithQualifier_RoundsHalfAwayAndScalesTheEquivalent()
    {
        var options = MoneyOptions.Default with { Qualifier = Qualifier.MoreThan };

        var text = Id.FormatPair(100000000m, "USD", 1656500000000m, "IDR", approximate: true, options);

        Assert.Equal("lebih dari US$100 juta (sekitar Rp1,66 triliun)", text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FormatPair_English_WritesRupiahByNameAndDollarsInParentheses(bool approximate)
    {
        var text = En.FormatPair(4870000000m, "IDR", 294000m, "USD", approximate, MoneyOptions.Default);

        Assert.Equal("4.87 billion rupiah ($294,000)", text);
    }

    [Fact]
    public void Format_HeadlineWithQualifier_CapitalisesQualifierAndScaleWord()
    {
        var headline = About with { Style = TextStyle.Headline };

        Assert.Equal("Sekitar Rp4,87 Miliar", Id.Format(4870000000m, "IDR", headline));
        Assert.Equal("About $294,000", En.Format(294000m, "USD", headline));
        Assert.Equal("About $4.87B", En.Format(4870000000m, "USD", headline));
    }

    [Fact]
    public void Format_HeadlineCurrencyName_IsCapitalisedWithTheScaleWord()
    {
        var headline = MoneyOptions.Default with { Style = TextStyle.Headline };

        Assert.Equal("3,621.3 Trillion Rupiah", En.Format(3621300000000000m, "IDR", headline));
        Assert.Equal("100 Juta Dolar AS", Id.Format(100000000m, "USD", headline with { CurrencyStyle = CurrencyStyle.Name }));
        Assert.Equal("3,621.3 trillion rupiah", En.Format(3621300000000000m, "IDR", MoneyOptions.Default));
    }

    [Fact]
    public void Format_HeadlineMultiWordQualifier_CapitalisesOnlyItsFirstWord()
    {
        var headline = MoneyOptions.Default with { Qualifier = Qualifier.MoreThan, Style = TextStyle.Headline };

        Assert.Equal("Lebih dari US$100 Juta", Id.Format(100000000m, "USD", headline));
        Assert.Equal("More than $100M", En.Format(100000000m, "USD", headline));
    }

    [Fact]
    public void FormatPair_Headline_CapitalisesTheQualifierBeforeThePair()
    {
        var headline = About with { Style = TextStyle.Headline };

        Assert.Equal("Sekitar Rp4,87 Miliar (US$294.000)", Id.FormatPair(4870000000m, "IDR", 294000m, "USD", approximate: false, headline));
    }

    [Theory]
    [InlineData(Qualifier.None, "Rp5 miliar")]
    [InlineData(Qualifier.About, "sekitar Rp5 miliar")]
    [InlineData(Qualifier.MoreThan, "lebih dari Rp5 miliar")]
    [InlineData(Qualifier.LessThan, "kurang dari Rp5 miliar")]
    [InlineData(Qualifier.Nearly, "hampir Rp5 miliar")]
    [InlineData(Qualifier.UpTo, "hingga Rp5 miliar")]
    [InlineData(Qualifier.AtLeast, "setidaknya Rp5 miliar")]
    public void Qualify_EveryQualifierHasItsWords(Qualifier qualifier, string expected) =>
        Assert.Equal(expected, Id.Qualify(qualifier, "Rp5 miliar"));

    [Fact]
    public void Qualify_EnglishAtLeastInHeadline_IsCapitalised() =>
        Assert.Equal("At least $5M", En.Qualify(Qualifier.AtLeast, "$5M", TextStyle.Headline));

    [Fact]
    public void Qualify_TableStyle_LeavesTheQualifierLowerCase() =>
        Assert.Equal("sekitar Rp5", Id.Qualify(Qualifier.About, "Rp5", TextStyle.Table));

    [Fact]
    public void Knows_TheLocalesCurrencies_AndNothingElse()
    {
        Assert.True(Id.Knows("IDR"));
        Assert.True(Id.Knows("USD"));
        Assert.True(En.Knows("IDR"));
        Assert.True(En.Knows("USD"));
        Assert.False(Id.Knows("CHF"));
        Assert.False(En.Knows("usd"));
    }

    [Fact]
    public void Format_UnknownCurrency_ThrowsWithTheLocaleFile()
    {
        var e = Assert.Throws<ArgumentException>(() => Id.Format(1m, "CHF", MoneyOptions.Default));
        Assert.Contains("CHF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrencyCodes_ListsEveryCurrencyInOrdinalOrder()
    {
        string[] shipped = ["AUD", "CNY", "EUR", "GBP", "IDR", "JPY", "KRW", "MYR", "SAR", "SGD", "USD"];
        Assert.Equal(shipped, RepoFiles.Catalog["id"].CurrencyCodes);
        Assert.Equal(shipped, RepoFiles.Catalog["en"].CurrencyCodes);
    }

    [Theory]
    [InlineData(0.01, "1 cent")]
    [InlineData(0.5, "50 cents")]
    [InlineData(-0.25, "-25 cents")]
    [InlineData(0.995, "$1")]
    [InlineData(0.004, "$0")]
    [InlineData(-0.004, "$0")]
    public void Format_EnglishAmountsBelowOneDollar_UseCents(double input, string expected) =>
        Assert.Equal(expected, En.Format((decimal)input, "USD", MoneyOptions.Default));

    [Fact]
    public void Format_RoundingUpToTheScaleThreshold_IsScaled()
    {
        Assert.Equal("Rp1 juta", Id.Format(999999.999m, "IDR", MoneyOptions.Default));
        Assert.Equal("US$1 juta", Id.Format(999999.6m, "USD", MoneyOptions.Default with { Scale = MoneyScale.Thousands, Decimals = 0 }));
    }

    [Fact]
    public void Format_NegativeThatRoundsToZero_HasNoSign() =>
        Assert.Equal("Rp0", Id.Format(-0.001m, "IDR", MoneyOptions.Default));

    [Fact]
    public void Format_NegativeEnglishRupiah_SignBeforeTheNumber() =>
        Assert.Equal("-4.87 billion rupiah", En.Format(-4870000000m, "IDR", MoneyOptions.Default));

    [Fact]
    public void Format_FixedScaled_KeepsTrailingZeros() =>
        Assert.Equal("Rp2,50 juta", Id.Format(2500000m, "IDR", MoneyOptions.Default with { Fixed = true }));

    [Fact]
    public void Format_Trillions_PromoteNoFurtherThanTheLargestScale() =>
        Assert.Equal("Rp1.500 triliun", Id.Format(1500000000000000m, "IDR", MoneyOptions.Default));
}
