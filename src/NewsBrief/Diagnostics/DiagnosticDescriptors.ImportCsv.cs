namespace NewsBrief.Diagnostics;

/// <summary>
/// <c>newsbrief import csv</c> (NB8050-NB8069): a CSV file whose header names a story kind's fields
/// becomes one facts file per row. A bad cell's value is reported with the facts code the same
/// value gets in <c>data:</c> (NB1xxx), positioned at the cell; these codes are the CSV's own.
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>The CSV file has no header row (it is empty or blank).</summary>
    public static readonly DiagnosticDescriptor CsvEmpty = new("NB8050", Severity.Error, "CSV file has no header");

    /// <summary>A header names no field of the kind.</summary>
    public static readonly DiagnosticDescriptor CsvUnknownColumn = new("NB8051", Severity.Error, "Unknown column");

    /// <summary>A required field of the kind has no column.</summary>
    public static readonly DiagnosticDescriptor CsvMissingColumn = new("NB8052", Severity.Error, "Required column missing");

    /// <summary>Two columns name the same field.</summary>
    public static readonly DiagnosticDescriptor CsvDuplicateColumn = new("NB8053", Severity.Error, "Column named twice");

    /// <summary>A row has more or fewer cells than the header has columns.</summary>
    public static readonly DiagnosticDescriptor CsvCellCount = new("NB8054", Severity.Error, "Row has the wrong number of cells");

    /// <summary>A quoted cell is not closed, or text follows its closing quote.</summary>
    public static readonly DiagnosticDescriptor CsvQuoting = new("NB8055", Severity.Error, "Malformed quoted cell");

    /// <summary>The file is not UTF-8 (or UTF-16 with a byte order mark) text.</summary>
    public static readonly DiagnosticDescriptor CsvNotText = new("NB8056", Severity.Error, "CSV file is not UTF-8 text");

    /// <summary><c>--kind</c> names no story kind.</summary>
    public static readonly DiagnosticDescriptor CsvUnknownKind = new("NB8057", Severity.Error, "Unknown story kind");

    /// <summary>Two rows would be written to the same facts file.</summary>
    public static readonly DiagnosticDescriptor CsvDuplicateSlug = new("NB8058", Severity.Error, "Two rows have the same slug");

    /// <summary>The CSV file has a header and no rows.</summary>
    public static readonly DiagnosticDescriptor CsvNoRows = new("NB8059", Severity.Warning, "CSV file has no rows");

    /// <summary>A column has no name in the header but values in a row.</summary>
    public static readonly DiagnosticDescriptor CsvUnnamedColumn = new("NB8060", Severity.Error, "Column has no name");

    /// <summary>No publication date: the kind has no date field and <c>--date</c> was not given.</summary>
    public static readonly DiagnosticDescriptor CsvNoDate = new("NB8061", Severity.Error, "No publication date for the rows");

    /// <summary>The CSV file is larger than the importer reads.</summary>
    public static readonly DiagnosticDescriptor CsvTooLarge = new("NB8062", Severity.Error, "CSV file too large");

    /// <summary><c>--slug</c> names a column the file does not have, or makes no slug for a row.</summary>
    public static readonly DiagnosticDescriptor CsvSlugPattern = new("NB8063", Severity.Error, "Slug pattern cannot be filled");

    /// <summary>A facts file already at the row's slug cannot be updated (its <c>data:</c> block is not where the importer writes it).</summary>
    public static readonly DiagnosticDescriptor CsvCannotUpdate = new("NB8064", Severity.Error, "Existing facts file cannot be updated");
}
