using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Checks;

/// <summary>The figure rules of <c>check</c> (NB7001-NB7006): each with a case it reports and one it must not.</summary>
public sealed class FigureCheckTests
{
    private static readonly Lazy<Workspace> LazyWorkspace = new(() =>
    {
        var bag = new DiagnosticBag();
        return Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    });

    private static string Seed => File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"));

    /// <summary>The NB7xxx diagnostics of a facts file (it must parse).</summary>
    private static List<Diagnostic> Check(string yaml)
    {
        var workspace = LazyWorkspace.Value;
        var bag = new DiagnosticBag();
        var facts = workspace.ParseFacts(yaml, "story.yml", bag);
        Assert.True(facts is not null, string.Join("\n", bag.Sorted()));
        new FigureChecker(workspace.Locales).Check(facts, new SourceText("story.yml", yaml), bag);
        return bag.Sorted().Where(d => d.Code.StartsWith("NB7", StringComparison.Ordinal)).ToList();
    }

    private static string Replace(string yaml, string old, string replacement)
    {
        Assert.Contains(old, yaml, StringComparison.Ordinal);
        return yaml.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_HasNoFigureFindings()
    {
        Assert.Empty(Check(Seed));
    }

    [Theory]
    [InlineData("en: DeepSeek Spent {r1_cost} to Train R1", "en: DeepSeek Spent Just {r1_cost} to Train R1", "\"Just\"", "just about")]
    [InlineData("en: DeepSeek Spent {r1_cost} to Train R1", "en: DeepSeek Spent only about {r1_cost} to Train R1", "\"about\"", "about about")]
    [InlineData("id: DeepSeek Cuma Habiskan {r1_cost} untuk Melatih R1", "id: DeepSeek Habiskan Cuma {r1_cost} untuk Melatih R1", "\"Cuma\"", "cuma sekitar")]
    public void AdverbRightBeforeAQualifiedFigure_WarnsWithItsPosition(string old, string stacked, string word, string reads)
    {
        var yaml = Replace(Seed, old, stacked);

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7007", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith(word, d.Message, StringComparison.Ordinal);
        Assert.Contains(reads, d.Message, StringComparison.OrdinalIgnoreCase);
        var line = yaml.Split('\n')[d.Location.Line - 1];
        Assert.Equal(word.Trim('"'), line.Substring(d.Location.Column - 1, word.Length - 2));
    }

    [Theory]
    [InlineData("en: Training ran on {chips} for {hours}.", "en: Training ran on {chips}. {hours} of training followed.")] // a count: spelled, no warning
    [InlineData("id: Pelatihan memakai {chips} selama {hours}.", "id: Pelatihan selesai. {r1_cost} habis.")] // Rp first: a word-like symbol
    [InlineData("en: Training ran on {chips} for {hours}.", "en: Training ended. {r1_cost} was spent.")]  // $294,000: the symbol comes first
    public void CountOrSymbolOpeningASentence_IsNotReported(string old, string replacement)
    {
        Assert.DoesNotContain(Check(Replace(Seed, old, replacement)), d => d.Code == "NB7008");
    }

    [Fact]
    public void PercentOpeningASentence_WarnsAtThePlaceholder()
    {
        var yaml = Replace(Seed, "  hours:\n", "  share:\n    percent: 5.3\n  hours:\n");
        yaml = Replace(yaml, "en: Training ran on {chips} for {hours}.", "en: Training ran on {chips} for {hours}. {share} of it was wasted.");

        var d = Assert.Single(Check(yaml), d => d.Code == "NB7008");

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("\"5.3%\"", d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n')[d.Location.Line - 1];
        Assert.Equal("{share}", line.Substring(d.Location.Column - 1, "{share}".Length));
    }

    [Fact]
    public void AdverbBeforeAnExactFigure_IsNotReported()
    {
        // "just" before a figure without a qualifier is ordinary copy: the chips and hours are exact.
        var yaml = Replace(Seed, "en: Training ran on {chips} for {hours}.", "en: Training ran on just {chips} for only {hours}.");

        Assert.Empty(Check(yaml));
    }

    [Fact]
    public void PublishedSeedHeadline_MatchesTheReviewedGoldenDiagnostic()
    {
        var result = CliRunner.Run(RepoFiles.Data("checks"), "check", "published-headline.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Golden.Assert("checks/published-headline.txt", result.Error);
    }

    [Fact]
    public void LiteralThatMatchesAFigure_WarnsAndNamesThePlaceholder()
    {
        var yaml = Replace(Seed, "en: Training ran on {chips} for {hours}.", "en: Training ran on 512 chips for {hours}.");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7001", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith("Write {chips} instead of \"512 chips\"", d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("512 chips", StringComparison.Ordinal)) + 1;
        Assert.Equal(new SourceLocation("story.yml", line, yaml.Split('\n')[line - 1].IndexOf("512", StringComparison.Ordinal) + 1), d.Location);
    }

    [Fact]
    public void LiteralWithItsEquivalent_IsOneWarningForTheWholePair()
    {
        var yaml = Replace(Seed, "id: Pelatihan memakai {chips} selama {hours}.", "id: Biayanya sekitar Rp4,87 miliar (setara dengan USD294 ribu), dengan {chips} selama {hours}.");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7001", d.Code);
        Assert.Contains("Write {r1_cost} instead of \"sekitar Rp4,87 miliar (setara dengan USD294 ribu)\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteralNoFigureStates_WarnsWithoutNamingOne()
    {
        var yaml = Replace(Seed, "en: Training ran on {chips} for {hours}.", "en: Training ran on {chips} for {hours} in 3 countries.");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7001", d.Code);
        Assert.Contains("\"3 countries\" is written literally and no figure of this file states it", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteralThatContradictsAFigure_IsAnErrorSayingByHowMuch()
    {
        var yaml = Replace(Seed, "en: DeepSeek Spent {r1_cost} to Train R1", "en: DeepSeek Spent {r1_cost} ($300,000) to Train R1");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7002", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.StartsWith("\"$300,000\" overstates r1_cost ($294,000) by 2%", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteralWithinItsWrittenPrecision_IsNoContradiction()
    {
        // $0.3 million is written to a tenth of a million: $294,000 written so is $0.3 million.
        var yaml = Replace(Seed, "en: DeepSeek Spent {r1_cost} to Train R1", "en: DeepSeek Spent Just $0.3 million to Train R1");

        var codes = Check(yaml).Select(d => d.Code).ToList();

        Assert.DoesNotContain("NB7002", codes);
        Assert.Contains("NB7001", codes);
    }

    [Fact]
    public void LiteralFarFromEveryFigure_RefersToNone()
    {
        // Rp40 miliar is more than twice r1_cost's Rp4,87 miliar: another amount, not a wrong one.
        var yaml = Replace(Seed, "id: Pelatihan memakai {chips} selama {hours}.", "id: Pelatihan memakai {chips} selama {hours}; pusat datanya bernilai Rp40 miliar.");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7001", d.Code);
        Assert.Contains("no figure of this file states it", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportedAmountOffTheStoryRate_IsAnErrorWithBothRatesAndTheGap()
    {
        // A rewrite with a stale rate: US$294.000 = Rp4,56 miliar implies 15,510 rupiah per dollar, not 16,565.
        var yaml = Replace(Seed, "reported: { IDR: 4.87 billion }", "reported: { IDR: 4.56 billion }");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7003", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("implies USD/IDR 15,510.2", d.Message, StringComparison.Ordinal);
        Assert.Contains("the story's rate is 16,565 (2025-09-17), 6% apart", d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("4.56 billion", StringComparison.Ordinal)) + 1;
        Assert.Equal(new SourceLocation("story.yml", line, 5), d.Location);
    }

    [Fact]
    public void ReportedAmountWithinThreePercent_IsAccepted()
    {
        // 4.99 billion / 294,000 = 16,973: 2.5% above 16,565.
        Assert.Empty(Check(Replace(Seed, "reported: { IDR: 4.87 billion }", "reported: { IDR: 4.99 billion }")));
    }

    [Fact]
    public void RateDatedMoreThan31DaysFromTheStory_Warns()
    {
        var yaml = Replace(Seed, "    date: 2025-09-17\n    note:", "    date: 2025-06-01\n    note:");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7004", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("dated 2025-06-01, 109 days from the story's date 2025-09-18", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-08-18")] // 31 days
    [InlineData("2025-08")] // its last day is 18 days before the story
    public void RateWithin31Days_IsAccepted(string date)
    {
        Assert.Empty(Check(Replace(Seed, "    date: 2025-09-17\n    note:", $"    date: {date}\n    note:")));
    }

    [Fact]
    public void FigureNoTextMentions_Warns()
    {
        var yaml = Replace(Seed, "headline:\n", "  countries:\n    value: 3\n    unit: country\nheadline:\n");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7005", d.Code);
        Assert.Contains("No text mentions countries", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureMentionedOnlyInALabel_CountsAsUsed()
    {
        var yaml = Replace(Seed, "headline:\n", "  countries:\n    value: 3\n    unit: country\nheadline:\n");
        yaml = Replace(yaml, "label: { id: Lama pelatihan, en: Training time }", "label:\n      id: Lama pelatihan di {countries}\n      en: Training time in {countries}");

        Assert.Empty(Check(yaml));
    }

    [Fact]
    public void FigureInOneLocalesHeadlineOnly_WarnsOnTheOther()
    {
        var yaml = Replace(Seed, "en: DeepSeek Spent {r1_cost} to Train R1", "en: DeepSeek Trained R1 Cheaply");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7006", d.Code);
        Assert.Contains("The en headline does not mention r1_cost, but the id headline does", d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("Trained R1 Cheaply", StringComparison.Ordinal)) + 1;
        Assert.Equal(new SourceLocation("story.yml", line, 7), d.Location);
    }

    [Fact]
    public void FigureInBothHeadlines_ButOnlyOnePoint_IsAccepted()
    {
        // Points may differ between locales; only the headline and lede must carry the same figures.
        var yaml = Replace(Seed, "en: Training ran on {chips} for {hours}.", "en: Training ran on {chips}.");

        Assert.Empty(Check(yaml));
    }

    [Fact]
    public void LiteralInAFoldedLede_IsPositionedOnItsOwnLine()
    {
        var yaml = Replace(Seed, "    to a paper in the journal Nature", "    to a paper in the journal Nature, about 80 hours of work,");

        var d = Assert.Single(Check(yaml));

        Assert.Equal("NB7001", d.Code);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("about 80 hours", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, d.Location.Line);
        Assert.Equal(yaml.Split('\n')[line - 1].IndexOf("about 80", StringComparison.Ordinal) + 1, d.Location.Column);
    }

    [Fact]
    public void DaysApart_CountsFromTheNearestDayAPartialDateCovers()
    {
        Assert.Equal(0, FigureChecker.DaysApart(PartialDate.OfMonth(2025, 9), PartialDate.OfDay(2025, 9, 18)));
        Assert.Equal(18, FigureChecker.DaysApart(PartialDate.OfMonth(2025, 8), PartialDate.OfDay(2025, 9, 18)));
        Assert.Equal(1, FigureChecker.DaysApart(PartialDate.OfYear(2024), PartialDate.OfDay(2025, 1, 1)));
    }
}
