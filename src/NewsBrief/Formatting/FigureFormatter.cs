using NewsBrief.Facts;

namespace NewsBrief.Formatting;

/// <summary>
/// Writes a story's figure for one locale, the way <c>{name}</c> in facts text and the key-figures
/// table show it. Money shows the locale's home currency first when the story has it exactly (the
/// amount itself or a reported amount), with the original currency in parentheses; otherwise the
/// original amount comes first and a conversion through the story's own dated rate follows as
/// approximate. No live rates, ever.
/// </summary>
public sealed partial class FigureFormatter(LocaleFormatter formatter)
{
    private readonly LocaleFormatter f = formatter;

    /// <summary>The locale this formatter writes.</summary>
    public Localization.LocaleData Locale => f.Locale;

    /// <summary>Formats <paramref name="figure"/> of <paramref name="facts"/> for where it stands.</summary>
    public string Format(Figure figure, FactFile facts, TextStyle style) => Format(figure, facts, style, FigurePlacement.Inline);

    /// <summary>
    /// Formats <paramref name="figure"/> for where it stands and where it lands in its text: a figure
    /// that opens a sentence starts with a capital, and a whole count there is spelled out (EYD-AB
    /// r4, AP numerals: <c>Dua belas orang</c>, <c>Twelve people</c>) or, when its words are too many
    /// for the locale, recast (<c>Sebanyak 250 orang</c>). In a title-case headline the figure's
    /// words are title-cased too (<c>Satu Orang</c>, <c>Setidaknya 34 Orang</c>); in a sentence-case
    /// headline they get no capitals (<c>at least 34 people</c>).
    /// </summary>
    public string Format(Figure figure, FactFile facts, TextStyle style, FigurePlacement placement)
    {
        if (figure is MomentFigure or PeriodFigure)
        {
            return FormatWhen(figure, facts, style, placement); // FigureFormatter.When.cs
        }

        if (FormatNumbers(figure, facts, style, placement) is { } signedOrRange)
        {
            return signedOrRange; // sign forms, points, ranges: FigureFormatter.Numbers.cs
        }

        if (placement.SentenceStart && !placement.Modifier && style == TextStyle.Prose && SentenceStartCount(figure) is { } opening)
        {
            return opening;
        }

        var titleCase = placement.Case == HeadlineCase.Title;
        var text = figure switch
        {
            MoneyFigure money => FormatMoney(money, facts, style, titleCase, withEquivalent: !placement.Repeated),
            QuantityFigure q when placement.Modifier => f.Money.Qualify(q.Qualifier, f.Count.Format(q.Value, q.Unit, null, modifier: true), style, titleCase),
            QuantityFigure q => f.Money.Qualify(q.Qualifier, Count(q.Value, q.Unit, style), style, titleCase),
            PercentFigure p => f.Money.Qualify(p.Qualifier, f.Percent.Format(p.Fraction, DecimalsWritten(p.Percent), style, fixedDecimals: true), style, titleCase),
            NumberFigure n => f.Money.Qualify(n.Qualifier, Count(n.Value, null, style), style, titleCase),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.GetType().Name, "Unknown figure kind."),
        };

        if (style == TextStyle.Headline && titleCase && f.Locale.HeadlineCapitals == true)
        {
            text = TextCase.TitleCase(text, f.Locale.HeadlineMinorWords, compound: placement.Modifier);
        }

