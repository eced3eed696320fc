using NewsBrief.Diagnostics;

namespace NewsBrief.Tests.Facts;

/// <summary>
/// The facts codes are stable, gap-free blocks (NB1001-NB1040, then NB1060 on for the copy desk's
/// rules); only a missing locale text is a warning.
/// </summary>
public sealed class FactsDiagnosticCodesTests
{
    [Fact]
    public void FactsCodes_AreContiguousUniqueAndErrorsExceptMissingLocale()
    {
        var facts = DiagnosticDescriptors.All.Where(d => d.Code.StartsWith("NB1", StringComparison.Ordinal)).ToList();

        var copyDesk = facts.Count(d => string.CompareOrdinal(d.Code, "NB1060") >= 0);
        Assert.Equal(Enumerable.Range(1001, 40).Concat(Enumerable.Range(1060, copyDesk)).Select(n => "NB" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), facts.Select(d => d.Code));
        Assert.Equal(["NB1035"], facts.Where(d => d.Severity == Severity.Warning).Select(d => d.Code));
        Assert.All(facts, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }
}
