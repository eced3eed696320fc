using System.Text;
using NewsBrief.Project;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Site;

namespace NewsBrief.Cli.Import;

/// <summary>
/// Imports the rows of one CSV table: matches the header to the kind, writes each row as a facts
/// file (<see cref="KindRowFacts"/>), validates it as <c>check --strict</c> does (parse, figure
/// checks, a render in every locale) and writes it only when nothing is reported. A diagnostic of a
/// cell's value is moved to the cell; any other is put at the row, naming the facts file.
/// </summary>
internal sealed class CsvImporter(CliContext cli, Workspace workspace, KindDefinition kind, CsvImportRequest request, string display, string outDir)
{
    private readonly FigureChecker checker = new(workspace.Locales);

    public void Import(CsvTable table, string csvName, DiagnosticBag bag, CsvImportResult result)
    {
        var columns = KindColumns.Of(kind);
        var matched = columns.Match(table, display, bag);
        if (matched is null)
        {
            // A header the kind cannot read makes every row unreadable: nothing is imported.
            result.Rows = result.Failed = table.Rows.Count;
            return;
        }

        if (table.Rows.Count == 0)
        {
            bag.Add(DiagnosticDescriptors.CsvNoRows, new SourceLocation(display, table.HeaderLine, 1),
                "The file has a header and no rows: nothing was imported. Add one line per brief under the header.");
            return;
        }

        var given = matched.OfType<KindColumn>().Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var slug = request.Slug is { } pattern ? ImportSlug.Parse(pattern) : ImportSlug.Default(columns);
        var unknown = slug.Columns.Where(c => !given.Contains(c)).ToList();
        var dateColumn = request.Date is null
            ? columns.All.FirstOrDefault(c => c.Field.Type == KindFieldType.Date && c.Parent.Length == 0 && given.Contains(c.Path))
            : null;
        if (unknown.Count > 0 || (slug.Columns.Count == 0 && request.Slug is not null))
        {
            bag.Add(DiagnosticDescriptors.CsvSlugPattern, new SourceLocation(display, table.HeaderLine, 1), unknown.Count > 0
                ? $"`--slug {slug.Pattern}` names {string.Join(", ", unknown.Select(u => "`{" + u + "}`"))}, which the header has no column for. Name columns of the header: {string.Join(", ", given.Order(StringComparer.Ordinal).Select(g => "{" + g + "}"))}."
                : $"`--slug {slug.Pattern}` names no column, so every row would get the same file: add the columns that tell rows apart, such as {{{given.First()}}}.");
        }
        else if (request.Date is null && dateColumn is null)
        {
            bag.Add(DiagnosticDescriptors.CsvNoDate, new SourceLocation(display, table.HeaderLine, 1),
                $"The rows of `{kind.Name}` have no date column to date their briefs by; pass the publication date with `--date yyyy-MM-dd`.");
        }
        else
        {
            var header = new ImportHeader(kind.Name, request.Date, request.Source, request.SourceUrl, csvName);
            var slugs = new Dictionary<string, CsvRow>(StringComparer.Ordinal);
            foreach (var row in table.Rows)
            {
                result.Rows++;
                switch (ImportRow(table, matched, row, header, slug, dateColumn, slugs, bag))
                {
                    case RowOutcome.Written:
                        result.Written++;
                        break;
                    case RowOutcome.Unchanged:
                        result.Unchanged++;
                        break;
                    default:
                        result.Failed++;
                        break;
                }
            }

            return;
        }

        result.Rows = result.Failed = table.Rows.Count;
    }

    private enum RowOutcome
    {
        Failed,
        Written,
        Unchanged,
    }

