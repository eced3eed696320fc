using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// <c>render --explain</c> answers an editor's "why does it say keenam?": each generated text with the
/// template line that set it and the data fields read to make it, and which texts the file overrides.
/// </summary>
public sealed class ExplainTests
{
    private static string Example => Path.Combine(RepoFiles.Data("kinds-examples"), "bi-rate-2025-09.yml");

    private static string[] Block(string output, string what)
    {
        var lines = output.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(what + ": ", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no `{what}:` line in:\n{output}");
        return [lines[at], lines[at + 1]];
    }

    [Fact]
    public void TheLede_NamesItsTemplateLineAndTheHistoryBehindTheStreak()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", Example, "--locale", "id", "--explain");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!-- id -->\n", result.Out, StringComparison.Ordinal);
        var (origin, text) = (Block(result.Out, "lede")[0], Block(result.Out, "lede")[1]);
        Assert.Matches(@"^lede: kinds/rate-decision/id\.sbn:\d+:\d+, from ", origin);
        var fields = origin[(origin.IndexOf(", from ", StringComparison.Ordinal) + 7)..].Split(", ");
        Assert.Contains("data.history[].rate", fields); // the streak (keenam) is counted from the history
        Assert.Contains("data.history[].date", fields); // and dated from it (sejak September 2024)
        Assert.Contains("data.rate", fields);
        Assert.Contains("data.previous", fields);
        Assert.DoesNotContain("data.deposit_facility", fields); // the lede does not read it
        Assert.Contains("pemangkasan keenam sejak September 2024", text, StringComparison.Ordinal);
        Assert.StartsWith("  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void APoint_IsTracedToTheLineThatMadeIt_AndToTheFieldsOfItsPlaceholders()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", Example, "--locale", "en", "--explain");
        var template = File.ReadAllLines(Path.Combine(RepoFiles.Root, "kinds", "rate-decision", "en.sbn"));

        var origin = Block(result.Out, "point 2")[0];
        var line = int.Parse(System.Text.RegularExpressions.Regex.Match(origin, @"en\.sbn:(\d+):").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("deposit facility", template[line - 1], StringComparison.Ordinal); // the line it names writes that point
        Assert.EndsWith("from data.deposit_facility, data.lending_facility", origin, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverriddenText_SaysWhereTheFileWroteIt()
    {
        using var dir = new TempDir();
        var file = dir.Write("briefs/bi-rate-cut.yml", KindOverrideTests.RateDecision("""
            headline:
              en: Bank Indonesia Cuts Again, to {rate}
            """));

        var result = CliRunner.Run(dir.Path, "render", file, "--explain");

        Assert.Equal(0, result.ExitCode);
        var en = result.Out[result.Out.IndexOf("<!-- en -->", StringComparison.Ordinal)..];
        Assert.Matches(@"^headline: written in .*bi-rate-cut\.yml:14:7 \(replaces the generated text\)$", Block(en, "headline")[0]);
        Assert.Equal("  Bank Indonesia Cuts Again, to {rate}", Block(en, "headline")[1]);
        var id = result.Out[result.Out.IndexOf("<!-- id -->", StringComparison.Ordinal)..];
        Assert.Matches(@"^headline: kinds/rate-decision/id\.sbn:\d+:\d+, from ", Block(id, "headline")[0]);
    }

    [Fact]
    public void AHandWrittenBrief_HasNothingToExplain()
    {
        var result = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/deepseek-r1-training-cost.yml", "--explain");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("is a hand-written brief (kind: brief); --explain tells where a story kind's generated texts come from", result.Error, StringComparison.Ordinal);
    }
}
