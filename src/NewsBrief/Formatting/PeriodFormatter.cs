using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Reporting periods and date spans: <c>kuartal III-2025</c> / <c>the third quarter of 2025</c>,
/// <c>semester I-2025</c> / <c>the first half of 2025</c>, <c>Q3 2025</c> in tables and English
/// headlines; months and ranges through the date formatters (<c>17—19 September 2025</c>, <c>Sept. 17-19, 2025</c>).
/// </summary>
public sealed class PeriodFormatter(LocaleData locale, DateFormatter dates, RangeFormatter ranges, OrdinalFormatter ordinals)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private readonly LocaleData locale = locale;

    /// <summary>
    /// Writes <paramref name="period"/> for <paramref name="style"/>; <paramref name="form"/> is
    /// <c>short</c> (no year, a later mention), <c>modifier</c> (before a noun) or null. Dates and
    /// ranges have one form.
    /// </summary>
    public string Format(Period period, TextStyle style, string? form = null)
    {
        if (period.Kind == PeriodKind.Dates)
        {
            return period.From == period.To ? dates.Format(period.From) : ranges.FormatDates(period.From, period.To);
        }

        var forms = period.Kind switch
        {
            PeriodKind.Quarter => locale.Periods.Quarter,
            PeriodKind.Half => locale.Periods.Half,
            PeriodKind.NineMonths => locale.Periods.NineMonths,
            _ => locale.Periods.FullYear,
        };

        var pattern = form switch
        {
            PlaceholderForms.Short => forms.Short,
            PlaceholderForms.Modifier => forms.Modifier,
            _ => style switch
            {
                TextStyle.Headline => forms.Headline,
                TextStyle.Table => forms.Table,
                _ => forms.Prose,
            },
        };

        var n = period.Number;
        var roman = n is >= 1 and <= 4 ? Roman[n - 1] : n.ToString(CultureInfo.InvariantCulture);
        return FieldPattern.Fill(
            pattern,
            n.ToString(CultureInfo.InvariantCulture),
            period.Year.ToString(CultureInfo.InvariantCulture),
            roman,
            n > 0 ? ordinals.Format(n, OrdinalForm.Words) : "");
    }
}
