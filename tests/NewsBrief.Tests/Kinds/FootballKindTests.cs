using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// Issue 11: a kind that ships with no NewsBrief, added to a project as data alone: its
/// <c>kinds/football-result/</c> (kind.yml, id.sbn, en.sbn, from Data/kinds/) and its words in the
/// project's locale overlays. The tool renders it in both languages without a line of C# for it.
/// </summary>
public sealed class FootballKindTests
{
    private static TempDir Project()
    {
        var dir = new TempDir();
        var data = RepoFiles.Data("kind-fixtures");
        foreach (var file in Directory.GetFiles(Path.Combine(data, "football-result")))
        {
            dir.Write("kinds/football-result/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(data, "football-locales")))
        {
            dir.Write("locales/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        dir.Write("briefs/persija-persib-2025-09-20.yml", File.ReadAllText(Path.Combine(data, "persija-persib-2025-09-20.yml")));
        return dir;
    }

    [Theory]
    [InlineData("id", "# Persija Jakarta Kalahkan Persib Bandung 2-1\n")]
    [InlineData("id", "Persija Jakarta mengalahkan Persib Bandung 2-1 dalam laga Liga 1 di Stadion Utama Gelora Bung Karno, Jakarta, pada Sabtu (20/9/2025).")]
    [InlineData("id", "- Gol Persija Jakarta: Marko Simic (menit ke-23) dan Rizky Ridho (menit ke-81).\n")]
    [InlineData("id", "- Laga itu disaksikan 54.000 penonton.\n")]
    [InlineData("id", "| Penonton | 54.000 penonton |")]
    [InlineData("en", "# Persija Jakarta Beats Persib Bandung 2-1\n")]
    [InlineData("en", "Persija Jakarta beat Persib Bandung 2-1 in Liga 1 at Stadion Utama Gelora Bung Karno in Jakarta on Saturday.")]
    [InlineData("en", "- Goals for Persija Jakarta: Marko Simic (23rd minute) and Rizky Ridho (81st minute).\n")]
    [InlineData("en", "- The match was watched by 54,000 spectators.\n")]
    public void AProjectsOwnKind_RendersFromDataAloneInBothLanguages(string locale, string expected)
    {
        using var dir = Project();

        var result = CliRunner.Run(dir.Path, "render", "briefs/persija-persib-2025-09-20.yml", "--locale", locale);

        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheProjectsKind_ChecksCleanAndBuildsIntoTheSite()
    {
        using var dir = Project();

        var check = CliRunner.Run(dir.Path, "check", "briefs", "--strict");
        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");

        Assert.Equal("newsbrief check: 1 file(s), 0 error(s), 0 warning(s).\n", check.Out + check.Error);
        Assert.Equal(0, build.ExitCode);
        var page = File.ReadAllText(Path.Combine(dir.Path, "site", "en", "persija-persib-2025-09-20", "index.html"));
        Assert.Contains("Persija Jakarta Beats Persib Bandung 2-1", page, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(dir.Path, "site", "id", "kind", "football-result")), "the kind has its section");
    }

    [Fact]
    public void ADraw_IsWrittenAsADraw()
    {
        using var dir = Project();
        var text = File.ReadAllText(Path.Combine(dir.Path, "briefs", "persija-persib-2025-09-20.yml"))
            .Replace("goals: 2 }", "goals: 1 }", StringComparison.Ordinal)
            .Replace("    - { side: home, player: Rizky Ridho, minute: 81 }\n", "", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, "briefs", "persija-persib-2025-09-20.yml"), text);

        var id = CliRunner.Run(dir.Path, "render", "briefs/persija-persib-2025-09-20.yml", "--locale", "id");
        var en = CliRunner.Run(dir.Path, "render", "briefs/persija-persib-2025-09-20.yml", "--locale", "en");

        Assert.Contains("# Persija Jakarta Imbang 1-1 dengan Persib Bandung\n", id.Out, StringComparison.Ordinal);
        Assert.Matches("Persija Jakarta (bermain imbang dengan|berbagi angka dengan) Persib Bandung 1-1", id.Out);
        Assert.Contains("# Persija Jakarta and Persib Bandung Draw 1-1\n", en.Out, StringComparison.Ordinal);
        Assert.Matches("Persija Jakarta (drew with|tied) Persib Bandung 1-1", en.Out);
    }

    [Fact]
    public void AProjectLocale_ReplacesOneWordOfAShippedKind()
    {
        using var dir = new TempDir();
        dir.Write("locales/en.yml", "kinds:\n  rate-decision:\n    banks: { bi: Indonesia's central bank }\n");
        var file = dir.Write("briefs/bi-rate-cut.yml", KindOverrideTests.RateDecision());

        var en = CliRunner.Run(dir.Path, "render", file, "--locale", "en");

        Assert.Equal(0, en.ExitCode);
        Assert.Contains("\nIndonesia's central bank ", en.Out, StringComparison.Ordinal);
        Assert.StartsWith("# Bank Indonesia ", en.Out, StringComparison.Ordinal); // the words the overlay leaves out are the shipped ones
    }
}
