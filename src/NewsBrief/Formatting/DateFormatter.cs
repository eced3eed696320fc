using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Dates by the precision they were written with (<c>Oktober 2022</c>, <c>Sept. 17, 2025</c>).</summary>
public sealed class DateFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats a date; <paramref name="weekday"/> and <paramref name="omitYear"/> apply to day precision.</summary>
    public string Format(PartialDate date, bool weekday = false, bool omitYear = false) => throw new NotImplementedException(locale.Code);
}
