using NewsBrief.Facts;

namespace NewsBrief.Formatting;

/// <summary>
/// Writes a story's figure for one locale, the way <c>{name}</c> in facts text and the key-figures
/// table show it. Money shows the locale's home currency first when the story has it exactly (the
/// amount itself or a reported amount), with the original currency in parentheses; otherwise the
/// original amount comes first and a conversion through the story's own dated rate follows as
/// approximate. No live rates, ever.
/// </summary>
public sealed class FigureFormatter(LocaleFormatter formatter)
{
    private readonly LocaleFormatter f = formatter;

    /// <summary>Formats <paramref name="figure"/> of <paramref name="facts"/> for where it stands.</summary>
    public string Format(Figure figure, FactFile facts, TextStyle style) => figure switch
    {
        MoneyFigure money => FormatMoney(money, facts, style),
        QuantityFigure q => f.Money.Qualify(q.Qualifier, f.Count.Format(q.Value, q.Unit), style),
        PercentFigure p => f.Money.Qualify(p.Qualifier, f.Percent.Format(p.Fraction, DecimalsWritten(p.Percent), style), style),
        NumberFigure n => f.Money.Qualify(n.Qualifier, f.Number.Format(n.Value), style),
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.GetType().Name, "Unknown figure kind."),
    };

    /// <summary>The figure's exact value as stored, for review tooltips and diagnostics (<c>294000 USD</c>).</summary>
    public static string Raw(Figure figure) => figure switch
    {
        MoneyFigure m => string.Join(" = ", new[] { $"{Invariant(m.Amount)} {m.Currency}" }
            .Concat(m.Reported.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{Invariant(r.Value)} {r.Key}"))),
        QuantityFigure q => $"{Invariant(q.Value)} {q.Unit}",
        PercentFigure p => $"{Invariant(p.Percent)}%",
        NumberFigure n => Invariant(n.Value),
        _ => "",
    };

    private string FormatMoney(MoneyFigure money, FactFile facts, TextStyle style)
    {
        var home = f.Locale.HomeCurrency;
        var options = new MoneyOptions { Qualifier = money.Qualifier, Style = style };

        if (string.Equals(money.Currency, home, StringComparison.Ordinal))
        {
            return f.Money.Format(money.Amount, money.Currency, options);
        }

        // A headline has no room for the parenthetical equivalent: it shows the amount the
        // locale's readers think in when the story states it exactly, else the original.
        if (money.Reported.TryGetValue(home, out var reported))
        {
            return style == TextStyle.Headline
                ? f.Money.Format(reported, home, options)
                : f.Money.FormatPair(reported, home, money.Amount, money.Currency, approximate: false, options);
        }

        var converted = Convert(money.Amount, money.Currency, home, facts.Rates);
        return converted is null || style == TextStyle.Headline
            ? f.Money.Format(money.Amount, money.Currency, options)
            : f.Money.FormatPair(money.Amount, money.Currency, converted.Value, home, approximate: true, options);
    }

    /// <summary>
    /// Converts through the story's own rate for the pair, in either direction; null when it has none,
    /// or when the result is out of range (the parser refuses such a pair with NB1021 first).
    /// </summary>
    public static decimal? Convert(decimal amount, string from, string to, IReadOnlyList<ExchangeRate> rates)
    {
        foreach (var rate in rates)
        {
            if (rate.Base == from && rate.Quote == to)
            {
                return CheckedDecimal.Multiply(amount, rate.Rate);
            }

            if (rate.Base == to && rate.Quote == from && rate.Rate != 0)
            {
                return CheckedDecimal.Divide(amount, rate.Rate);
            }
        }

        return null;
    }

    /// <summary>How many decimals the editor wrote (<c>5.3</c> → 1): a percent keeps its written precision.</summary>
    private static int DecimalsWritten(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