        return placement.SentenceStart ? TextCase.CapitalizeFirst(text) : text;
    }

    /// <summary>
    /// A count in text: small numbers spelled by the locale's policy in prose and headlines
    /// (<c>satu dari 38 provinsi</c>, <c>one of 38 provinces</c>), figures in tables (<c>3 chip</c>).
    /// A plain number is a count without a unit.
    /// </summary>
    private string Count(decimal value, string? unit, TextStyle style) =>
        style == TextStyle.Table ? f.Count.FormatDigits(value, unit) : f.Count.Format(value, unit);

    /// <summary>
    /// A whole count (quantity or plain number, no qualifier, written without decimals) as it opens a
    /// sentence: in words, capitalised, when the locale allows that many words; else the locale's
    /// recast around the digits; null when the figure is not such a count or the locale has no recast.
    /// </summary>
    private string? SentenceStartCount(Figure figure)
    {
        var (value, unit) = figure switch
        {
            QuantityFigure q => (q.Value, q.Unit),
            NumberFigure n => (n.Value, (string?)null),
            _ => (-1m, null),
        };

        if (figure.Qualifier != Qualifier.None || value < 0 || value.Scale != 0 || value > long.MaxValue)
        {
            return null;
        }

        var counts = f.Locale.Counts;
        var words = f.Words.Format((long)value);
        if (counts.SentenceStartMaxWords is { } max && words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > max)
        {
            if (counts.SentenceStartRecast.Length == 0)
            {
                return null;
            }

            var digits = f.Count.WithUnit(f.Number.Format(value), value, unit);
            return TextCase.CapitalizeFirst(DecimalText.Fill(counts.SentenceStartRecast, digits));
        }

        return TextCase.CapitalizeFirst(f.Count.WithUnit(words, value, unit));
    }

    /// <summary>The figure's exact value as stored, for review tooltips and diagnostics (<c>294000 USD</c>).</summary>
    public static string Raw(Figure figure) => figure switch
    {
        MoneyFigure m => string.Join(" = ", new[] { $"{Invariant(m.Amount)} {m.Currency}" }
            .Concat(m.Reported.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{Invariant(r.Value)} {r.Key}"))),
        QuantityFigure q => $"{Invariant(q.Value)} {q.Unit}",
        PercentFigure p => $"{Invariant(p.Percent)}%",
        NumberFigure n => Invariant(n.Value),
        MomentFigure or PeriodFigure => RawWhen(figure),
        _ => RawNumbers(figure),
    };

    private string FormatMoney(MoneyFigure money, FactFile facts, TextStyle style, bool titleCase, bool withEquivalent)
    {
        var home = f.Locale.HomeCurrency;
        var options = new MoneyOptions { Qualifier = money.Qualifier, Style = style, TitleCase = titleCase };
        var originalFirst = f.Locale.MoneyData.OriginalFirst;

        if (money.Per is { } per)
        {
            // An exchange rate or a price: never converted, and no reported equivalent (Rp16.752 per dolar AS).
            var pattern = f.Locale.MoneyData.Per.Length > 0 ? f.Locale.MoneyData.Per : "{0} per {1}";
            return DecimalText.Fill(pattern, f.Money.Format(money.Amount, money.Currency, PerUnitOptions(money, options)), PerName(per));
        }

        if (string.Equals(money.Currency, home, StringComparison.Ordinal))
        {
            return f.Money.Format(money.Amount, money.Currency, options);
        }

        // A headline has no room for the parenthetical equivalent: it shows the amount the
        // locale's readers think in when the story states it exactly, else the original.
        if (money.Reported.TryGetValue(home, out var reported))
        {
            if (style == TextStyle.Headline)
            {
                return f.Money.Format(reported, home, options);
            }

            if (!withEquivalent)
            {
                return originalFirst ? f.Money.Format(money.Amount, money.Currency, options) : f.Money.Format(reported, home, options);
            }

            return originalFirst
                ? f.Money.FormatPair(money.Amount, money.Currency, reported, home, approximate: false, options)
                : f.Money.FormatPair(reported, home, money.Amount, money.Currency, approximate: false, options);
        }

        // convert: false keeps the amount alone (a hajj cost in riyals); reported amounts above still show.
        var converted = money.Convert && Convert(money.Amount, money.Currency, home, facts.Rates, money.Date ?? facts.Date) is { } exact ? Approximate(exact) : null;
        return converted is null || style == TextStyle.Headline || !withEquivalent
            ? f.Money.Format(money.Amount, money.Currency, options)
            : f.Money.FormatPair(money.Amount, money.Currency, converted.Value, home, approximate: true, options);
    }

    /// <summary>The name of one unit after <c>per</c>: a currency's unit name (<c>dolar AS</c>, <c>dollar</c>) or a unit's singular (<c>saham</c>, <c>share</c>).</summary>
    private string PerName(string per)
    {
        if (f.Locale.MoneyData.Currencies.TryGetValue(per, out var currency))
        {
            return currency.UnitName.Length > 0 ? currency.UnitName : currency.Name.Replace("{0}", "", StringComparison.Ordinal).Trim();
        }

        return f.Count.WithUnit("", 1m, per).Trim();
    }

    /// <summary>How many days a rate may be dated from the amount it converts (the amount's <c>date</c>, else the story's).</summary>
    public const int RateMaxDays = 31;

    /// <summary>Significant digits of an approximate conversion.</summary>
    public const int ApproximateDigits = 3;

    /// <summary>
    /// Converts through the story's rate for the pair, in either direction, dated within
    /// <see cref="RateMaxDays"/> of <paramref name="amountDate"/> (the nearest such rate, the first
    /// written on a tie); null when the story has none.
    /// </summary>
    public static decimal? Convert(decimal amount, string from, string to, IReadOnlyList<ExchangeRate> rates, PartialDate amountDate)
    {
        ExchangeRate? best = null;
        var bestDays = int.MaxValue;
        foreach (var rate in rates)
        {
            var pair = (rate.Base == from && rate.Quote == to) || (rate.Base == to && rate.Quote == from && rate.Rate != 0);
            var days = PartialDate.DaysApart(rate.Date, amountDate);
            if (pair && days <= RateMaxDays && days < bestDays)
            {
                best = rate;
                bestDays = days;
            }
        }

        // Checked: null instead of an OverflowException (the parser refuses such a pair with NB1021 first).
        return best is null ? null : best.Base == from ? CheckedDecimal.Multiply(amount, best.Rate) : CheckedDecimal.Divide(amount, best.Rate);
    }

    /// <summary>
    /// An approximate conversion as it is written: rounded half away from zero to
    /// <see cref="ApproximateDigits"/> significant digits and to whole units, so it never shows cents
    /// or sen nor claims more precision than a rate gives (75,460.31 → 75,500; 2,524.53 trillion →
    /// 2,520 trillion). Null when that is less than one unit: a conversion that rounds to nothing
    /// is dropped, not written as $0.
    /// </summary>
    public static decimal? Approximate(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude < 1m)
        {
            return null;
        }

        var digits = decimal.Truncate(magnitude).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var drop = digits - ApproximateDigits;
        decimal rounded;
        if (drop > 0)
        {
            var factor = Pow10(drop);
            rounded = decimal.Round(magnitude / factor, 0, MidpointRounding.AwayFromZero) * factor;
        }
        else
        {
            rounded = decimal.Round(magnitude, 0, MidpointRounding.AwayFromZero);
        }

        return rounded < 1m ? null : value < 0 ? -rounded : rounded;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>How many decimals the editor wrote (<c>5.3</c> → 1): a percent keeps its written precision.</summary>
    private static int DecimalsWritten(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
