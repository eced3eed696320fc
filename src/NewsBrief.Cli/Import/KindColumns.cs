using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Cli.Import;

/// <summary>One column a kind's CSV may have: a field that holds one value, named by its path.</summary>
/// <param name="Path">The field's path: <c>close</c>, or through objects <c>company.name</c>.</param>
/// <param name="Field">The field itself (its type and whether it is required).</param>
/// <param name="Required">True when every row must give it: the field and every object above it are required.</param>
internal sealed record KindColumn(string Path, KindField Field, bool Required)
{
    /// <summary>The path of the object that holds the field, or "" for a top-level field.</summary>
    public string Parent => Path.Contains('.', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('.')] : "";
}

/// <summary>
/// The columns a CSV of a story kind may have, and its header matched against them. A column is
/// named for a field of the kind's <c>data:</c>; a field of an object is named with a dot
/// (<c>company.name</c>, at any depth); a list field takes its whole list in one cell, written as a
/// YAML flow sequence (<c>[{ date: 2025-08-20, rate: 5.00 }]</c>), since a row is one brief.
/// </summary>
internal sealed class KindColumns
{
    private KindColumns(KindDefinition kind, IReadOnlyList<KindColumn> all)
    {
        Kind = kind;
        All = all;
    }

    /// <summary>The kind.</summary>
    public KindDefinition Kind { get; }

    /// <summary>Every column the kind allows, in the kind's field order.</summary>
    public IReadOnlyList<KindColumn> All { get; }

    /// <summary>The columns of <paramref name="kind"/>.</summary>
    public static KindColumns Of(KindDefinition kind)
    {
        var columns = new List<KindColumn>();
        Add(kind.Fields, "", required: true, columns);
        return new KindColumns(kind, columns);
    }

    private static void Add(IReadOnlyList<KindField> fields, string prefix, bool required, List<KindColumn> columns)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            if (field.Type == KindFieldType.Object)
            {
                Add(field.Fields, path + ".", required && field.Required, columns);
            }
            else
            {
                columns.Add(new KindColumn(path, field, required && field.Required));
            }
        }
    }

    /// <summary>
    /// Matches the header: each named cell to its column (null for a column to ignore: unnamed and
    /// empty in every row). Reports unknown names (with the nearest), a name given twice, a column
    /// with no name but values, and every required column that is missing (an optional object's
    /// required fields are required once any of its columns is there). Null when the header has errors.
    /// </summary>
    public IReadOnlyList<KindColumn?>? Match(CsvTable table, string path, DiagnosticBag diagnostics)
    {
        var errors = 0;
        var matched = new List<KindColumn?>();
        var seen = new Dictionary<string, CsvCell>(StringComparer.Ordinal);
        var names = All.Select(c => c.Path).ToList();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var cell = table.Header[i];
            if (cell.Text.Length == 0)
            {
                var filled = table.Rows.FirstOrDefault(r => i < r.Cells.Count && r.Cells[i].Text.Length > 0);
                if (filled is not null)
                {
                    errors++;
                    diagnostics.Add(DiagnosticDescriptors.CsvUnnamedColumn, cell.At(path),
                        $"Column {i + 1} has no name in the header, but line {filled.Line} has a value in it. Name it for a field of `{Kind.Name}` ({string.Join(", ", names)}), or delete the column.");
                }

                matched.Add(null);
                continue;
            }

            var column = All.FirstOrDefault(c => c.Path == cell.Text);
            if (column is null)
            {
                errors++;
                var hint = cell.Text.Contains(';', StringComparison.Ordinal) || cell.Text.Contains('\t', StringComparison.Ordinal)
                    ? " The name holds `;` or a tab: the file separates its cells with it; pass `--delimiter ';'` (or `--delimiter tab`)."
                    : "";
                diagnostics.Add(DiagnosticDescriptors.CsvUnknownColumn, cell.At(path),
                    $"`{cell.Text}` is not a field of the kind `{Kind.Name}`.{KeySuggester.DidYouMean(cell.Text, names)} The columns are: {string.Join(", ", names)}.{hint}");
                matched.Add(null);
                continue;
            }

            if (seen.TryGetValue(column.Path, out var first))
            {
                errors++;
                diagnostics.Add(DiagnosticDescriptors.CsvDuplicateColumn, cell.At(path),
                    $"The column `{column.Path}` is named twice (first at column {first.Column} of line {first.Line}); keep one of them.");
                matched.Add(null);
                continue;
            }

            seen[column.Path] = cell;
            matched.Add(column);
        }

        // An optional object given any column needs its own required fields (company.name once company.ticker is there).
        var givenParents = seen.Keys.Select(p => All.First(c => c.Path == p).Parent).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var column in All.Where(c => !seen.ContainsKey(c.Path)))
        {
            var requiredHere = column.Required || (column.Field.Required && givenParents.Contains(column.Parent));
            if (requiredHere)
            {
                errors++;
                var after = table.Header.Count > 0 ? table.Header[^1] : null;
                var at = after is null ? SourceLocation.StartOf(path) : new SourceLocation(path, after.Line, after.Column + after.Text.Length);
                diagnostics.Add(DiagnosticDescriptors.CsvMissingColumn, at,
                    $"The kind `{Kind.Name}` requires the field `{column.Path}`, and the header has no column for it; add a `{column.Path}` column with a value in every row.");
            }
        }

        return errors == 0 ? matched : null;
    }
}
