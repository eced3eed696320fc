using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Spell-out cases the conformance table does not pin.</summary>
public sealed class WordsFormatterTests
{
    private static WordsFormatter Words(string locale) => new(RepoFiles.Catalog[locale]);

    [Theory]
    [InlineData("id", 0, "nol")]
    [InlineData("id", 11, "sebelas")]
    [InlineData("id", 12, "dua belas")]
    [InlineData("id", 13, "tiga belas")]
    [InlineData("id", 14, "empat belas")]
    [InlineData("id", 15, "lima belas")]
    [InlineData("id", 16, "enam belas")]
    [InlineData("id", 17, "tujuh belas")]
    [InlineData("id", 18, "delapan belas")]
    [InlineData("id", 19, "sembilan belas")]
    [InlineData("id", 1_000_000_000, "satu miliar")]
    [InlineData("id", 999_999, "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan")]
    [InlineData("id", 100, "seratus")]
    [InlineData("id", 1000, "seribu")]
    [InlineData("id", 101_000, "seratus satu ribu")]
    [InlineData("id", 1_001_000, "satu juta seribu")]
    [InlineData("en", 0, "zero")]
    [InlineData("en", 11, "eleven")]
    [InlineData("en", 12, "twelve")]
    [InlineData("en", 13, "thirteen")]
    [InlineData("en", 14, "fourteen")]
    [InlineData("en", 15, "fifteen")]
    [InlineData("en", 16, "sixteen")]
    [InlineData("en", 17, "seventeen")]
    [InlineData("en", 18, "eighteen")]
    [InlineData("en", 19, "nineteen")]
    [InlineData("en", 1_000_000_000, "one billion")]
    [InlineData("en", 999_999, "nine hundred ninety-nine thousand nine hundred ninety-nine")]
    [InlineData("en", -42, "minus forty-two")]
    public void Format_SpellsOut(string locale, long value, string expected)
    {
        Assert.Equal(expected, Words(locale).Format(value));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Format_HandlesTheWholeLongRange(string locale)
    {
        var words = Words(locale);

        Assert.NotEmpty(words.Format(long.MaxValue));
        Assert.NotEmpty(words.Format(long.MinValue));
        Assert.Equal(words.Format(long.MinValue), words.Format(long.MinValue)); // deterministic
    }
}
