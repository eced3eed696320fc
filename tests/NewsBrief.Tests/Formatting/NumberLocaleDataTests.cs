using System.Globalization;
using NewsBrief.Diagnostics;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>The number and money sections of the locale files, and properties of every number formatter.</summary>
public sealed class NumberLocaleDataTests
{
    private static string LocaleText(string code) => File.ReadAllText(Path.Combine(RepoFiles.Locales, code + ".yml"));

    private static (LocaleCatalog Catalog, DiagnosticBag Bag) Parse(string code, string text)
    {
        var bag = new DiagnosticBag();
        var catalog = LocaleCatalog.Parse([("locales/" + code + ".yml", text)], bag);
        return (catalog, bag);
    }

    [Fact]
    public void ScaleWordValues_MapLongScaleWordsToMultipliers()
    {
        var id = RepoFiles.Catalog["id"].ScaleWordValues();
        var en = RepoFiles.Catalog["en"].ScaleWordValues();

        Assert.Equal(1000m, id["ribu"]);
        Assert.Equal(1000000m, id["juta"]);
        Assert.Equal(1000000000m, id["miliar"]);
        Assert.Equal(1000000000000m, id["triliun"]);
        Assert.Equal(1000m, en["thousand"]);
        Assert.Equal(1000000m, en["million"]);
        Assert.Equal(1000000000m, en["billion"]);
        Assert.Equal(1000000000000m, en["trillion"]);
        Assert.Equal(1000000000m, en["Billion"]);
        Assert.False(id.ContainsKey("milyar"));
        Assert.Equal(4, id.Count);
    }

