using System.Text;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Import;

/// <summary>
/// <c>newsbrief import csv</c>: one facts file per row that passes <c>check --strict</c>, stable
/// bytes, bad cells at their line and column with the codes <c>data:</c> gets, other rows still
/// imported, nothing written for a bad row, and the header's own errors.
/// </summary>
public sealed class CsvImportCliTests : IDisposable
{
    private const string Header = "date,index,close,previous,rupiah_close,rupiah_previous\n";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string Out => Path.Combine(dir.Path, "briefs");

    private CliRunner.Result Import(string csv, params string[] extra) =>
        ImportBytes(Encoding.UTF8.GetBytes(csv), extra);

    private CliRunner.Result ImportBytes(byte[] bytes, params string[] extra)
    {
        var file = Path.Combine(dir.Path, "t.csv");
        File.WriteAllBytes(file, bytes);
        string[] args = ["import", "csv", "--kind", extra.Contains("--kind") ? extra[Array.IndexOf(extra, "--kind") + 1] : "market-close", "t.csv", "--out", "briefs", "--source", "Bursa Efek Indonesia"];
        var rest = new List<string>();
        for (var i = 0; i < extra.Length; i++)
        {
            if (extra[i] == "--kind")
            {
                i++;
                continue;
            }

            rest.Add(extra[i]);
        }

        return CliRunner.Run(dir.Path, [.. args, .. rest]);
    }

    private IReadOnlyList<string> Written() =>
        Directory.Exists(Out) ? Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList() : [];

    [Fact]
    public void TheSpecCsv_WritesOneFactsFilePerRow_EachPassingCheckStrict()
    {
        var result = ImportBytes(File.ReadAllBytes(RepoFiles.Data("kinds-examples/market-close.csv")));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["market-close-2025-09-18-jci.yml", "market-close-2025-09-19-jci.yml", "market-close-2025-09-22-jci.yml"], Written());
        Assert.Contains("3 row(s): 3 written, 0 unchanged, 0 failed", result.Error, StringComparison.Ordinal);
        var check = CliRunner.Run(dir.Path, "check", "--strict", "briefs");
        Assert.True(check.ExitCode == 0, check.Error);

        var first = File.ReadAllText(Path.Combine(Out, "market-close-2025-09-18-jci.yml"));
        Assert.Contains("date: 2025-09-18\nkind: market-close\nsource:\n  name: Bursa Efek Indonesia\ndata:\n  date: 2025-09-18\n  index: jci\n  close: 7852.31\n  previous: 7887.81\n  rupiah_close: 16565\n  rupiah_previous: 16512\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportingTwice_GivesTheSameBytes_AndSaysUnchanged()
    {
        var csv = Header + "2025-09-18,jci,7852.31,7887.81,16565,16512\n";
        Assert.Equal(0, Import(csv).ExitCode);
        var before = dir.Snapshot();

        var again = Import(csv);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 row(s): 0 written, 1 unchanged", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void CrLfByteOrderMarkAndQuotes_GiveTheSameFiles_AsPlainLf()
    {
        Assert.Equal(0, Import(Header + "2025-09-18,jci,7852.31,7887.81,16565,16512\n").ExitCode);
        var plain = File.ReadAllText(Path.Combine(Out, "market-close-2025-09-18-jci.yml"));
        Directory.Delete(Out, recursive: true);

        var windows = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "\"2025-09-18\",\"jci\", 7852.31 ,\"7887.81\",16565,16512\r\n")).ToArray();
        var result = ImportBytes(windows);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(plain, File.ReadAllText(Path.Combine(Out, "market-close-2025-09-18-jci.yml")));
    }

