using System.Globalization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// The quarterly earnings sample (examples/briefs): periods, times and weekday datelines in both
/// languages, rendered as reviewed, whatever the machine's time zone or culture.
/// </summary>
public sealed class EarningsSampleTests
{
    private const string Sample = "examples/briefs/contoh-makmur-q3-2025-earnings.yml";

    [Theory]
    [InlineData("id", "pada kuartal III-2025")]
    [InlineData("id", "pada Kamis (30/10/2025) pukul 16.00 WIB")]
    [InlineData("id", "Sepanjang sembilan bulan pertama 2025")]
    [InlineData("id", "kinerja kuartal III dalam")]
    [InlineData("id", "# Laba Contoh Makmur Kuartal III-2025 Naik")]
    [InlineData("en", "in the third quarter of 2025")]
    [InlineData("en", "released at 4 p.m. local time Thursday.")]
    [InlineData("en", "its third-quarter results")]
    [InlineData("en", "at 10:30 a.m. local time Tuesday.")]
    [InlineData("en", "# Contoh Makmur Q3 2025 Profit Rises")]
    [InlineData("en", "Third-quarter financial statements released at 4 p.m. local time")]
    public void Render_Sample_WritesTheStyleRulesForms(string locale, string expected)
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", Sample, "--locale", locale, "--output", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TZ", "Pacific/Kiritimati")] // UTC+14: the 30th there is the 29th in Jakarta, if anything read the clock
    [InlineData("TZ", "America/St_Johns")]
    [InlineData("LANG", "ar_SA.UTF-8")]      // Hijri calendar
    [InlineData("LC_ALL", "th_TH.UTF-8")]    // Buddhist calendar: year 2568
    public void Render_Sample_UnderAnotherEnvironment_GivesTheSameBytes(string variable, string value)
    {
        var baseline = CliRunner.Spawn(RepoFiles.Root, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8" }, "render", Sample);
        var other = CliRunner.Spawn(RepoFiles.Root, new Dictionary<string, string> { [variable] = value }, "render", Sample);

        Assert.Equal(0, baseline.ExitCode);
        Assert.Contains("Kamis (30/10/2025)", baseline.Out, StringComparison.Ordinal);
        Assert.Equal(baseline.Out, other.Out);
    }

    [Fact]
    public void Render_Sample_InProcessUnderBuddhistCalendarCulture_GivesTheSameBytes()
    {
        var baseline = CliRunner.Run(RepoFiles.Root, "render", Sample);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
            var other = CliRunner.Run(RepoFiles.Root, "render", Sample);
            Assert.Equal(baseline.Out, other.Out);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
