namespace NewsBrief.Diagnostics;

// Facts codes for times of day, days and periods (docs/facts.md "Times, days and periods").
public static partial class DiagnosticDescriptors
{
    /// <summary>A <c>time</c> that is not a 24-hour <c>HH:MM</c> time of one day (<c>25.70</c>, <c>24:00</c>, <c>14:60</c>).</summary>
    public static readonly DiagnosticDescriptor FactsInvalidTime = new("NB1053", Severity.Error, "Invalid time of day");

    /// <summary>A <c>zone</c> that is not WIB, WITA or WIT, or a zone without a time.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownZone = new("NB1054", Severity.Error, "Unknown time zone");

    /// <summary>A <c>period</c> that is not a quarter, half, nine months, full year, date or forward date range.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidPeriod = new("NB1055", Severity.Error, "Invalid period");


    /// <summary>A <c>day</c> that is not one whole day (<c>2025-09</c> is a month: use <c>period</c>).</summary>
    public static readonly DiagnosticDescriptor FactsDayNotADay = new("NB1056", Severity.Error, "Day is not a single day");

    /// <summary>A dateline written in text whose weekday is not its date's (<c>Rabu (30/10/2025)</c>).</summary>
    public static readonly DiagnosticDescriptor DatelineWeekdayWrong = new("NB7009", Severity.Error, "Weekday does not match the date");
}
