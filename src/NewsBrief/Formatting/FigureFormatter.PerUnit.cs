using NewsBrief.Facts;

namespace NewsBrief.Formatting;

// Per-unit amounts (docs/style-rules.md R13, R24): a rate or a price keeps the decimals written.
public sealed partial class FigureFormatter
{
    /// <summary>
    /// A per-unit amount written with more decimals than its currency has keeps them: an exchange
    /// rate is quoted to its own precision (<c>147.5 yen per dollar</c>, never 148, although the yen
    /// has no decimals). Other amounts take the currency's decimals as usual.
    /// </summary>
    private MoneyOptions PerUnitOptions(MoneyFigure money, MoneyOptions options)
    {
        var written = DecimalsWritten(money.Amount);
        var currencyDecimals = f.Locale.MoneyData.Currencies.TryGetValue(money.Currency, out var data) ? data.Decimals : written;
        return written > currencyDecimals && Math.Abs(money.Amount) < f.Locale.MoneyData.ScaleFrom
            ? options with { Fixed = true, Decimals = written, Scale = MoneyScale.None }
            : options;
    }
}