    [Fact]
    public void BadNumber_IsReportedAtItsCell_WithDataCode_AndTheOtherRowsAreImported()
    {
        var result = Import(Header + "2025-09-18,jci,7852.31,7887.81,16565,16512\n2025-09-19,jci,7.901,05,7852.31,16480,16565\n2025-09-22,jci,abc,7901.05,16480,16480\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:3:39: error NB8054:", result.Error, StringComparison.Ordinal); // a decimal comma split the cell: 7 cells, the 7th reported
        Assert.Contains("t.csv:4:16: error NB1019:", result.Error, StringComparison.Ordinal);
        Assert.Contains(" 4 | 2025-09-22,jci,abc,7901.05,16480,16480", result.Error, StringComparison.Ordinal); // the CSV line is quoted under it
        Assert.Equal(["market-close-2025-09-18-jci.yml"], Written());
        Assert.Contains("3 row(s): 1 written, 0 unchanged, 2 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeLevel_AndUnknownIndexKey_AreReportedAtTheirCells()
    {
        var result = Import(Header + "2025-09-18,jcx,-7852.31,7887.81,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:2:12: error", result.Error, StringComparison.Ordinal); // jcx: not one of jci, lq45
        Assert.Contains("t.csv:2:16: error", result.Error, StringComparison.Ordinal); // -7852.31: no sign allowed
        Assert.Empty(Written());
    }

    [Fact]
    public void EmptyRequiredCell_IsNB1018AtTheCell_AndEmptyOptionalCellsAreLeftOut()
    {
        var result = Import(Header + "2025-09-18,jci,,7887.81,,\n2025-09-19,jci,7901.05,7852.31,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:2:16: error NB1018:", result.Error, StringComparison.Ordinal);
        Assert.Equal(["market-close-2025-09-19-jci.yml"], Written());
        Assert.DoesNotContain("rupiah", File.ReadAllText(Path.Combine(Out, "market-close-2025-09-19-jci.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownColumn_SuggestsTheField_AndImportsNothing()
    {
        var result = Import("date,index,clsoe,previous\n2025-09-18,jci,7852.31,7887.81\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:1:12: error NB8051: `clsoe` is not a field of the kind `market-close`. Did you mean `close`?", result.Error, StringComparison.Ordinal);
        Assert.Contains("NB8052", result.Error, StringComparison.Ordinal); // and close is then missing
        Assert.Empty(Written());
    }

    [Fact]
    public void SemicolonSeparatedFile_IsExplained()
    {
        var result = Import("date;index;close;previous\n2025-09-18;jci;7852,31;7887,81\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NB8051", result.Error, StringComparison.Ordinal);
        Assert.Contains("--delimiter ';'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SemicolonDelimiter_ReadsTheCells_AndTheDecimalCommaIsAPositionedNumberError()
    {
        var result = Import("date;index;close;previous\n2025-09-18;jci;7852,31;7887.81\n", "--delimiter", ";");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:2:16: error NB1019:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredColumn_IsNB8052()
    {
        var result = Import("date,index,close\n2025-09-18,jci,7852.31\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error NB8052: The kind `market-close` requires the field `previous`", result.Error, StringComparison.Ordinal);
        Assert.Empty(Written());
    }

    [Fact]
    public void ColumnNamedTwice_IsNB8053()
    {
        var result = Import("date,index,close,previous,close\n2025-09-18,jci,7852.31,7887.81,1\n");

        Assert.Contains("t.csv:1:27: error NB8053:", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void RepeatedRow_IsNB8058_AndTheFirstIsImported()
    {
        var result = Import(Header + "2025-09-18,jci,7852.31,7887.81,,\n2025-09-18,jci,7852.31,7887.81,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:3:1: error NB8058:", result.Error, StringComparison.Ordinal);
        Assert.Equal(["market-close-2025-09-18-jci.yml"], Written());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void EmptyFile_IsNB8050(string csv)
    {
        var result = Import(csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:1:1: error NB8050:", result.Error, StringComparison.Ordinal);
        Assert.Empty(Written());
    }

    [Fact]
    public void HeaderOnly_IsAWarningAndExitZero()
    {
        var result = Import(Header);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning NB8059", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuote_IsNB8055_AndTheRowsBeforeItAreImported()
    {
        var result = Import(Header + "2025-09-18,jci,7852.31,7887.81,,\n2025-09-19,\"jci,7901.05,7852.31,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:3:12: error NB8055:", result.Error, StringComparison.Ordinal);
        Assert.Equal(["market-close-2025-09-18-jci.yml"], Written());
    }

    [Fact]
    public void UnknownKind_SuggestsTheNearest()
    {
        var result = Import(Header, "--kind", "market-closed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NB8057", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean `market-close`?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSource_IsAUsageError()
    {
        File.WriteAllText(Path.Combine(dir.Path, "t.csv"), Header);

        var result = CliRunner.Run(dir.Path, "import", "csv", "--kind", "market-close", "t.csv", "--out", "briefs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReimportingAChangedRow_ReplacesData_AndKeepsTheEditorsOverride()
    {
        Assert.Equal(0, Import(Header + "2025-09-18,jci,7852.31,7887.81,,\n").ExitCode);
        var path = Path.Combine(Out, "market-close-2025-09-18-jci.yml");
        var edited = File.ReadAllText(path).Replace("data:\n", "tags: [markets]\ndata:\n", StringComparison.Ordinal) + "# checked by the desk\n";
        File.WriteAllText(path, edited);

        var result = Import(Header + "2025-09-18,jci,7850.00,7887.81,,\n");

        Assert.True(result.ExitCode == 0, result.Error);
        var text = File.ReadAllText(path);
        Assert.Contains("tags: [markets]\ndata:\n", text, StringComparison.Ordinal);
        Assert.Contains("  close: 7850.00\n", text, StringComparison.Ordinal);
        Assert.EndsWith("# checked by the desk\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7852.31", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EarningsWithNestedColumns_DateAndSlugPattern_PassCheckStrict_AndRender()
    {
        var csv = "company.name,company.short,company.ticker,period,currency,net_income,net_income_prior,revenue,revenue_prior\n" +
                  "PT Contoh Makmur Tbk,Contoh Makmur,CTMK,2025-Q3,IDR,1.25 triliun,1.10 triliun,9.8 triliun,9.1 triliun\n" +
                  "\"PT Sawit Lestari Nusantara Tbk\",Sawit Lestari,SWLN,2025-H1,IDR,-350 miliar,200 miliar,,\n";

        var result = Import(csv, "--kind", "earnings", "--date", "2025-10-30", "--slug", "earnings-{company.ticker}-{period}");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["earnings-ctmk-2025-q3.yml", "earnings-swln-2025-h1.yml"], Written());
        Assert.Contains("  company:\n    name: PT Contoh Makmur Tbk\n    short: Contoh Makmur\n    ticker: CTMK\n  period: 2025-Q3\n",
            File.ReadAllText(Path.Combine(Out, "earnings-ctmk-2025-q3.yml")), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(dir.Path, "check", "--strict", "briefs").ExitCode);
        var id = CliRunner.Run(dir.Path, "render", "briefs/earnings-swln-2025-h1.yml", "--locale", "id");
        Assert.Contains("PT Sawit Lestari Nusantara Tbk (SWLN)", id.Out, StringComparison.Ordinal);
        Assert.Contains("rugi bersih Rp350 miliar", id.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EarningsDefaultSlug_ComesFromTheNamingFields_AndWithoutADateColumnNeedsDate()
    {
        var csv = "company.name,period,currency,net_income,net_income_prior\nPT Contoh Makmur Tbk,2025-Q3,IDR,1.25 triliun,1.10 triliun\n";

        var noDate = Import(csv, "--kind", "earnings");
        Assert.Equal(1, noDate.ExitCode);
        Assert.Contains("NB8061", noDate.Error, StringComparison.Ordinal);

        var result = Import(csv, "--kind", "earnings", "--date", "2025-10-30");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["earnings-pt-contoh-makmur-tbk-2025-q3-idr.yml"], Written());
    }

    [Fact]
    public void OptionalObjectGivenWithoutItsRequiredField_IsNB8052()
    {
        // company is required, and so is its name once any company column is there.
        var result = Import("company.short,period,currency,net_income,net_income_prior\nContoh,2025-Q3,IDR,1,1\n", "--kind", "earnings", "--date", "2025-10-30");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("requires the field `company.name`", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedTextWithYamlCharacters_IsKeptAsWritten()
    {
        var csv = "company.name,company.short,period,currency,net_income,net_income_prior\n" +
                  "\"PT Contoh: \"\"Makmur\"\" # 1 Tbk\",null,2025-Q3,IDR,1.25 triliun,1.10 triliun\n";

        var result = Import(csv, "--kind", "earnings", "--date", "2025-10-30", "--slug", "earnings-{period}");

        Assert.True(result.ExitCode == 0, result.Error);
        var text = File.ReadAllText(Path.Combine(Out, "earnings-2025-q3.yml"));
        Assert.Contains("    name: \"PT Contoh: \\\"Makmur\\\" # 1 Tbk\"\n    short: \"null\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_IsNewsbriefImportCsv_WithEachDefaultOnce()
    {
        var help = CliRunner.Run(dir.Path, "import", "csv", "--help");
        var parent = CliRunner.Run(dir.Path, "import", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  newsbrief import csv <FILE> [options]", help.Out, StringComparison.Ordinal);
        Assert.All(help.Out.Split('\n'), line => Assert.True(System.Text.RegularExpressions.Regex.Matches(line, @"[Dd]efault\b").Count <= 1, line));
        Assert.Contains("csv", parent.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDateCell_IsOneNB1023AtTheCell_NotAlsoOneForTheBriefsDate()
    {
        var result = Import(Header + "2025-13-40,jci,7852.31,7887.81,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:2:1: error NB1023:", result.Error, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Error, "error NB"));
    }

    [Fact]
    public void ControlCharacterInACell_IsOneNB1003AtTheCell()
    {
        var result = Import(Header + "2025-09-18,jci,\"7852.31\u0001\",7887.81,,\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:2:17: error NB1003:", result.Error, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Error, "error NB"));
        Assert.Empty(Written());
    }

    [Fact]
    public void ListColumn_TakesYamlFlow_AndABadItemIsPositionedInsideTheCell()
    {
        var csv = "bank,rate_name,decided,rate,previous,history\n" +
                  "bi,BI-Rate,2025-09-17,4.75,5.00,\"[{ date: 2025-07-16, rate: 5.25 }, { date: 2025-08-20, rate: 5.00 }]\"\n" +
                  "bi,BI-Rate,2025-10-22,4.75,4.75,\"[{ date: 2025-09-17, rate: x }]\"\n";

        var result = Import(csv, "--kind", "rate-decision");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.csv:3:61: error NB1019:", result.Error, StringComparison.Ordinal);
        Assert.Equal(["rate-decision-bi-bi-rate-2025-09-17.yml"], Written());
        Assert.Contains("  history: [{ date: 2025-07-16, rate: 5.25 }, { date: 2025-08-20, rate: 5.00 }]\n", File.ReadAllText(Path.Combine(Out, "rate-decision-bi-bi-rate-2025-09-17.yml")), StringComparison.Ordinal);
    }
}