    [Fact]
    public void Parse_LocaleWithoutMoneySection_ReportsNB2002()
    {
        var text = LocaleText("id");
        var start = text.IndexOf("\nmoney:", StringComparison.Ordinal);
        var end = text.IndexOf("\npercent:", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "locales/id.yml has a money section followed by percent");
        var withoutMoney = text[..start] + text[end..];

        var (catalog, bag) = Parse("id", withoutMoney);

        var diagnostic = Assert.Single(bag.Sorted(), d => d.Code == "NB2002" && d.Message.Contains("'money'", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("locales/id.yml", diagnostic.Location.Path);
        Assert.Empty(catalog.Locales);
    }

    [Fact]
    public void Parse_CurrencyWithoutName_ReportsNB2002()
    {
        var text = LocaleText("id").Replace("      name: \"{0} dolar AS\"", "", StringComparison.Ordinal);

        var (_, bag) = Parse("id", text);

        Assert.Contains(bag.Sorted(), d => d.Code == "NB2002" && d.Message.Contains("money.currencies.USD.name", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownKeyInMoneySection_ReportsNB2001()
    {
        var text = LocaleText("en").Replace("  scale_from: 1000000", "  scale_from: 1000000\n  scale_form: 1000", StringComparison.Ordinal);

        var (_, bag) = Parse("en", text);

        Assert.Contains(bag.Sorted(), d => d.Code == "NB2001");
    }

    [Fact]
    public void ANewLocale_IsData_Alone()
    {
        // A Malay-like locale made from en.yml: a new currency and a new scale word, no code change.
        var text = LocaleText("en")
            .Replace("  currencies:\n", "  currencies:\n    BND:\n      symbol: \"B${0}\"\n      name: \"{0} Brunei dollars\"\n", StringComparison.Ordinal)
            .Replace("\"{0} billion\"", "\"{0} bilion\"", StringComparison.Ordinal)
            .Replace("\"about {0}\"", "\"kira-kira {0}\"", StringComparison.Ordinal);

        var (catalog, bag) = Parse("ms", text);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var ms = new LocaleFormatter(catalog["ms"]);

        Assert.True(ms.Money.Knows("BND")); // not shipped: only this file adds it
        Assert.Equal("kira-kira B$4.87 bilion", ms.Money.Format(4870000000m, "BND", MoneyOptions.Default with { Qualifier = NewsBrief.Facts.Qualifier.About }));
        Assert.Equal(1000000000m, catalog["ms"].ScaleWordValues()["bilion"]);
    }

    public static TheoryData<string> Locales() => ["id", "en"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void EveryFormatter_NeverWritesNoBreakSpaceOrCurrencySign(string code)
    {
        var f = new LocaleFormatter(RepoFiles.Catalog[code]);
        var random = new Random(20250917);
        foreach (var value in SampleValues(random))
        {
            foreach (var currency in f.Locale.CurrencyCodes)
            {
                foreach (var style in Enum.GetValues<TextStyle>())
                {
                    foreach (var scale in Enum.GetValues<MoneyScale>())
                    {
                        var options = MoneyOptions.Default with { Style = style, Scale = scale, Qualifier = NewsBrief.Facts.Qualifier.About };
                        AssertClean(f.Money.Format(value, currency, options), value);
                        AssertClean(f.Money.FormatPair(value, currency, value, currency, approximate: true, options), value);
                    }
                }
            }

            foreach (var style in Enum.GetValues<TextStyle>())
            {
                AssertClean(f.Percent.Format(value, 2, style), value);
            }

            AssertClean(f.Number.Format(value), value);
            AssertClean(f.Number.Format(value, 2), value);
            AssertClean(f.Compact.Format(value, CompactForm.Short), value);
            AssertClean(f.Compact.Format(value, CompactForm.Long), value);
            AssertClean(f.Range.FormatNumbers(value, value + 1, symbol: true), value);
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void NumberFormat_RoundsHalfAwayFromZero_NeverTruncates(string code)
    {
        var f = new LocaleFormatter(RepoFiles.Catalog[code]);
        var symbols = f.Locale.Number!;
        var random = new Random(4865);
        foreach (var value in SampleValues(random))
        {
            for (var decimals = 0; decimals <= 3; decimals++)
            {
                var written = ParseBack(f.Number.Format(value, decimals), symbols);
                var step = Step(decimals);

                // Within half a step, and a tie always moves away from zero.
                Assert.True(Math.Abs(written - value) <= step / 2, $"{value} at {decimals} decimals was written {written}");
                if (Math.Abs(written - value) == step / 2)
                {
                    Assert.True(Math.Abs(written) > Math.Abs(value), $"{value} at {decimals} decimals was written {written}: a tie must round away from zero");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void MoneyFormat_ScaledAmounts_ReadBackWithinHalfAStep(string code)
    {
        var f = new LocaleFormatter(RepoFiles.Catalog[code]);
        var symbols = f.Locale.Number!;
        var scaleWords = f.Locale.ScaleWordValues();
        var random = new Random(294000);
        for (var i = 0; i < 2000; i++)
        {
            var amount = Math.Round((decimal)random.NextDouble() * 1000000000000m, random.Next(0, 4), MidpointRounding.AwayFromZero);
            var text = f.Money.Format(amount, f.Locale.HomeCurrency, MoneyOptions.Default);

            // "Rp4,87 miliar" or "$4.87 billion": the figure, then (maybe) a scale word.
            var parts = text.Split(' ');
            var digits = new string(parts[0].SkipWhile(c => !char.IsAsciiDigit(c)).ToArray());
            var figure = ParseBack(digits, symbols);
            var multiplier = parts.Length > 1 && scaleWords.TryGetValue(parts[1], out var m) ? m : 1m;
            var written = figure * multiplier;
            var tolerance = multiplier == 1m ? Step(2) / 2 : Step(2) / 2 * multiplier;

            Assert.True(Math.Abs(written - amount) <= tolerance, $"{amount} was written «{text}» ({written})");
        }
    }

    [Theory]
    [InlineData("id", 1234567.891, 2, false, "1.234.567,89")]
    [InlineData("id", 1.5, 2, true, "1,50")]
    [InlineData("id", -0.004, 2, false, "0")]
    [InlineData("en", -1234.5, 0, false, "-1,235")]
    [InlineData("en", 0.125, 2, false, "0.13")]
    [InlineData("en", 999, 0, false, "999")]
    public void NumberFormat_Examples(string code, double value, int decimals, bool fixedDecimals, string expected) =>
        Assert.Equal(expected, new LocaleFormatter(RepoFiles.Catalog[code]).Number.Format((decimal)value, decimals, fixedDecimals));

    [Fact]
    public void NumberFormat_WithoutDecimals_KeepsTheValuesOwnDecimals()
    {
        var id = new LocaleFormatter(RepoFiles.Catalog["id"]).Number;

        Assert.Equal("1,50", id.Format(1.50m));
        Assert.Equal("12.000", id.Format(12000m));
    }

    [Fact]
    public void FormatYear_IsNeverGrouped()
    {
        Assert.Equal("2025", new LocaleFormatter(RepoFiles.Catalog["id"]).Number.FormatYear(2025));
        Assert.Equal("12345", new LocaleFormatter(RepoFiles.Catalog["en"]).Number.FormatYear(12345));
        Assert.Equal("-9223372036854775808", new LocaleFormatter(RepoFiles.Catalog["en"]).Number.FormatYear(long.MinValue));
    }

    [Theory]
    [InlineData("id", 0.053, TextStyle.Headline, "5,3%")]
    [InlineData("id", 0.05, TextStyle.Prose, "5 persen")]
    [InlineData("en", 0.05, TextStyle.Headline, "5%")]
    public void PercentFormat_Examples(string code, double fraction, TextStyle style, string expected) =>
        Assert.Equal(expected, new LocaleFormatter(RepoFiles.Catalog[code]).Percent.Format((decimal)fraction, 1, style));

    [Theory]
    [InlineData("id", 999, "999")]
    [InlineData("id", 999999, "1 juta")]
    [InlineData("id", -4870000000, "-4,87 miliar")]
    [InlineData("en", 1500, "1.5 thousand")]
    [InlineData("en", 999995000, "1 billion")]
    public void CompactFormat_Examples(string code, double value, string expected) =>
        Assert.Equal(expected, new LocaleFormatter(RepoFiles.Catalog[code]).Compact.Format((decimal)value, CompactForm.Long));

    [Theory]
    [InlineData("id", "Rp1,5 juta hingga Rp2 juta")]
    [InlineData("en", "1.5 million rupiah to 2 million rupiah")]
    public void RangeFormatMoney_RepeatsCurrencyAndScale(string code, string expected) =>
        Assert.Equal(expected, new LocaleFormatter(RepoFiles.Catalog[code]).Range.FormatMoney(1500000m, 2000000m, "IDR"));

    private static void AssertClean(string text, decimal value)
    {
        Assert.DoesNotContain('\u00A0', text);
        Assert.DoesNotContain('\u202F', text);
        Assert.DoesNotContain('¤', text);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.False(text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]), $"«{text}» for {value}");
    }

    private static IEnumerable<decimal> SampleValues(Random random)
    {
        decimal[] edges = [0m, 0.005m, -0.005m, 0.5m, 1m, 4.865m, 999.995m, 999999m, 999999.995m, 1000000m, 999995000m, 4885000000m, -294000m, 1500000000000m, 999999999999999m];
        foreach (var edge in edges)
        {
            yield return edge;
        }

        for (var i = 0; i < 400; i++)
        {
            var magnitude = (decimal)Math.Pow(10, random.Next(0, 14));
            var value = Math.Round((decimal)random.NextDouble() * magnitude, random.Next(0, 5), MidpointRounding.AwayFromZero);
            yield return random.Next(4) == 0 ? -value : value;
        }
    }

    private static decimal Step(int decimals) => 1m / (decimal)Math.Pow(10, decimals);

    private static decimal ParseBack(string text, NumberSection symbols) =>
        decimal.Parse(
            text.Replace(symbols.GroupSeparator, "", StringComparison.Ordinal)
                .Replace(symbols.DecimalSeparator, ".", StringComparison.Ordinal)
                .Replace(symbols.MinusSign, "-", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
}
