using NewsBrief.Diagnostics;

namespace NewsBrief.Tests.Facts;

/// <summary>
/// The facts codes are one stable, gap-free block from NB1001 on; only a missing locale text is a warning.
/// </summary>
public sealed class FactsDiagnosticCodesTests
{
    private static readonly string[] Reserved = ["NB1055", "NB1056", "NB1057", "NB1058", "NB1059"];

    [Fact]
    public void FactsCodes_AreContiguousUniqueAndErrorsExceptMissingLocale()
    {
        var facts = DiagnosticDescriptors.All.Where(d => d.Code.StartsWith("NB1", StringComparison.Ordinal)).ToList();
        Assert.True(facts.Count >= 43, $"{facts.Count} facts codes"); // NB1001-NB1043 at least; new ones continue the run

        // This round's helpers take assigned blocks (times, days and periods: NB1055-NB1059, from the
        // bottom up); the lead renumbers them into the run at merge. Every other code continues the run.
        var run = facts.Where(d => !Reserved.Contains(d.Code)).ToList();
        Assert.Equal(Enumerable.Range(1001, run.Count).Select(n => "NB" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), run.Select(d => d.Code));
        var block = facts.Where(d => Reserved.Contains(d.Code)).Select(d => d.Code).ToList();
        Assert.Equal(Reserved.Take(block.Count), block);
        Assert.Equal(["NB1035"], facts.Where(d => d.Severity == Severity.Warning).Select(d => d.Code));
        Assert.All(facts, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }
}
