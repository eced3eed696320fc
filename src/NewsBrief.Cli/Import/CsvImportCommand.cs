using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Project;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Site;

namespace NewsBrief.Cli.Import;

/// <summary>
/// <c>newsbrief import csv --kind K FILE --out DIR --source NAME</c>: one facts file of kind K per
/// row of a CSV whose header names the kind's fields (docs/kinds.md, "Importing a CSV"). Each row
/// is written only when its facts file passes <c>check --strict</c> (the kind's validation of every
/// cell, its texts and the figure checks), bad cells are reported at their line and column, the
/// other rows are still imported, and the exit code is 1 when any row failed. Writing a file is
/// atomic; importing the same file again gives the same bytes, and keeps what an editor added to a
/// facts file outside its <c>data:</c> block.
/// </summary>
internal static partial class CsvImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file: a header naming the kind's fields (company.name for a field of an object), then one row per brief." };
        var kind = new Option<string>("--kind") { Description = "The story kind of every row (market-close, earnings, ...).", Required = true, HelpName = "KIND" };
        var output = new Option<string>("--out") { Description = "The folder to write the facts files in (created if needed).", Required = true, HelpName = "DIR" };
        var source = new Option<string>("--source") { Description = "The source every brief names (source: name:), such as \"Bursa Efek Indonesia\".", Required = true, HelpName = "NAME" };
        var sourceUrl = new Option<string?>("--source-url") { Description = "The source's address (http or https).", HelpName = "URL" };
        var date = new Option<string?>("--date") { Description = "The briefs' publication date (yyyy-MM-dd). Default: each row's first date field (the session's date of a market close).", HelpName = "DATE" };
        var slug = new Option<string?>("--slug") { Description = "The file name pattern, with {column} names: \"earnings-{company.ticker}-{period}\". Default: the kind, then the row's naming fields.", HelpName = "PATTERN" };
        var delimiter = new Option<string?>("--delimiter") { Description = "The character between cells: ',', ';' (a spreadsheet in Indonesian settings) or 'tab'. Default: ','.", HelpName = "CHAR" };
        var format = CommonOptions.Format();
        var overrides = new OverrideOptions();
        var command = new Command("csv", "Write one facts file per row of a CSV of a story kind's fields.")
        {
            file, kind, output, source, sourceUrl, date, slug, delimiter, format, overrides.Templates, overrides.Locales,
        };
        command.SetAction(parse => Run(cli, new CsvImportRequest(
            parse.GetValue(file)!, parse.GetValue(kind)!, parse.GetValue(output)!, parse.GetValue(source)!, parse.GetValue(sourceUrl),
            parse.GetValue(date), parse.GetValue(slug), parse.GetValue(delimiter) ?? ","), parse.GetValue(format), overrides.Get(parse)));
        return command;
    }

    private static int Run(CliContext cli, CsvImportRequest request, DiagnosticFormat format, ProjectOverrides overrides)
    {
        var separator = request.Delimiter switch
        {
            "," => ',',
            ";" => ';',
            "tab" or "\t" => '\t',
            _ => (char?)null,
        };
        if (separator is null)
        {
            cli.Error.WriteLine($"newsbrief: '--delimiter {request.Delimiter}' is not a delimiter. Use ',', ';' or 'tab'.");
            return ExitCodes.Usage;
        }

        if (request.Date is { } d && !IsoDay().IsMatch(d))
        {
            cli.Error.WriteLine($"newsbrief: '--date {d}' is not a day. Write it as yyyy-MM-dd (2025-09-18).");
            return ExitCodes.Usage;
        }

        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, format, strict: false); // a row's warnings are raised to errors where it is checked (CsvImporter)
        var outDir = cli.Resolve(request.Out);
        var csvPath = cli.Resolve(request.File);
        var display = cli.Display(csvPath);
        var result = new CsvImportResult();
        var workspace = CommonOptions.LoadWorkspace(cli, [outDir], bag, overrides);
        if (workspace is not null && ReadCsv(csvPath, display, bag) is { } text)
        {
            printer.AddSource(display, text);
            if (Kind(workspace, request.Kind, display, bag) is { } definition && CsvTable.Read(text, display, separator.Value, bag) is { } table)
            {
                new CsvImporter(cli, workspace, definition, request, display, outDir).Import(table, Path.GetFileName(csvPath), bag, result);
            }
        }

        var diagnostics = printer.Finalize(bag);
        printer.Print(diagnostics);
        var errors = diagnostics.Count(x => x.Severity == Severity.Error);
        if (format == DiagnosticFormat.Text)
        {
            cli.Error.WriteLine($"newsbrief import csv: {result.Rows} row(s): {result.Written} written, {result.Unchanged} unchanged, {result.Failed} failed; {errors} error(s).");
        }

        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string? ReadCsv(string fullPath, string display, DiagnosticBag bag)
    {
        try
        {
            if (Directory.Exists(fullPath))
            {
                bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(display), $"'{display}' is a folder; name a CSV file.");
                return null;
            }

            if (!File.Exists(fullPath))
            {
                bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(display), $"'{display}' does not exist. Check the path (it is relative to the current folder).");
                return null;
            }

            var length = new FileInfo(fullPath).Length;
            if (length > CsvTable.MaxBytes)
            {
                bag.Add(DiagnosticDescriptors.CsvTooLarge, SourceLocation.StartOf(display), $"The file is {length} bytes; 'import csv' reads at most {CsvTable.MaxBytes} bytes. Split it into several files.");
                return null;
            }

            return CsvTable.Decode(File.ReadAllBytes(fullPath), display, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot read the file: {e.Message}");
            return null;
        }
    }

    private static KindDefinition? Kind(Workspace workspace, string name, string display, DiagnosticBag bag)
    {
        var kinds = workspace.Vocabulary.Kinds;
        if (kinds.TryGetValue(name, out var definition))
        {
            return definition;
        }

        var known = kinds.Keys.Order(StringComparer.Ordinal).ToList();
        bag.Add(DiagnosticDescriptors.CsvUnknownKind, SourceLocation.PathOnly(display),
            $"`--kind {name}` names no story kind.{KeySuggester.DidYouMean(name, known)} The kinds are: {string.Join(", ", known)} (a project adds its own under kinds/, docs/kinds.md).");
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();
}

/// <summary>What was asked of one <c>import csv</c>.</summary>
internal sealed record CsvImportRequest(string File, string Kind, string Out, string Source, string? SourceUrl, string? Date, string? Slug, string Delimiter);

/// <summary>Counts of one import, for the summary line.</summary>
internal sealed class CsvImportResult
{
    public int Rows { get; set; }

    public int Written { get; set; }

    public int Unchanged { get; set; }

    public int Failed { get; set; }
}
