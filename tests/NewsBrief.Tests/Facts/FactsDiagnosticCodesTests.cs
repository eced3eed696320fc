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

        // Helpers of one round take blocks of their own (money: NB1050-NB1054), starting at their
        // block's bottom with no gap inside; the lead closes the gaps when merging.
        static int N(DiagnosticDescriptor d) => int.Parse(d.Code[2..], System.Globalization.CultureInfo.InvariantCulture);
        var core = facts.Where(d => N(d) < 1046).ToList();
        Assert.Equal(Enumerable.Range(1001, core.Count).Select(n => "NB" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), core.Select(d => d.Code));
        var money = facts.Where(d => N(d) is >= 1050 and <= 1054).Select(N).ToList();
        Assert.Equal(Enumerable.Range(1050, money.Count), money);
        Assert.Equal(["NB1035"], facts.Where(d => d.Severity == Severity.Warning).Select(d => d.Code));
        Assert.All(facts, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }
}
