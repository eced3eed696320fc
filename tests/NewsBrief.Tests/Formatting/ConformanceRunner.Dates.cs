using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Tests.Formatting;

internal static partial class ConformanceRunner
{
    private static string DateRange(ConformanceCase row, LocaleFormatter f)
    {
        var parts = row.Value.Split("..");
        if (parts.Length != 2)
        {
            throw new FormatException($"{row}: a date range is written from..to");
        }

        return f.Range.FormatDates(ParseDate(row, parts[0]), ParseDate(row, parts[1]));
    }

    private static string Date(ConformanceCase row, LocaleFormatter f)
    {
        var date = ParseDate(row, row.Value);
        if (row.Option("precision") is { } precision && !string.Equals(precision, date.Precision.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{row}: precision={precision} does not match the written date ({date.Precision})");
        }

        return f.Date.Format(date, weekday: Flag(row, "weekday"), omitYear: Flag(row, "omitYear"));
    }

    private static string Time(ConformanceCase row, LocaleFormatter f) =>
        f.Time.Format(TimeOnly.ParseExact(row.Value, "HH:mm", CultureInfo.InvariantCulture), row.Option("zone"));

    private static string Count(ConformanceCase row, LocaleFormatter f)
    {
        // "1.0 (v=1)": the note in parentheses documents the scale the decimal keeps; the value is "1.0".
        var paren = row.Value.IndexOf('(', StringComparison.Ordinal);
        var value = ConformanceCase.ParseDecimal((paren < 0 ? row.Value : row.Value[..paren]).Trim());
        return f.Count.Format(value, row.Option("unit") ?? row.Option("noun"), row.Option("spell"));
    }

    private static string Words(ConformanceCase row, LocaleFormatter f) =>
        f.Words.Format(long.Parse(row.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    private static string Ordinal(ConformanceCase row, LocaleFormatter f)
    {
        var form = row.Option("form") switch
        {
            null => OrdinalForm.Default,
            "digits" => OrdinalForm.Digits,
            "words" => OrdinalForm.Words,
            var other => throw new FormatException($"{row}: unknown ordinal form '{other}'"),
        };

        return f.Ordinal.Format(long.Parse(row.Value, NumberStyles.None, CultureInfo.InvariantCulture), form);
    }

    private static PartialDate ParseDate(ConformanceCase row, string text) =>
        PartialDate.TryParse(text.Trim(), out var date) ? date : throw new FormatException($"{row}: '{text}' is not an ISO date");

    private static bool Flag(ConformanceCase row, string key) => row.Option(key) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw new FormatException($"{row}: {key}={other} is not true or false"),
    };
}
