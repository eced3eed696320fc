using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Ranges of numbers, money and dates (<c>10 hingga 20</c>, <c>$12 million to $14 million</c>, <c>5—10 April 2025</c>).</summary>
public sealed class RangeFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>A numeric range in words, or with the locale's range symbol when <paramref name="symbol"/>.</summary>
    public string FormatNumbers(decimal from, decimal to, bool symbol = false)
    {
        var numbers = new NumberFormatter(locale);
        var ranges = locale.RangesData;
        return DecimalText.Fill(symbol ? ranges.Symbol : ranges.Words, numbers.Format(from), numbers.Format(to));
    }

    /// <summary>A money range, repeating the currency and scale on both ends.</summary>
    public string FormatMoney(decimal from, decimal to, string currency)
    {
        // Each end is a full amount: newsrooms repeat the symbol and the scale word (AP, EYD).
        var money = new MoneyFormatter(locale);
        return DecimalText.Fill(locale.RangesData.Words, money.Format(from, currency, MoneyOptions.Default), money.Format(to, currency, MoneyOptions.Default));
    }

    /// <summary>A compact date range (<c>Sept. 17-20, 2025</c>).</summary>
    public string FormatDates(PartialDate from, PartialDate to)
    {
        if (to.CompareTo(from) < 0)
        {
            throw new ArgumentException($"The date range ends ({to}) before it starts ({from}).", nameof(to));
        }

        var dates = new DateFormatter(locale);
        if (from == to)
        {
            return dates.Format(from);
        }

        var ranges = locale.Dates.Ranges;
        var pattern = (from.Precision, to.Precision) switch
        {
            (DatePrecision.Day, DatePrecision.Day) when from.Year == to.Year && from.Month == to.Month => ranges.DaySameMonth,
            (DatePrecision.Day, DatePrecision.Day) when from.Year == to.Year => ranges.DaySameYear,
            (DatePrecision.Day, DatePrecision.Day) => ranges.Day,
            (DatePrecision.Month, DatePrecision.Month) when from.Year == to.Year => ranges.MonthSameYear,
            (DatePrecision.Month, DatePrecision.Month) => ranges.Month,
            (DatePrecision.Year, DatePrecision.Year) => ranges.Year,
            _ => null,
        };

        if (pattern is null)
        {
            return FieldPattern.Fill(ranges.Fallback, dates.Format(from), dates.Format(to));
        }

        var (first, second) = FieldPattern.SplitInterval(FieldPattern.Parse(pattern, FieldPattern.DateFields));
        return dates.Render(first, from) + dates.Render(second, to);
    }
}
