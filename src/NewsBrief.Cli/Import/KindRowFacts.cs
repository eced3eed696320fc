using System.Globalization;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Cli.Import;

/// <summary>What every facts file of one import shares: the kind, the publication date (unless a row gives it), the source.</summary>
internal sealed record ImportHeader(string Kind, string? Date, string SourceName, string? SourceUrl, string CsvName);

/// <summary>
/// One row as a facts file. Each cell's value is written on a line of its own under <c>data:</c>,
/// so the facts parser validates it exactly as it validates a hand-written <c>data:</c> (same fields,
/// same messages), and each diagnostic on such a line is moved to the cell it came from
/// (<see cref="CellAt"/>). The bytes validated are the bytes written.
/// </summary>
internal sealed class KindRowFacts
{
    private readonly Dictionary<int, (CsvCell Cell, int ValueColumn, bool Verbatim)> cells;

    private KindRowFacts(string head, string data, Dictionary<int, (CsvCell, int, bool)> cells)
    {
        Head = head;
        Data = data;
        this.cells = cells;
    }

    /// <summary>The lines before <c>data:</c>: the comment, date, kind and source.</summary>
    public string Head { get; }

    /// <summary>The <c>data:</c> block, from its key line to the end, with a final line break.</summary>
    public string Data { get; }

    /// <summary>The whole facts file as a new import writes it.</summary>
    public string Text => Head + Data;

    /// <summary>
    /// The cell a diagnostic at <paramref name="line"/>:<paramref name="column"/> of the <c>data:</c>
    /// block (line 1 is <c>data:</c>) is about, with the column moved into the cell when the value
    /// was written as it is; null for a line that holds no cell.
    /// </summary>
    public (SourceLocation Location, CsvCell Cell)? CellAt(string path, int line, int column)
    {
        if (!cells.TryGetValue(line, out var entry))
        {
            return null;
        }

        var offset = entry.Verbatim && column >= entry.ValueColumn ? column - entry.ValueColumn : 0;
        return (entry.Cell.At(path) with { Column = entry.Cell.Column + Math.Min(offset, Math.Max(0, entry.Cell.Text.Length - 1)) }, entry.Cell);
    }

    /// <summary>Writes <paramref name="row"/> of a CSV with the <paramref name="columns"/> matched to its header.</summary>
    public static KindRowFacts Write(KindDefinition kind, IReadOnlyList<KindColumn?> matched, CsvRow row, ImportHeader header, string date)
    {
        var values = new Dictionary<string, CsvCell>(StringComparer.Ordinal);
        for (var i = 0; i < matched.Count && i < row.Cells.Count; i++)
        {
            if (matched[i] is { } column)
            {
                values[column.Path] = row.Cells[i];
            }
        }

        var head = new StringBuilder();
        head.Append("# Imported from ").Append(header.CsvName)
            .Append(" by 'newsbrief import csv'. Importing the row again replaces data: and keeps the rest (texts written here replace the generated ones).\n");
        head.Append("date: ").Append(date).Append('\n');
        head.Append("kind: ").Append(header.Kind).Append('\n');
        head.Append("source:\n  name: ").Append(Scalar(header.SourceName, textual: true).Yaml).Append('\n');
        if (header.SourceUrl is { } url)
        {
            head.Append("  url: ").Append(Scalar(url, textual: true).Yaml).Append('\n');
        }

        var data = new StringBuilder("data:\n");
        var map = new Dictionary<int, (CsvCell, int, bool)>();
        var line = 1;
        Fields(kind.Fields, "", "  ", values, row, data, map, ref line);
        return new KindRowFacts(head.ToString(), data.ToString(), map);
    }

    private static void Fields(IReadOnlyList<KindField> fields, string prefix, string indent, Dictionary<string, CsvCell> values, CsvRow row,
        StringBuilder data, Dictionary<int, (CsvCell, int, bool)> map, ref int line)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            if (field.Type == KindFieldType.Object)
            {
                var inside = values.Where(v => v.Key.StartsWith(path + ".", StringComparison.Ordinal)).ToList();
                if (inside.TrueForAll(v => v.Value.Text.Length == 0))
                {
                    if (field.Required)
                    {
                        // "company has no value", at the object's first cell (or the row when it has no column).
                        data.Append(indent).Append(field.Name).Append(":\n");
                        line++;
                        var first = inside.OrderBy(v => v.Value.Column).Select(v => v.Value).FirstOrDefault() ?? new CsvCell("", row.Line, row.Column);
                        map[line] = (first, 0, false);
                    }

                    continue;
                }

                data.Append(indent).Append(field.Name).Append(":\n");
                line++;
                map[line] = (inside.OrderBy(v => v.Value.Column).First().Value, 0, false);
                Fields(field.Fields, path + ".", indent + "  ", values, row, data, map, ref line);
                continue;
            }

            if (!values.TryGetValue(path, out var cell) || cell.Text.Length == 0)
            {
                if (field.Required && cell is not null)
                {
                    // An empty cell of a required field: "close has no value", at the cell.
                    data.Append(indent).Append(field.Name).Append(":\n");
                    line++;
                    map[line] = (cell, 0, false);
                }

                continue;
            }

            var (yaml, verbatim) = field.Type == KindFieldType.List && !cell.Text.Contains('\n', StringComparison.Ordinal) && !cell.Text.Contains('\r', StringComparison.Ordinal)
                ? (cell.Text, true) // a list is written in its cell as YAML flow: [{ date: 2025-08-20, rate: 5.00 }]
                : Scalar(cell.Text, textual: field.Type is KindFieldType.Text or KindFieldType.Key);
            var keyPart = indent + field.Name + ": ";
            data.Append(keyPart).Append(yaml).Append('\n');
            line++;
            map[line] = (cell, keyPart.Length + 1, verbatim);
        }
    }

    /// <summary>
    /// A value as YAML: plain when YAML reads it back as the same text (so numbers stay numbers and the
    /// parser's messages point into the value), else double-quoted with escapes. A text that YAML
    /// would read as null (<c>~</c>, <c>null</c>) or a flag is quoted, so it stays the text written.
    /// </summary>
    internal static (string Yaml, bool Verbatim) Scalar(string value, bool textual)
    {
        if (Plain(value) && !(textual && value is "~" or "null" or "Null" or "NULL" or "true" or "false" or "True" or "False"))
        {
            return (value, true);
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    // Other control characters are escaped so the facts parser reports them (NB1003), as it does in any facts file.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return (quoted.Append('"').ToString(), false);
    }

    /// <summary>True when <paramref name="value"/> is a YAML plain scalar in block context that reads back as itself.</summary>
    private static bool Plain(string value)
    {
        if (value.Length == 0 || value != value.Trim() || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':') || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF'))
        {
            return false;
        }

        var first = value[0];
        if ("?:,[]{}#&*!|>'\"%@`".Contains(first, StringComparison.Ordinal))
        {
            return false;
        }

        // A sign is plain only before a digit or a point (-350 miliar); "- x" would start a list, "---" a document.
        return first != '-' || (value.Length > 1 && (char.IsAsciiDigit(value[1]) || value[1] == '.'));
    }
}
