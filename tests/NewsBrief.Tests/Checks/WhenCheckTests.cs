using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Checks;

/// <summary>Times, datelines and periods written by hand in reader text (NB7001, NB7009), and the earnings sample clean.</summary>
public sealed class WhenCheckTests
{
    private static readonly Lazy<Workspace> LazyWorkspace = new(() =>
    {
        var bag = new DiagnosticBag();
        return Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    });

    private static string Sample => File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "contoh-makmur-q3-2025-earnings.yml"));

    private static List<Diagnostic> Check(string yaml)
    {
        var workspace = LazyWorkspace.Value;
        var bag = new DiagnosticBag();
        var facts = workspace.ParseFacts(yaml, "story.yml", bag);
        Assert.True(facts is not null, string.Join("\n", bag.Sorted()));
        new FigureChecker(workspace.Locales).Check(facts, new SourceText("story.yml", yaml), bag);
        return bag.Sorted().Where(d => d.Code.StartsWith("NB7", StringComparison.Ordinal)).ToList();
    }

    private static string Replace(string old, string replacement)
    {
        Assert.Contains(old, Sample, StringComparison.Ordinal);
        return Sample.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_HasNoFigureFindings() => Assert.Empty(Check(Sample));

    [Theory]
    [InlineData("released at {announced:dateline}.", "released shortly before midnight.")]
    [InlineData("released at {announced:dateline}.", "released around noon.")]
    [InlineData("pada {announced:dateline}.", "menjelang tengah malam.")]
    public void TimeInWordsAlone_IsLeftAlone(string old, string words)
    {
        // "shortly before midnight" is an approximate hour, as a spelled count is a word: only a time
        // written with figures (4 p.m., pukul 16.00) is read as one the facts should state.
        Assert.DoesNotContain(Check(Replace(old, words)), d => d.Code == "NB7001" && d.Message.Contains(words.Split(' ')[^1].TrimEnd('.'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pada {announced:dateline}.", "pada Kamis (30/10/2025) pukul 16.00 WIB.", "{announced:dateline}", "Kamis (30/10/2025) pukul 16.00 WIB")]
    [InlineData("released at {announced:dateline}.", "released at 4 p.m. local time Thursday.", "{announced:dateline}", null)]
    [InlineData("pada {quarter}, naik", "pada kuartal III-2025, naik", "{quarter}", "kuartal III-2025")]
    [InlineData("in {quarter}, up", "in the third quarter of 2025, up", "{quarter}", "the third quarter of 2025")]
    [InlineData("terbit {announced:time}", "terbit pukul 16.00 WIB", "{announced}", "pukul 16.00 WIB")]
    public void StatedByAFigure_WarnsToWriteItsPlaceholder(string old, string literal, string placeholder, string? at)
    {
        var yaml = Replace(old, literal);

        var findings = Check(yaml).Where(d => d.Code == "NB7001").ToList();

        if (at is null)
        {
            // An English weekday alone cannot be checked against a day: it reads from the story around it.
            Assert.DoesNotContain(findings, d => d.Message.Contains("Thursday", StringComparison.Ordinal));
            return;
        }

        var d = Assert.Single(findings, d => d.Message.Contains(at, StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains(placeholder.TrimEnd('}'), d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n')[d.Location.Line - 1];
        Assert.Equal(at, line.Substring(d.Location.Column - 1, at.Length));
    }

    [Fact]
    public void TimeNoFigureStates_WarnsToAddOne()
    {
        var yaml = Replace("Sepanjang {nine_months},", "Pada pukul 09.15 WITA,");

        var d = Assert.Single(Check(yaml), d => d.Code == "NB7001");

        Assert.Contains("time: \"09:15\", zone: WITA", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatelineWithTheWrongWeekday_IsAnErrorNamingTheRightOne()
    {
        var yaml = Replace("pada {announced:dateline}.", "pada Rabu (30/10/2025).");

        var d = Assert.Single(Check(yaml), d => d.Code == "NB7009");

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("Kamis", d.Message, StringComparison.Ordinal);
        var line = yaml.Split('\n')[d.Location.Line - 1];
        Assert.Equal("Rabu (30/10/2025)", line.Substring(d.Location.Column - 1, "Rabu (30/10/2025)".Length));
    }
}
