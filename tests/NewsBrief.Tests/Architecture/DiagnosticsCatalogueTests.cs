using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Tests.Architecture;

public sealed partial class DiagnosticsCatalogueTests
{
    private static string DocsPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "diagnostics.md"));

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).ToList();

        Assert.True(codes.Count >= 50);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^NB[1-9][0-9]{3}$", c));
    }

    [Fact]
    public void Docs_ListEveryCodeWithItsSeverityAndAFix()
    {
        var documented = Row().Matches(File.ReadAllText(DocsPath()))
            .ToDictionary(m => m.Groups["code"].Value, m => (Severity: m.Groups["severity"].Value, Fix: m.Groups["fix"].Value.Trim()), StringComparer.Ordinal);

        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.True(documented.TryGetValue(d.Code, out var row), $"{d.Code} is not in docs/diagnostics.md");
            Assert.Equal(d.Severity.ToString().ToLowerInvariant(), row.Severity);
            Assert.False(string.IsNullOrEmpty(row.Fix), $"{d.Code} has no fix in docs/diagnostics.md");
        }

        Assert.Equal(DiagnosticDescriptors.All.Count, documented.Count);
    }

    [Fact]
    public void RetiredCodes_AreDocumentedAsRetiredAndNeverReused()
    {
        var retiredRows = RetiredRow().Matches(File.ReadAllText(DocsPath())).Select(m => m.Groups["code"].Value).ToList();
        var inUse = DiagnosticDescriptors.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("NB3001", DiagnosticDescriptors.Retired); // FormattingException was never thrown
        Assert.Equal(DiagnosticDescriptors.Retired.Order(StringComparer.Ordinal), retiredRows.Order(StringComparer.Ordinal));
        Assert.All(DiagnosticDescriptors.Retired, code => Assert.DoesNotContain(code, inUse));
    }

    [GeneratedRegex(@"^\| (?<code>NB\d{4}) \| (?<severity>error|warning) \| [^|]+ \| (?<fix>[^|]*) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^\| (?<code>NB\d{4}) \| retired \| [^|]+ \| [^|]+ \|$", RegexOptions.Multiline)]
    private static partial Regex RetiredRow();
}
