using System.Text;
using NewsBrief.Diagnostics;
using Sylvan.Data.Csv;

namespace NewsBrief.Cli.Import;

/// <summary>One cell of a CSV file: its text (surrounding spaces trimmed) and where it starts (1-based line and column).</summary>
internal sealed record CsvCell(string Text, int Line, int Column)
{
    /// <summary>The cell's place for diagnostics in <paramref name="path"/>.</summary>
    public SourceLocation At(string path) => new(path, Line, Column);
}

/// <summary>One record after the header: its cells in column order, and the line it starts on.</summary>
internal sealed record CsvRow(int Line, int Column, IReadOnlyList<CsvCell> Cells);

/// <summary>
/// A CSV file read whole (RFC 4180: a header, then one record per row; quoted cells may hold the
/// delimiter, doubled quotes and line breaks; CRLF or LF). Sylvan.Data.Csv decodes the cells (it
/// binds nothing by reflection, which the native build needs); <see cref="CellStarts"/> only finds
/// where each cell the reader returned starts, so a bad value is reported at its line and column
/// and the excerpt's caret points at it. Blank lines are skipped; a quoting error stops the reading
/// at that record (what follows cannot be told apart reliably), and the rows before it are kept.
/// </summary>
internal sealed class CsvTable
{
    /// <summary>Files larger than this are refused: a CSV of story data is a few KB to a few MB.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private CsvTable(IReadOnlyList<CsvCell> header, IReadOnlyList<CsvRow> rows, int headerLine)
    {
        Header = header;
        Rows = rows;
        HeaderLine = headerLine;
    }

    /// <summary>The header's cells: the column names.</summary>
    public IReadOnlyList<CsvCell> Header { get; }

    /// <summary>The line of the header.</summary>
    public int HeaderLine { get; }

    /// <summary>The rows after the header, blank lines left out.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>
    /// The text of a CSV file's bytes: UTF-8 (a byte order mark is dropped) or UTF-16/32 with a byte
    /// order mark. Bytes that are not UTF-8 (a Windows-1252 export) are refused (NB8056) rather than
    /// imported as replacement characters.
    /// </summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.CsvTooLarge, SourceLocation.StartOf(path),
                $"The file is {bytes.Length} bytes; 'import csv' reads at most {MaxBytes} bytes. Split it into several files.");
            return null;
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return NewsBrief.Site.TextDecoding.Decode(bytes);
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = utf8.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = ByteLineColumn(bytes, e.Index);
            diagnostics.Add(DiagnosticDescriptors.CsvNotText, new SourceLocation(path, line, column),
                "The file is not UTF-8 text (a spreadsheet's 'CSV' export in a Windows code page?). Save it as 'CSV UTF-8' and import it again.");
            return null;
        }
    }

    /// <summary>Reads <paramref name="text"/>; null (with diagnostics) when it has no header.</summary>
    public static CsvTable? Read(string text, string path, char delimiter, DiagnosticBag diagnostics)
    {
        var lines = new LineIndex(text);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false, // the header is checked here, against the kind (a repeated name is an error, not Sylvan's exception)
            Delimiter = delimiter,
            Quote = '"',
            Escape = '"',
            Comment = '\0', // no comment lines: '#' starts a value like any other character
            CsvStyle = CsvStyle.Standard,
        };

        var records = new List<CsvRow>();
        var cursor = 0;
        using (var reader = CsvDataReader.Create(new StringReader(text), options))
        {
            while (true)
            {
                var start = cursor;
                try
                {
                    if (!reader.Read())
                    {
                        break;
                    }
                }
                catch (CsvFormatException e)
                {
                    var starts = CellStarts(text, start, delimiter, out _);
                    var at = e.FieldOrdinal >= 0 && e.FieldOrdinal < starts.Count ? starts[e.FieldOrdinal] : start;
                    var (line, column) = lines.At(at);
                    diagnostics.Add(DiagnosticDescriptors.CsvQuoting, new SourceLocation(path, line, column),
                        "This quoted cell is not closed, or text follows its closing quote. Quote a whole cell, and write a quote inside it twice: \"PT \"\"Contoh\"\" Tbk\". The rows after it are not read.");
                    break;
                }

                var count = reader.RowFieldCount;
                var positions = CellStarts(text, start, delimiter, out cursor);
                var (rowLine, rowColumn) = lines.At(start);
                var cells = new List<CsvCell>(count);
                for (var i = 0; i < count; i++)
                {
                    var raw = reader.GetString(i);
                    var value = raw.Trim(' ', '\t');
                    // A cell's place: where its value starts (after leading spaces; inside its quotes).
                    // Should the two readings of the record ever disagree, the record's start stands for each.
                    var offset = positions.Count == count ? positions[i] : start;
                    if (positions.Count == count)
                    {
                        var lead = text[offset] == '"' ? 1 : 0;
                        offset += lead + (raw.Length - raw.TrimStart(' ', '\t').Length);
                    }

                    var (line, column) = lines.At(Math.Min(offset, text.Length));
                    cells.Add(new CsvCell(value, line, column));
                }

                if (cells.TrueForAll(c => c.Text.Length == 0) && count <= 1)
                {
                    continue; // a blank line
                }

                records.Add(new CsvRow(rowLine, rowColumn, cells));
            }
        }

        if (records.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.CsvEmpty, SourceLocation.StartOf(path),
                "The file has no header. Its first line names the kind's fields, separated by commas (date,index,close,previous), and each line after it is one brief.");
            return null;
        }

        return new CsvTable(records[0].Cells, records.Skip(1).ToList(), records[0].Line);
    }

    /// <summary>
    /// Where each cell of the record starting at <paramref name="start"/> starts, as offsets into
    /// <paramref name="text"/>, and where the next record starts. Only positions: the values are
    /// the reader's. A quoted cell runs to its closing quote (a doubled quote is an escaped one); an
    /// unquoted cell to the next delimiter or line break.
    /// </summary>
    internal static List<int> CellStarts(string text, int start, char delimiter, out int next)
    {
        var starts = new List<int>();
        var pos = start;
        while (true)
        {
            starts.Add(pos);
            if (pos < text.Length && text[pos] == '"')
            {
                pos++;
                while (pos < text.Length)
                {
                    if (text[pos] == '"')
                    {
                        if (pos + 1 < text.Length && text[pos + 1] == '"')
                        {
                            pos += 2;
                            continue;
                        }

                        pos++;
                        break;
                    }

                    pos++;
                }
            }

            while (pos < text.Length && text[pos] != delimiter && text[pos] != '\n' && text[pos] != '\r')
            {
                pos++;
            }

            if (pos < text.Length && text[pos] == delimiter)
            {
                pos++;
                continue;
            }

            break;
        }

        next = pos < text.Length && text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? pos + 2
            : pos < text.Length ? pos + 1
            : pos;
        return starts;
    }

    private static (int Line, int Column) ByteLineColumn(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Offsets to 1-based lines and columns: a line ends at LF, CRLF or a lone CR.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> starts = [0];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) At(int offset)
        {
            var index = starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - starts[index] + 1);
        }
    }
}
