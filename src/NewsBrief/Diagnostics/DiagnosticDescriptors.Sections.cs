namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary><c>build --page-size</c> is not a whole number of briefs from 1 to 1,000.</summary>
    public static readonly DiagnosticDescriptor PageSizeInvalid = new("NB6011", Severity.Error, "Page size out of range");

    /// <summary>A brief's slug is a folder name the site's section pages use (<c>page</c>, <c>tags</c>, <c>kind</c>, <c>archive</c>).</summary>
    public static readonly DiagnosticDescriptor ReservedSlug = new("NB6012", Severity.Error, "Slug reserved for section pages");
}
