using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Every row of the style research's conformance table must pass.</summary>
public sealed class ConformanceTests
{
    /// <summary>Rows in the table: 1-138 from the style research, the rest from docs/style-rules.md.</summary>
    private const int RowCount = 171;

    /// <summary>Rows 300 on: currencies, per-unit nouns and newsroom nouns (docs/style-rules.md R20-R26).</summary>
    private const int MoneyRows = 74;

    private static readonly IReadOnlyList<ConformanceCase> Cases = ConformanceCase.Load(RepoFiles.Data("formatting-cases.tsv"));

    public static TheoryData<int> CaseNumbers()
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases)
        {
            data.Add(c.Number);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void Row_FormatsAsExpected(int number)
    {
        var row = Cases.Single(c => c.Number == number);
        var formatter = new LocaleFormatter(RepoFiles.Catalog[row.Locale]);

        var actual = ConformanceRunner.Run(row, formatter);

        Assert.True(row.Expected == actual, $"{row}: expected «{row.Expected}», got «{actual}» (basis: {row.Basis})");
    }

    [Fact]
    public void Table_HasAllRowsNumberedOnceInOrder()
    {
        // A row lost in copying or filtered out would silently shrink the suite; this pins it:
        // the style research's 138 rows, then the rules added beyond it (docs/style-rules.md).
        // Helpers of one round each append a block of their own numbers (money: 300-373), so the
        // table is 1-171 without a gap, then blocks in ascending order.
        Assert.Equal(Enumerable.Range(1, RowCount), Cases.Select(c => c.Number).Where(n => n <= RowCount));
        Assert.Equal(Enumerable.Range(300, MoneyRows), Cases.Select(c => c.Number).Where(n => n is >= 300 and <= 399));
        Assert.Equal(Cases.Select(c => c.Number).Order(), Cases.Select(c => c.Number));
        Assert.Equal(Cases.Count, Cases.Select(c => c.Number).Distinct().Count());
        Assert.All(Cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Expected), c.ToString()));
    }

    [Fact]
    public void Table_EveryRowRunsWithoutSkipping()
    {
        // Completeness: every row must produce a string (no runner may be missing or throw).
        var failures = new List<string>();
        foreach (var row in Cases)
        {
            try
            {
                ConformanceRunner.Run(row, new LocaleFormatter(RepoFiles.Catalog[row.Locale]));
            }
            catch (Exception e)
            {
                failures.Add($"{row}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
