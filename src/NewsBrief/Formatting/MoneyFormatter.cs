using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Money as newsrooms write it. Amounts are decimal; rounding is half away from zero.</summary>
public sealed class MoneyFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>One amount (<c>sekitar Rp4,87 miliar</c>, <c>$294,000</c>, <c>4.87 billion rupiah</c>).</summary>
    public string Format(decimal amount, string currency, MoneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Qualify(options.Qualifier, FormatAmount(amount, currency, options), options.Style, options.TitleCase);
    }

    /// <summary>
    /// An amount with its equivalent in parentheses: <c>Rp4,87 miliar (sekitar US$294.000)</c>. When
    /// <paramref name="approximate"/> the second amount is a conversion through a dated rate and takes
    /// the locale's approximate-conversion pattern; a reported (published) equivalent does not.
    /// The qualifier of <paramref name="options"/> stands before the whole pair.
    /// </summary>
    public string FormatPair(decimal amount, string currency, decimal equivalent, string equivalentCurrency, bool approximate, MoneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var money = locale.MoneyData;
        var first = FormatAmount(amount, currency, options);

        // The equivalent is written in the currency's usual form, whatever form the first amount takes.
        var second = FormatAmount(equivalent, equivalentCurrency, options with { CurrencyStyle = CurrencyStyle.Symbol });
        var pair = DecimalText.Fill(approximate ? money.ApproximatePair : money.Pair, first, second);
        return Qualify(options.Qualifier, pair, options.Style, options.TitleCase);
    }

    /// <summary>
    /// Writes a qualifier before an already formatted figure (<c>lebih dari</c> …); in a headline
    /// the qualifier is capitalised when the locale capitalises headline words and the headline is
    /// in title case (<paramref name="titleCase"/>).
    /// </summary>
    public string Qualify(Qualifier qualifier, string formatted, TextStyle style = TextStyle.Prose, bool titleCase = true)
    {
        if (qualifier == Qualifier.None)
        {
            return formatted;
        }

        var pattern = locale.QualifiersData.Pattern(QualifierKeys.KeyOf(qualifier));

        if (style == TextStyle.Headline && titleCase && locale.HeadlineCapitals == true)
        {
            pattern = DecimalText.CapitalizeWords(pattern);
        }

        return DecimalText.Fill(pattern, formatted);
    }

    /// <summary>True when the locale knows how to write <paramref name="currency"/>.</summary>
    public bool Knows(string currency) => locale.Money?.Currencies.ContainsKey(currency) == true;

    private string FormatAmount(decimal amount, string currency, MoneyOptions options)
    {
        if (!locale.MoneyData.Currencies.TryGetValue(currency, out var data))
        {
            throw new ArgumentException($"The locale '{locale.Code}' cannot write the currency '{currency}'. Add it under money.currencies in {locale.Path}.", nameof(currency));
        }

        var symbols = locale.NumberData;
        var magnitude = Math.Abs(amount);
        var byName = ByName(data, options);
        var pattern = byName ? data.Name : data.Symbol;
        var number = MinorUnits(magnitude, data, options) is null ? Number(magnitude, data, options) : "";
        if (byName && data.NameOne.Length > 0 && number == "1")
        {
            // One unit takes the singular name: 1 euro, never 1 euros (only the figure written decides).
            pattern = data.NameOne;
        }

        if (options.Style == TextStyle.Headline && options.TitleCase && locale.HeadlineCapitals == true)
        {
            // A title-case headline capitalises the currency's words with the scale word: 3,621.3 Trillion Rupiah.
            pattern = DecimalText.CapitalizeWords(pattern);
        }

        string text;
        if (MinorUnits(magnitude, data, options) is { } count)
        {
            // Below one unit some locales write the minor unit: 50 cents.
            var minor = data.Minor!;
            pattern = count == 1 && minor.One.Length > 0 ? minor.One : minor.Other;
            text = DecimalText.Fill(pattern, DecimalText.Format(count, 0, fixedDecimals: false, symbols));
        }
        else
        {
            text = DecimalText.Fill(pattern, number);
        }

        // The sign stands before the symbol (-Rp4,87 miliar, -$294,000), never between symbol and digits,
        // and an amount written as zero has none. Only a full figure can round to zero.
        var writesZero = DecimalText.Round(magnitude, FullDecimals(data, options)) == 0 && MinorUnits(magnitude, data, options) is null;
        return amount < 0 && !writesZero ? symbols.MinusSign + text : text;
    }

    /// <summary>
    /// The amount in minor units (50 for $0.50) when the locale writes it that way, else null. An amount
    /// that rounds up to a whole unit (0.995 → 100 cents) is written in major units ($1).
    /// </summary>
    private static decimal? MinorUnits(decimal magnitude, CurrencySection currency, MoneyOptions options)
    {
        if (currency.Minor is not { } minor || magnitude <= 0 || magnitude >= minor.Below || options.Scale == MoneyScale.None || options.Fixed)
        {
            return null;
        }

        var count = DecimalText.Round(magnitude * minor.Factor, 0);
        return count == 0 || count >= minor.Below * minor.Factor ? null : count;
    }

    /// <summary>Decimals of a full figure before trimming: exactly Decimals when fixed, else the currency's.</summary>
    private static int FullDecimals(CurrencySection currency, MoneyOptions options) => options.Fixed ? options.Decimals : currency.Decimals;

    /// <summary>The number part of a money amount, with its scale word when it is scaled (<c>4,87 miliar</c>).</summary>
    private string Number(decimal magnitude, CurrencySection currency, MoneyOptions options)
    {
        var symbols = locale.NumberData;
        var scales = locale.CompactData.Scales;

        // Full figure: whole amounts without decimals (Rp999.999), others with the currency's decimals
        // (Rp500,50); fixed shows exactly Decimals (Rp5.000,00).
        var full = DecimalText.Round(magnitude, FullDecimals(currency, options));
        string FullFigure() => options.Fixed
            ? DecimalText.Format(full, options.Decimals, fixedDecimals: true, symbols)
            : DecimalText.Format(full, DecimalText.IsWhole(full) ? 0 : currency.Decimals, fixedDecimals: true, symbols);

        if (options.Scale == MoneyScale.None || scales.Count == 0)
        {
            return FullFigure();
        }

        var threshold = options.Scale == MoneyScale.Thousands ? scales[0].Value : locale.MoneyData.ScaleFrom;
        if (full < threshold)
        {
            return FullFigure();
        }

        var eligible = scales.Where(s => s.Value >= threshold).ToList();
        if (Scaling.Pick(Math.Max(magnitude, full), eligible, options.Decimals) is not { } picked)
        {
            return FullFigure();
        }

        var number = DecimalText.Format(picked.Scaled, options.Decimals, options.Fixed, symbols);
        return DecimalText.Fill(ScalePattern(picked.Scale, options.Style, options.TitleCase, ByName(currency, options)), number);
    }

    /// <summary>True when the amount is written with the currency's name after it (<c>88.41 million rupiah</c>), not a symbol.</summary>
    private static bool ByName(CurrencySection currency, MoneyOptions options) =>
        options.CurrencyStyle == CurrencyStyle.Name || currency.Usual == "name";

    private string ScalePattern(ScaleSection scale, TextStyle style, bool titleCase, bool byName)
    {
        if (style != TextStyle.Headline)
        {
            return scale.Long;
        }

        // The headline abbreviation ($5M, $4.87B) belongs to a symbol; a currency written by name
        // keeps the scale word (88.41 Million Rupiah, 1.8 Trillion Yen; never 5M Euros).
        if (scale.Headline.Length > 0 && !byName)
        {
            return scale.Headline;
        }

        return titleCase && locale.HeadlineCapitals == true ? DecimalText.CapitalizeWords(scale.Long) : scale.Long;
    }
}
