using System.Globalization;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>The CLDR plural-rule evaluator, run on the rules in the locale files.</summary>
public sealed class PluralRulesTests
{
    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0", "other", "other")]
    [InlineData("1", "one", "one")]
    [InlineData("1.0", "other", "one")] // v = 1, so "i = 1 and v = 0" fails: 1.0 hours
    [InlineData("2", "other", "two")]
    [InlineData("11", "other", "other")]
    [InlineData("12", "other", "other")]
    [InlineData("13", "other", "other")]
    [InlineData("21", "other", "one")]
    [InlineData("22", "other", "two")]
    [InlineData("23", "other", "few")]
    [InlineData("101", "other", "one")]
    [InlineData("111", "other", "other")]
    [InlineData("112", "other", "other")]
    public void English_CardinalAndOrdinalCategories(string value, string cardinal, string ordinal)
    {
        var en = RepoFiles.Catalog["en"];

        Assert.Equal(cardinal, en.CardinalRules.Select(D(value)));
        Assert.Equal(ordinal, en.OrdinalRules.Select(D(value)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("21")]
    public void Indonesian_HasOnlyOther(string value)
    {
        var id = RepoFiles.Catalog["id"];

        Assert.Equal("other", id.CardinalRules.Select(D(value)));
        Assert.Equal("other", id.OrdinalRules.Select(D(value)));
    }

    [Theory]
    [InlineData("1.20", 1, 2, 1, 20, 2)]
    [InlineData("1.0", 1, 1, 0, 0, 0)]
    [InlineData("-3.050", 3, 3, 2, 50, 5)]
    public void Operands_KeepTheWrittenScale(string value, int i, int v, int w, int f, int t)
    {
        var o = PluralOperands.Of(D(value));

        Assert.Equal((decimal)i, o.I);
        Assert.Equal((decimal)v, o.V);
        Assert.Equal((decimal)w, o.W);
        Assert.Equal((decimal)f, o.F);
        Assert.Equal((decimal)t, o.T);
    }

    [Theory]
    [InlineData("n = 2..4", "3", true)]
    [InlineData("n = 2..4", "3.5", false)] // n must be whole inside a range
    [InlineData("n within 2..4", "3.5", true)]
    [InlineData("n = 0,1 or t = 1", "0.1", true)] // a rule shaped like CLDR's "da" one
    [InlineData("v = 0 and i % 10 = 2..4 and i % 100 != 12..14", "22", true)]
    [InlineData("v = 0 and i % 10 = 2..4 and i % 100 != 12..14", "12", false)]
    [InlineData("i = 1 and v = 0 @integer 1", "1", true)] // samples are ignored
    public void Rules_EvaluateOperatorsAndRanges(string rule, string value, bool expected)
    {
        Assert.Equal(expected, PluralRules.Compile(rule)(PluralOperands.Of(D(value))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("i = ")]
    [InlineData("x = 1")]
    [InlineData("i == 1")]
    [InlineData("i = 1 and")]
    [InlineData("n % 0 = 1")]
    [InlineData("i = 4..2")]
    [InlineData("i = 1 v = 0")]
    public void Rules_BadStringsAreReportedNotThrown(string rule)
    {
        Assert.NotNull(PluralRules.Check(rule));
    }
}
