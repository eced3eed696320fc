using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Dates, times and date ranges beyond the conformance table.</summary>
public sealed class DateFormatterTests
{
    private static LocaleFormatter F(string locale) => new(RepoFiles.Catalog[locale]);

    [Theory]
    [InlineData(2024, 2, 29, "Kamis, 29 Februari 2024", "Thursday, Feb. 29, 2024")]
    [InlineData(2025, 9, 17, "Rabu, 17 September 2025", "Wednesday, Sept. 17, 2025")]
    [InlineData(2000, 1, 1, "Sabtu, 1 Januari 2000", "Saturday, Jan. 1, 2000")]
    [InlineData(1999, 12, 31, "Jumat, 31 Desember 1999", "Friday, Dec. 31, 1999")]
    [InlineData(2023, 7, 2, "Minggu, 2 Juli 2023", "Sunday, July 2, 2023")]
    public void Format_WeekdayComesFromTheCalendarDateAlone(int year, int month, int day, string id, string en)
    {
        // A PartialDate has no time or zone, so no TZ can move it to another day.
        var date = PartialDate.OfDay(year, month, day);

        Assert.Equal(id, F("id").Date.Format(date, weekday: true));
        Assert.Equal(en, F("en").Date.Format(date, weekday: true));
    }

    [Fact]
    public void Format_DoesNotDependOnTheThreadCulture()
    {
        var date = PartialDate.OfDay(2025, 9, 5);
        var expected = (F("id").Date.Format(date, weekday: true), F("en").Date.Format(date), F("en").Time.Format(new TimeOnly(14, 30)), F("id").Count.Format(1234.5m, null));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "ar-SA", "fr-FR", "th-TH", "id-ID" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, (F("id").Date.Format(date, weekday: true), F("en").Date.Format(date), F("en").Time.Format(new TimeOnly(14, 30)), F("id").Count.Format(1234.5m, null)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("id", "2025-09-30", "2025-10-03", "30 September—3 Oktober 2025")]
    [InlineData("en", "2025-09-30", "2025-10-03", "Sept. 30-Oct. 3, 2025")]
    [InlineData("en", "2024-12-30", "2025-01-02", "Dec. 30, 2024-Jan. 2, 2025")]
    [InlineData("id", "2025-01", "2025-03", "Januari—Maret 2025")]
    [InlineData("en", "2019", "2022", "2019-2022")]
    [InlineData("id", "2019", "2022", "2019—2022")]
    [InlineData("en", "2025-09-17", "2025-09-17", "Sept. 17, 2025")]
    [InlineData("id", "2025-09", "2025-10-03", "September 2025—3 Oktober 2025")]
    public void FormatDates_ChoosesThePatternByWhatDiffers(string locale, string from, string to, string expected)
    {
        Assert.True(PartialDate.TryParse(from, out var a));
        Assert.True(PartialDate.TryParse(to, out var b));

        Assert.Equal(expected, F(locale).Range.FormatDates(a, b));
    }

    [Theory]
    [InlineData("en", 0, 5, null, "12:05 a.m.")]
    [InlineData("en", 12, 30, null, "12:30 p.m.")]
    [InlineData("en", 23, 0, "Asia/Jakarta", "11 p.m. local time")]
    [InlineData("id", 8, 0, "Asia/Makassar", "pukul 08.00 WITA")]
    [InlineData("id", 19, 47, "Asia/Jayapura", "pukul 19.47 WIT")]
    [InlineData("id", 12, 0, null, "pukul 12.00")]
    public void FormatTime_UsesLocalePatterns(string locale, int hour, int minute, string? zone, string expected)
    {
        Assert.Equal(expected, F(locale).Time.Format(new TimeOnly(hour, minute), zone));
    }

    [Theory]
    [InlineData("id", 2, "ke-2")]
    [InlineData("id", 1, "pertama")]
    [InlineData("en", 3, "third")]
    [InlineData("en", 111, "111th")]
    public void FormatOrdinal_DefaultForm(string locale, long value, string expected)
    {
        Assert.Equal(expected, F(locale).Ordinal.Format(value));
    }
}
