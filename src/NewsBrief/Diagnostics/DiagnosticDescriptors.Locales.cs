namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>A locale file is not valid YAML or has a key NewsBrief does not know.</summary>
    public static readonly DiagnosticDescriptor LocaleSyntax = new("NB2001", Severity.Error, "Locale file cannot be read");

    /// <summary>A locale file lacks a section or value the formatters need.</summary>
    public static readonly DiagnosticDescriptor LocaleMissingValue = new("NB2002", Severity.Error, "Locale value missing");

    /// <summary>A locale lacks a UI string that another locale has.</summary>
    public static readonly DiagnosticDescriptor LocaleMissingString = new("NB2003", Severity.Warning, "Locale string missing");

    /// <summary>A locale has no brief template.</summary>
    public static readonly DiagnosticDescriptor LocaleMissingTemplate = new("NB2004", Severity.Error, "Locale has no template");

    /// <summary>No locale files were found.</summary>
    public static readonly DiagnosticDescriptor NoLocales = new("NB2005", Severity.Error, "No locales found");
}
