using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Money;

/// <summary>
/// Issue 10's figures real stories need, end to end through the CLI: the other currencies,
/// per-unit nouns, a project's own nouns laid over the shipped locales, and per-figure control
/// (<c>convert: false</c>, <c>headline: optional</c>).
/// </summary>
public sealed class MoneyFiguresCliTests
{
    private const string Hajj = "examples/briefs/hajj-cost-2026.yml";

    private static string HajjText => File.ReadAllText(RepoFiles.At(Hajj));

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void HajjSample_IsCleanUnderStrict()
    {
        var result = CliRunner.Run(RepoFiles.Root, "check", Hajj, "--strict");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("0 error(s), 0 warning(s)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "750 riyal (sekitar Rp3,3 juta)")]       // through the story's SAR/IDR rate
    [InlineData("id", "Rp4.400 per riyal")]                    // a per-unit amount, never converted
    [InlineData("id", "Rp88,41 juta per jemaah")]              // per a newsroom noun
    [InlineData("id", "diusulkan Rp33,1 juta.")]               // convert: false (id has no conversion for rupiah anyway)
    [InlineData("en", "750 riyals")]                           // no SAR/USD rate: no conversion
    [InlineData("en", "4,400 rupiah per riyal")]
    [InlineData("en", "88.41 million rupiah per pilgrim")]
    [InlineData("en", "is put at 33.1 million rupiah.")]       // convert: false: no ($2,010)
    [InlineData("en", "54.92 million rupiah ($3,330)")]        // the other rupiah amount converts
    [InlineData("en", "# Indonesia Proposes 2026 Hajj Cost of 88.41 Million Rupiah per Pilgrim\n")] // a named currency keeps its scale word
    public void HajjSample_WritesEachFigureAsTheStyleRulesSay(string locale, string expected)
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", Hajj, "--locale", locale);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "# Sumenep Diguncang 61 Gempa Susulan Setelah Gempa Magnitudo 6,5\n")]
    [InlineData("id", "- Tiga orang terluka")]
    [InlineData("id", "BNPB mendata 30 rumah rusak")]
    [InlineData("en", "# Sumenep Hit by 61 Aftershocks After Magnitude 6.5 Quake\n")]
    [InlineData("en", "- Three people were injured")]
    [InlineData("en", "counted 30 houses damaged")]
    [InlineData("en", "| Houses damaged | 30 houses |")]
    public void EarthquakeSample_WritesTheNewsroomNouns(string locale, string expected)
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/sumenep-earthquake-2025.yml", "--locale", locale);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertFalse_IsWhatKeepsTheDollarsOut()
    {
        // The control is the only difference: without it the same amount converts.
        using var dir = new TempDir();
        var file = dir.Write("briefs/hajj-cost-2026.yml", Replace(HajjText, "    convert: false", ""));

        var result = CliRunner.Run(dir.Path, "render", file, "--locale", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("is put at 33.1 million rupiah ($2,010).", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineOptional_AllowsOneHeadlineToLeaveTheFigureOut_AndWithoutItCheckStillWarns()
    {
        using var dir = new TempDir();
        var allowed = dir.Write("briefs/hajj-cost-2026.yml", HajjText);
        var refused = dir.Write("other/hajj-cost-2026.yml", Replace(HajjText, "    headline: optional", ""));

        var ok = CliRunner.Run(dir.Path, "check", allowed, "--strict");
        var warned = CliRunner.Run(dir.Path, "check", refused);

        Assert.True(ok.ExitCode == 0, ok.Error);
        Assert.Equal(0, warned.ExitCode);
        Assert.Contains("warning NB7006: The en headline does not mention bipih", warned.Error, StringComparison.Ordinal);
        Assert.Contains("`headline: optional`", warned.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineOptional_DoesNotExcuseTheLede()
    {
        using var dir = new TempDir();
        var file = dir.Write("briefs/hajj-cost-2026.yml", Replace(HajjText, "of which each\n    pilgrim would pay {bipih}, or {bipih_share}", "of which each\n    pilgrim would pay {bipih_share}"));

        var result = CliRunner.Run(dir.Path, "check", file);

        Assert.Contains("warning NB7006: The en lede does not mention bipih", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("`headline: optional`", result.Error, StringComparison.Ordinal); // the hint is the headline's only
    }

    private const string WarungStory = """
        date: 2025-10-27
        source:
          name: Dinas Koperasi
        figures:
          stalls: { value: 12, unit: warung, label: { id: Warung baru, en: New stalls } }
          coffee: { amount: 18000, currency: IDR, per: warung, label: { id: Sewa harian, en: Daily rent } }
        headline:
          id: Kota Buka {stalls}
          en: City Opens {stalls}
        lede:
          id: Kota membuka {stalls} dengan sewa {coffee}.
          en: The city opened {stalls}, renting at {coffee}.
        """;

    [Fact]
    public void ProjectOverlay_AddsANounWithoutForkingTheShippedLocales()
    {
        // Only the new unit in each file: everything else falls back to the shipped locales.
        using var dir = new TempDir();
        dir.Write("locales/id.yml", "units:\n  warung: { forms: { other: \"{0} warung\" } }\n");
        dir.Write("locales/en.yml", "units:\n  warung: { forms: { one: \"{0} food stall\", other: \"{0} food stalls\" } }\n");
        var file = dir.Write("briefs/warung.yml", WarungStory);

        var check = CliRunner.Run(dir.Path, "check", file, "--strict");
        var id = CliRunner.Run(dir.Path, "render", file, "--locale", "id");
        var en = CliRunner.Run(dir.Path, "render", file, "--locale", "en");

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("# Kota Buka 12 Warung\n", id.Out, StringComparison.Ordinal);
        Assert.Contains("Kota membuka 12 warung dengan sewa Rp18.000 per warung.", id.Out, StringComparison.Ordinal);
        Assert.Contains("The city opened 12 food stalls, renting at 18,000 rupiah per food stall.", en.Out, StringComparison.Ordinal);
        Assert.Contains("Terbit 27 Oktober 2025", id.Out, StringComparison.Ordinal); // shipped data still there
    }

    [Fact]
    public void ProjectOverlay_ANounInOneLocaleOnly_IsRefusedWhereTheStoryUsesIt()
    {
        using var dir = new TempDir();
        dir.Write("locales/id.yml", "units:\n  warung: { forms: { other: \"{0} warung\" } }\n");
        var file = dir.Write("briefs/warung.yml", WarungStory);

        var result = CliRunner.Run(dir.Path, "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"warung\.yml:5:\d+: error NB1027: Unknown unit `warung`", result.Error);
        Assert.Matches(@"warung\.yml:6:\d+: error NB1045: `per: warung`", result.Error);
    }

    [Fact]
    public void ProjectOverlay_AMistakeIsReportedAtItsLineInTheProjectFile()
    {
        using var dir = new TempDir();
        dir.Write("locales/en.yml", "units:\n  warung: { forms: { one: \"{0} stall\" }, colour: red }\n");
        var file = dir.Write("briefs/warung.yml", WarungStory);

        var result = CliRunner.Run(dir.Path, "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"locales/en\.yml:2:\d+: error NB200[12]", result.Error);
    }

    [Theory]
    [InlineData("{{ fmt.money 5 \"XXX\" }}", "XXX")]       // MoneyFormatter's ArgumentException(…, nameof(currency))
    [InlineData("{{ fmt.count 3 \"warungz\" }}", "warungz")] // CountFormatter's ArgumentException(…, nameof(unit))
    [InlineData("{{ fmt.time \"14:30\" \"CET\" }}", "CET")] // a story helper's own error
    public void TemplateErrors_HaveNoDoublePeriodNorDotNetParameterText(string call, string named)
    {
        // Before: "… Add it under money.currencies in locales/en.yml. (Parameter 'currency') (while rendering …)"
        // and a layout's "… to locales/en.yml.. Fix the layout".
        using var dir = new TempDir();
        foreach (var template in Directory.GetFiles(RepoFiles.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir.Path, "templates", Path.GetRelativePath(RepoFiles.Templates, template));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(template, target);
        }

        var brief = Path.Combine(dir.Path, "templates", "en", "brief.md.sbn");
        File.WriteAllText(brief, call + "\n" + File.ReadAllText(brief));
        var file = dir.Write("briefs/story.yml", File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml")));

        var result = CliRunner.Run(dir.Path, "render", file, "--locale", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error NB4002: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("..", result.Error.Replace("...", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter '", result.Error, StringComparison.Ordinal);
    }
}
