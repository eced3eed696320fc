using NewsBrief.Formatting;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Formatting;

/// <summary>Every row of the style research's conformance table must pass.</summary>
public sealed class ConformanceTests
{
    /// <summary>Rows in the table: 1-138 from the style research, the rest from docs/style-rules.md.</summary>
    private const int RowCount = 171;

    /// <summary>
    /// Blocks of rows added after the first 171, by first number: 200 signed figures, points and
    /// ranges (docs/style-rules.md R16-R19); 300 currencies, per-unit nouns and newsroom nouns (R20-R26);
    /// 400 and 440 times of day, weekday datelines and periods (R27-R30); 500 the language helpers of
    /// story kinds (shared kinds.md "Language helpers"); 640 places, MMI intensities and zones of points (the earthquake kind);
    /// 680 the size of a change (fmt.percent_size), for the finance kinds.
    /// </summary>
    private static readonly (int First, int Count)[] Blocks = [(200, 60), (300, 74), (400, 36), (440, 40), (500, 100), (640, 36), (680, 16)];

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
        // Later rules take blocks of numbers, each gap-free from its first (the total pins the gaps between) (200: signed
        // figures, points and ranges; 300: currencies, per-unit nouns, newsroom nouns), rows in
        // ascending order and numbered once.
        Assert.Equal(Enumerable.Range(1, RowCount), Cases.Select(c => c.Number).Where(n => n <= RowCount));
        foreach (var (first, count) in Blocks)
        {
            Assert.Equal(Enumerable.Range(first, count), Cases.Select(c => c.Number).Where(n => n >= first && n < first + count));
        }

        Assert.Equal(RowCount + Blocks.Sum(b => b.Count), Cases.Count);
        Assert.Equal(Cases.Select(c => c.Number).Order(), Cases.Select(c => c.Number));
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
