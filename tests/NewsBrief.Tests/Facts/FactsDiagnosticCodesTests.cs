using NewsBrief.Diagnostics;

namespace NewsBrief.Tests.Facts;

/// <summary>
/// The facts codes are one stable, gap-free block from NB1001 on; only a missing locale text is a warning.
/// </summary>
public sealed class FactsDiagnosticCodesTests
{
    [Fact]
    public void FactsCodes_AreContiguousUniqueAndErrorsExceptMissingLocale()
    {
        var facts = DiagnosticDescriptors.All.Where(d => d.Code.StartsWith("NB1", StringComparison.Ordinal)).ToList();
        Assert.True(facts.Count >= 43, $"{facts.Count} facts codes"); // NB1001-NB1043 at least; new ones continue the run

        Assert.Equal(Enumerable.Range(1001, facts.Count).Select(n => "NB" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), facts.Select(d => d.Code));
        Assert.Equal(["NB1035"], facts.Where(d => d.Severity == Severity.Warning).Select(d => d.Code));
        Assert.All(facts, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }
}