    private RowOutcome ImportRow(CsvTable table, IReadOnlyList<KindColumn?> matched, CsvRow row, ImportHeader header, ImportSlug slugPattern,
        KindColumn? dateColumn, Dictionary<string, CsvRow> slugs, DiagnosticBag bag)
    {
        var rowAt = new SourceLocation(display, row.Line, row.Column);
        if (row.Cells.Count != table.Header.Count)
        {
            var at = row.Cells.Count > table.Header.Count ? row.Cells[table.Header.Count].At(display) : EndOf(row);
            bag.Add(DiagnosticDescriptors.CsvCellCount, at,
                $"This row has {row.Cells.Count} cell(s) and the header {table.Header.Count} column(s) ({string.Join(", ", table.Header.Select(h => h.Text))}); " +
                "give each column one cell (an empty one is `,,`), and quote a value that holds a comma. The row was not imported.");
            return RowOutcome.Failed;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < matched.Count; i++)
        {
            if (matched[i] is { } column)
            {
                values[column.Path] = row.Cells[i].Text;
            }
        }

        var slug = slugPattern.For(values);
        if (slug.Length == 0)
        {
            bag.Add(DiagnosticDescriptors.CsvSlugPattern, rowAt,
                $"This row gives the file name pattern `{slugPattern.Pattern}` no letters or digits; fill in {string.Join(", ", slugPattern.Columns)}. The row was not imported.");
            return RowOutcome.Failed;
        }

        if (slugs.TryGetValue(slug, out var first))
        {
            bag.Add(DiagnosticDescriptors.CsvDuplicateSlug, rowAt,
                $"This row would be written to `{slug}.yml`, as line {first.Line} is: remove the repeated row, or pass `--slug` with the columns that tell them apart (now `{slugPattern.Pattern}`). The row was not imported.");
            return RowOutcome.Failed;
        }

        slugs[slug] = row;
        var date = request.Date ?? values[dateColumn!.Path];
        var facts = KindRowFacts.Write(kind, matched, row, header, date);
        var target = Path.Combine(outDir, slug + ".yml");
        var factsDisplay = cli.Display(target);
        string? existing = null;
        try
        {
            existing = File.Exists(target) ? TextDecoding.Decode(File.ReadAllBytes(target)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticDescriptors.FileAccess, rowAt, $"Cannot read '{factsDisplay}', this row's facts file: {e.Message}");
            return RowOutcome.Failed;
        }

        var (text, dataLine) = existing is null ? (facts.Text, LineOf(facts.Text, facts.Head.Length)) : DataBlock.Replace(existing, facts.Data);
        if (text is null)
        {
            bag.Add(DiagnosticDescriptors.CsvCannotUpdate, rowAt,
                $"'{factsDisplay}' exists and has no top-level `data:` block to replace; move `data:` to the top level of the file, or delete the file to import the row afresh. The row was not imported.");
            return RowOutcome.Failed;
        }

        if (!Valid(text, factsDisplay, facts, dataLine, rowAt, bag))
        {
            return RowOutcome.Failed;
        }

        if (existing == text)
        {
            return RowOutcome.Unchanged;
        }

        try
        {
            Directory.CreateDirectory(outDir);
            // Written beside the target and renamed over it: a reader (or a crash) never sees half a file.
            var temporary = Path.Combine(outDir, "." + slug + ".yml.import");
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticDescriptors.FileAccess, rowAt, $"Cannot write '{factsDisplay}': {e.Message}");
            return RowOutcome.Failed;
        }

        cli.Out.WriteLine(factsDisplay);
        return RowOutcome.Written;
    }

    /// <summary>
    /// Checks the facts file as <c>check --strict</c> would; reports what it finds at the row's cells
    /// (or the row) as errors, one per bad cell. A diagnostic at the row is dropped when the row
    /// already has one at a cell: a bad date cell also makes the brief's date bad, and one report is enough.
    /// </summary>
    private bool Valid(string text, string factsDisplay, KindRowFacts facts, int dataLine, SourceLocation rowAt, DiagnosticBag bag)
    {
        var problems = new DiagnosticBag();
        if (workspace.ParseFacts(text, factsDisplay, problems) is { } parsed)
        {
            checker.Check(parsed, new SourceText(factsDisplay, text), problems);
            foreach (var locale in workspace.Locales.Codes)
            {
                workspace.Renderer.Render(parsed, locale, problems);
            }
        }

        var all = problems.Sorted();
        if (all.Count == 0)
        {
            return true;
        }

        var atCells = new List<Diagnostic>();
        var atRow = new List<Diagnostic>();
        var reported = new HashSet<CsvCell>(ReferenceEqualityComparer.Instance);
        // By code: the earliest stage's report of a cell wins (a control character, NB1003, before what it causes).
        foreach (var d in all.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            var cell = d.Location.Path == factsDisplay && d.Location.Line >= dataLine
                ? facts.CellAt(display, d.Location.Line - dataLine + 1, d.Location.Column)
                : null;
            if (cell is { } found)
            {
                // One report per bad cell: a control character makes the value quoted, and
                // "quoted, so it is text" would only follow from it.
                if (reported.Add(found.Cell))
                {
                    atCells.Add(d with { Location = found.Location, Severity = Severity.Error });
                }
            }
            else
            {
                // Not a cell's value: the file's own lines, a kind template, a text check. Named where it is.
                var where = d.Location.Path == factsDisplay ? d.Location.ToString() : $"{factsDisplay} ({d.Location})";
                atRow.Add(d with { Location = rowAt, Severity = Severity.Error, Message = $"{where}: {d.Message}" });
            }
        }

        bag.AddRange(atCells);
        if (atCells.Count == 0)
        {
            bag.AddRange(atRow);
        }

        return false;
    }

    private SourceLocation EndOf(CsvRow row)
    {
        var last = row.Cells.Count > 0 ? row.Cells[^1] : null;
        return last is null ? new SourceLocation(display, row.Line, row.Column) : new SourceLocation(display, last.Line, last.Column + last.Text.Length);
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
