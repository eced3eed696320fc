using System.Globalization;
using NewsBrief.Facts;

namespace NewsBrief.Recognition;

/// <summary>
/// A date as written: <c>Oktober 2022</c> has month precision; <c>Sept. 17</c> has day precision
/// but no year, so it is no <see cref="PartialDate"/>.
/// </summary>
public sealed record RecognizedDate(int? Year, int? Month, int? Day, DatePrecision Precision)
{
    /// <summary>The date as a facts-file date, or null when the year was not written.</summary>
    public PartialDate? ToPartialDate() => (Year, Precision) switch
    {
        (null, _) => null,
        ({ } y, DatePrecision.Year) => PartialDate.OfYear(y),
        ({ } y, DatePrecision.Month) => PartialDate.OfMonth(y, Month!.Value),
        ({ } y, _) => PartialDate.OfDay(y, Month!.Value, Day!.Value),
    };

    /// <summary>ISO 8601 text: <c>2025-09-17</c>, <c>2022-10</c>, <c>2023</c>, or <c>--09-17</c> without a year.</summary>
    public override string ToString() => ToPartialDate() is { } date
        ? date.ToString()
        : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}");
}
