using System.Text.RegularExpressions;

namespace NewsBrief.Localization;

// Checks the sections declared in LocaleData.Periods.cs and the dateline and time-with-date patterns.
internal static partial class LocaleDataValidator
{
    static partial void ValidatePeriodSections(LocaleData data, Action<bool, string> require)
    {
        var dateline = data.Dates.Patterns.Dateline;
        string? error = null;
        try
        {
            FieldPattern.Parse(dateline, FieldPattern.DateFields);
        }
        catch (FormatException e)
        {
            error = e.Message;
        }

        require(dateline.Length > 0 && error is null, $"dates.patterns.dateline as a valid date pattern (EEEE (d/M/y), EEEE){(error is null ? "" : $" ('{dateline}': {error})")}");
        require(data.Dates.DatelineWeekdayWithin is null or >= 0, "dates.dateline_weekday_within as a number of days, 0 or more");
        var withDate = data.Time.WithDate;
        require(FieldPattern.HasPlaceholders(withDate, 2), "time.with_date with {0} (the date) and {1} (the time)");

        var periods = data.Periods;
        foreach (var (kind, forms) in new[] { ("quarter", periods.Quarter), ("half", periods.Half), ("nine_months", periods.NineMonths), ("full_year", periods.FullYear) })
        {
            foreach (var (place, pattern) in new[] { ("prose", forms.Prose), ("short", forms.Short), ("modifier", forms.Modifier), ("headline", forms.Headline), ("table", forms.Table) })
            {
                var stray = StrayBrace().Replace(pattern, "");
                require(pattern.Trim().Length > 0 && !stray.Contains('{', StringComparison.Ordinal) && !stray.Contains('}', StringComparison.Ordinal),
                    $"periods.{kind}.{place} (a pattern using only {{0}} the number, {{1}} the year, {{2}} Roman numerals, {{3}} the ordinal in words)");
            }
        }
    }

    [GeneratedRegex(@"\{[0-3]\}", RegexOptions.CultureInvariant)]
    private static partial Regex StrayBrace();
}
