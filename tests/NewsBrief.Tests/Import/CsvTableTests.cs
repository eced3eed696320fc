using System.Text;
using NewsBrief.Cli.Import;
using NewsBrief.Diagnostics;

namespace NewsBrief.Tests.Import;

/// <summary>
/// The CSV layer of <c>import csv</c>: cells as Sylvan decodes them, each at the line and column it
/// starts on (the caret of a diagnostic points at the bad cell), quoting, CRLF, a byte order mark,
/// blank lines, and the files it refuses.
/// </summary>
public sealed class CsvTableTests
{
    private static (CsvTable? Table, DiagnosticBag Bag) Read(string text, char delimiter = ',')
    {
        var bag = new DiagnosticBag();
        return (CsvTable.Read(text, "t.csv", delimiter, bag), bag);
    }

    private static string Cells(CsvRow row) => string.Join("|", row.Cells.Select(c => $"{c.Text}@{c.Line}:{c.Column}"));

    [Fact]
    public void PlainRows_GiveEachCellItsColumn()
    {
        var (table, bag) = Read("date,index,close\n2025-09-18,jci,7852.31\n");

        Assert.Empty(bag.Sorted());
        Assert.Equal(["date", "index", "close"], table!.Header.Select(c => c.Text));
        Assert.Equal(1, table.HeaderLine);
        var row = Assert.Single(table.Rows);
        Assert.Equal("2025-09-18@2:1|jci@2:12|7852.31@2:16", Cells(row));
    }

    [Fact]
    public void CrLfAndByteOrderMark_AreRead_LikeLf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a,b\r\n1,2\r\n3,4\r\n")).ToArray();
        var bag = new DiagnosticBag();
        var text = CsvTable.Decode(bytes, "t.csv", bag)!;
        var table = CsvTable.Read(text, "t.csv", ',', bag)!;

        Assert.Empty(bag.Sorted());
        Assert.Equal("a", table.Header[0].Text); // not "\uFEFFa": the mark is no part of the first name
        Assert.Equal(["1@2:1|2@2:3", "3@3:1|4@3:3"], table.Rows.Select(Cells));
    }

    [Fact]
    public void QuotedCells_KeepDelimitersQuotesAndLineBreaks_AndLaterCellsTheirLines()
    {
        var (table, bag) = Read("name,ticker\n\"PT \"\"Contoh\"\", Makmur Tbk\",CTMK\n\"two\nlines\",X\nlast, Y \n");

        Assert.Empty(bag.Sorted());
        Assert.Equal("PT \"Contoh\", Makmur Tbk@2:2|CTMK@2:29", Cells(table!.Rows[0]));
        Assert.Equal("two\nlines@3:2|X@4:8", Cells(table.Rows[1]));
        Assert.Equal("last@5:1|Y@5:7", Cells(table.Rows[2])); // spaces around a value are trimmed, the column follows
    }

    [Fact]
    public void BlankLines_AreSkipped()
    {
        var (table, _) = Read("a,b\n\n1,2\n   \n3,4\n\n");

        Assert.Equal([3, 5], table!.Rows.Select(r => r.Line));
    }

    [Fact]
    public void RaggedRows_KeepTheirCellCounts_ForTheImporterToReport()
    {
        var (table, _) = Read("a,b,c\n1,2\n1,2,3,4\n");

        Assert.Equal([2, 4], table!.Rows.Select(r => r.Cells.Count));
    }

    [Fact]
    public void HashIsAValue_NotAComment()
    {
        var (table, _) = Read("a,b\n#1,2\n");

        Assert.Equal("#1", table!.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void SemicolonDelimiter_IsReadWhenAsked()
    {
        var (table, _) = Read("a;b\n7852,31;2\n", ';');

        Assert.Equal("7852,31@2:1|2@2:9", Cells(table!.Rows[0]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void EmptyFile_IsNB8050(string text)
    {
        var (table, bag) = Read(text);

        Assert.Null(table);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("NB8050", d.Code);
        Assert.Equal("t.csv:1:1", d.Location.ToString());
    }

    [Fact]
    public void UnclosedQuote_IsNB8055_AtTheCell_AndEarlierRowsAreKept()
    {
        var (table, bag) = Read("a,b\n1,2\n3,\"open\n4,5\n");

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("NB8055", d.Code);
        Assert.Equal("t.csv:3:3", d.Location.ToString());
        Assert.Equal("1@2:1|2@2:3", Cells(Assert.Single(table!.Rows)));
    }

    [Fact]
    public void TextAfterAClosingQuote_IsNB8055()
    {
        var (_, bag) = Read("a,b\n\"ab\"c,2\n");

        var d = Assert.Single(bag.Sorted());
        Assert.Equal(("NB8055", "t.csv:2:1"), (d.Code, d.Location.ToString()));
    }

    [Fact]
    public void NotUtf8_IsNB8056_AtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("name\nPT Caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray(); // Windows-1252 é
        var bag = new DiagnosticBag();

        Assert.Null(CsvTable.Decode(bytes, "t.csv", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(("NB8056", "t.csv:2:7"), (d.Code, d.Location.ToString()));
    }

    [Fact]
    public void Utf16WithByteOrderMark_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n1,2\n")).ToArray();
        var bag = new DiagnosticBag();

        Assert.Equal("a,b\n1,2\n", CsvTable.Decode(bytes, "t.csv", bag));
    }
}
