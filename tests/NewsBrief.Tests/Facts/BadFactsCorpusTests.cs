using System.Globalization;
using NewsBrief.Diagnostics;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Facts;

/// <summary>
/// Every file in <c>Data/bad-facts</c> is rejected with the code, position and message word its
/// row in <c>expected.tsv</c> gives; every error of every file is positioned inside the file.
/// </summary>
public sealed class BadFactsCorpusTests
{
    private static readonly string Folder = RepoFiles.Data("bad-facts");

    private static readonly IReadOnlyList<Row> Rows = File.ReadAllLines(Path.Combine(Folder, "expected.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(c => new Row(c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture), int.Parse(c[3], CultureInfo.InvariantCulture), c[4]))
        .ToList();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows)
        {
            data.Add(row.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BadFile_IsRejectedWithCodeAtPosition(string file)
    {
        var row = Rows.Single(r => r.File == file);
        var text = File.ReadAllText(Path.Combine(Folder, file));

        var result = FactsTestSupport.Parse(text, out var bag, "bad-facts/" + file);

        var all = FactsTestSupport.Errors(bag);
        Assert.Null(result);
        Assert.True(bag.HasErrors, file);
        Assert.True(
            bag.Sorted().Any(d => d.Severity == Severity.Error && d.Code == row.Code && d.Location.Line == row.Line && d.Location.Column == row.Column
                && d.Message.Contains(row.Word, StringComparison.OrdinalIgnoreCase)),
            $"{file}: expected {row.Code} at {row.Line}:{row.Column} mentioning «{row.Word}»; got:\n{all}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BadFile_EveryDiagnosticIsInsideTheFileAndSaysHowToFixIt(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var lines = text.Split('\n').Length;

        FactsTestSupport.Parse(text, out var bag, "bad-facts/" + file);

        Assert.All(bag.Sorted(), d =>
        {
            Assert.Equal("bad-facts/" + file, d.Location.Path);
            Assert.InRange(d.Location.Line, 1, lines);
            Assert.True(d.Location.Column >= 1, d.ToString());
            Assert.StartsWith("NB1", d.Code, StringComparison.Ordinal);
            Assert.Matches("(write|delete|remove|add|rename|use|keep|save|check|split|start|fix|drop|round)", d.Message.ToLowerInvariant());
        });
    }

    [Fact]
    public void Corpus_EveryFileHasOneRowAndThereAreAtLeastThirty()
    {
        var files = Directory.GetFiles(Folder, "*.yml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Rows.Select(r => r.File).Order(StringComparer.Ordinal).ToList());
        Assert.True(Rows.Count >= 30, $"{Rows.Count} files");
        Assert.Equal(Rows.Count, Rows.Select(r => r.File).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Corpus_CoversEveryFileLevelCode()
    {
        // Codes that a single bad file can show; NB1035 is a warning and NB1040 needs 100 errors (tested elsewhere).
        var expected = DiagnosticDescriptors.All
            .Where(d => d.Code.StartsWith("NB10", StringComparison.Ordinal) && d.Code is not "NB1001" and not "NB1035" and not "NB1040")
            .Select(d => d.Code);
        Assert.Empty(expected.Except(Rows.Select(r => r.Code), StringComparer.Ordinal));
    }

    private sealed record Row(string File, string Code, int Line, int Column, string Word);
}
