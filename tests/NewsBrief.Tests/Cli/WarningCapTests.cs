using System.Text;
using System.Text.Json;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>A file with thousands of warnings prints the first 100 and one line counting the rest.</summary>
public sealed class WarningCapTests
{
    private const int Unused = 900; // with c, under the 1,000 figures a file may have

    private static string FactsWithUnusedFigures()
    {
        var text = new StringBuilder("""
            date: 2025-09-18
            source: { name: Nature, url: https://www.nature.com/ }
            figures:
              c: { amount: 294000, currency: USD }

            """);
        for (var i = 0; i < Unused; i++)
        {
            text.Append("  unused_").Append(i).Append(": { value: ").Append(i + 1).Append(" }\n");
        }

        text.Append("headline: { id: \"Biaya {c}\", en: \"Cost {c}\" }\nlede: { id: \"Biaya {c}\", en: \"Cost {c}\" }\n");
        return text.ToString();
    }

    [Fact]
    public void Check_NineHundredUnusedFigures_PrintsHundredAndCountsTheRest()
    {
        using var dir = new TempDir();
        var file = dir.Write("many.yml", FactsWithUnusedFigures());

        var result = CliRunner.Run(dir.Path, "check", file);

        var warnings = result.Error.Split('\n').Where(l => l.Contains(": warning NB7005: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(100, warnings.Count);
        Assert.Contains($"many.yml: ... and {Unused - 100:N0} more warnings (NB7005: {Unused - 100:N0}) not shown", result.Error, StringComparison.Ordinal);
        Assert.Contains($"0 error(s), {Unused} warning(s).", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 100_000, $"{result.Error.Length} characters printed");
    }

    [Fact]
    public void Check_Json_StillListsEveryWarning()
    {
        using var dir = new TempDir();
        var file = dir.Write("many.yml", FactsWithUnusedFigures());

        var result = CliRunner.Run(dir.Path, "check", file, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(Unused, json.RootElement.EnumerateArray().Count(d => d.GetProperty("code").GetString() == "NB7005"));
    }
}
