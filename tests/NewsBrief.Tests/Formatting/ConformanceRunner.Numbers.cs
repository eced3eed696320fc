using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

internal static partial class ConformanceRunner
{
    private static string Money(ConformanceCase row, LocaleFormatter f)
    {
        var currency = row.Option("currency") ?? throw new InvalidOperationException($"{row}: no currency");
        return f.Money.Format(ConformanceCase.ParseDecimal(row.Value), currency, MoneyOptionsOf(row));
    }

    private static string MoneyPair(ConformanceCase row, LocaleFormatter f)
    {
        // "4870000000 IDR + 294000 USD": the table's pair is an amount with its conversion (N-ANT, AP-CUR).
        var parts = row.Value.Split('+', StringSplitOptions.TrimEntries);
        var (amount, currency) = AmountAndCurrency(parts[0]);
        var (equivalent, equivalentCurrency) = AmountAndCurrency(parts[1]);
        return f.Money.FormatPair(amount, currency, equivalent, equivalentCurrency, approximate: true, MoneyOptionsOf(row));
    }

    private static string Percent(ConformanceCase row, LocaleFormatter f) =>
        f.Percent.Format(ConformanceCase.ParseDecimal(row.Value), IntOption(row, "decimals") ?? 1, StyleOf(row));

    private static string Number(ConformanceCase row, LocaleFormatter f)
    {
        if (row.Option("role") == "year")
        {
            return f.Number.FormatYear(long.Parse(row.Value, CultureInfo.InvariantCulture));
        }

        return f.Number.Format(ConformanceCase.ParseDecimal(row.Value), IntOption(row, "decimals"), BoolOption(row, "fixed"));
    }

    private static string Compact(ConformanceCase row, LocaleFormatter f)
    {
        var form = row.Option("form") switch
        {
            "short" => CompactForm.Short,
            "long" or null => CompactForm.Long,
            var other => throw new InvalidOperationException($"{row}: unknown form '{other}'"),
        };
        return f.Compact.Format(ConformanceCase.ParseDecimal(row.Value), form, IntOption(row, "decimals") ?? 2);
    }

    private static string NumberRange(ConformanceCase row, LocaleFormatter f)
    {
        var ends = row.Value.Split("..", StringSplitOptions.TrimEntries);
        var from = ConformanceCase.ParseDecimal(ends[0]);
        var to = ConformanceCase.ParseDecimal(ends[1]);
        return row.Option("currency") is { } currency
            ? f.Range.FormatMoney(from, to, currency)
            : f.Range.FormatNumbers(from, to, symbol: row.Option("form") == "symbol");
    }

    private static (decimal Amount, string Currency) AmountAndCurrency(string text)
    {
        var bits = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (ConformanceCase.ParseDecimal(bits[0]), bits[1]);
    }

    private static MoneyOptions MoneyOptionsOf(ConformanceCase row)
    {
        var options = MoneyOptions.Default with { Style = StyleOf(row) };
        if (row.Option("qualifier") is { } qualifier)
        {
            options = options with { Qualifier = QualifierOf(qualifier) };
        }

        if (IntOption(row, "decimals") is { } decimals)
        {
            options = options with { Decimals = decimals };
        }

        if (BoolOption(row, "fixed"))
        {
            options = options with { Fixed = true };
        }

        options = row.Option("scale") switch
        {
            null or "auto" => options,
            "none" => options with { Scale = MoneyScale.None },
            "thousands" => options with { Scale = MoneyScale.Thousands },
            var other => throw new InvalidOperationException($"{row}: unknown scale '{other}'"),
        };

        // "thousands=ribu" names the locale's thousands word: scale from 10^3 instead of 10^6.
        if (row.Option("thousands") is not null)
        {
            options = options with { Scale = MoneyScale.Thousands };
        }

        options = row.Option("currencyStyle") switch
        {
            null or "symbol" => options,
            "name" => options with { CurrencyStyle = CurrencyStyle.Name },
            var other => throw new InvalidOperationException($"{row}: unknown currencyStyle '{other}'"),
        };

        return options;
    }

    private static TextStyle StyleOf(ConformanceCase row) => row.Option("style") switch
    {
        null or "prose" => TextStyle.Prose,
        "table" => TextStyle.Table,
        "headline" => TextStyle.Headline,
        var other => throw new InvalidOperationException($"{row}: unknown style '{other}'"),
    };

    private static Qualifier QualifierOf(string key) =>
        QualifierKeys.ByKey.TryGetValue(key, out var qualifier) ? qualifier : throw new InvalidOperationException($"unknown qualifier '{key}'");

    private static int? IntOption(ConformanceCase row, string key) =>
        row.Option(key) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static bool BoolOption(ConformanceCase row, string key) =>
        row.Option(key) is { } text && bool.Parse(text);
}
