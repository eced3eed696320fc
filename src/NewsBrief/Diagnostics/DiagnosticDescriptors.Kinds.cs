namespace NewsBrief.Diagnostics;

/// <summary>
/// Story kinds (docs/kinds.md): a facts file's <c>data:</c> against its kind (NB1057-), the kind's own
/// files (NB2101-), its text templates (NB4004-) and the checks of the text they generate (NB7010-).
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary><c>kind:</c> names no kind (with <c>data:</c>), or <c>data:</c> is written without a kind.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownKind = new("NB1057", Severity.Error, "Unknown story kind");

    /// <summary>A story kind's facts file has no <c>data:</c>.</summary>
    public static readonly DiagnosticDescriptor FactsKindDataMissing = new("NB1058", Severity.Error, "Story kind without data");

    /// <summary>A <c>data:</c> value that is not one of its field's <c>values:</c>.</summary>
    public static readonly DiagnosticDescriptor FactsKindValueNotAllowed = new("NB1059", Severity.Error, "Value not allowed for the field");

    /// <summary>A <c>data:</c> number below its field's <c>min</c> or above its <c>max</c>, or not whole where an integer is asked for.</summary>
    public static readonly DiagnosticDescriptor FactsKindNumberOutOfBounds = new("NB1060", Severity.Error, "Number outside the field's bounds");

    /// <summary>A <c>data:</c> instant that is not an ISO 8601 date and time with a zone.</summary>
    public static readonly DiagnosticDescriptor FactsKindInvalidInstant = new("NB1061", Severity.Error, "Not an instant");

    /// <summary>A figure of the kind's <c>figures:</c> whose name a hand-written figure also uses.</summary>
    public static readonly DiagnosticDescriptor FactsKindFigureClash = new("NB1062", Severity.Error, "Figure name used by the kind");

    /// <summary>A kind's <c>kind.yml</c> is not a valid definition (unknown key, unknown type, bad field name).</summary>
    public static readonly DiagnosticDescriptor KindDefinitionInvalid = new("NB2101", Severity.Error, "Kind definition invalid");

    /// <summary>A kind has no text template for a locale, or a kind folder has no <c>kind.yml</c>.</summary>
    public static readonly DiagnosticDescriptor KindFileMissing = new("NB2102", Severity.Error, "Kind file missing");

    /// <summary>A figure of a kind's <c>figures:</c> names a field the kind does not define.</summary>
    public static readonly DiagnosticDescriptor KindFigureInvalid = new("NB2103", Severity.Error, "Kind figure invalid");

    /// <summary>A kind's text template failed while writing a brief (unknown name, bad argument to a helper).</summary>
    public static readonly DiagnosticDescriptor KindTemplateRuntime = new("NB4004", Severity.Error, "Kind template error");

    /// <summary>A kind's text template left <c>headline</c> or <c>lede</c> unset or empty, or set one to something other than text.</summary>
    public static readonly DiagnosticDescriptor KindTemplateOutput = new("NB4005", Severity.Error, "Kind template did not write its text");

    /// <summary>A generated text has a placeholder that names no figure, or a form that does not fit it.</summary>
    public static readonly DiagnosticDescriptor KindTemplatePlaceholder = new("NB4006", Severity.Error, "Generated placeholder names no figure");

    /// <summary>Generated text states a figure that disagrees with the facts' data.</summary>
    public static readonly DiagnosticDescriptor GeneratedTextContradicted = new("NB7010", Severity.Error, "Generated text contradicts a figure");
}
