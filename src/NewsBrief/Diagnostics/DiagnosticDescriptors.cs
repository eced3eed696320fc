using System.Reflection;

namespace NewsBrief.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic code, grouped by stage: NB1xxx facts, NB2xxx locales,
/// NB3xxx formatting, NB4xxx templates, NB5xxx Markdown/HTML, NB6xxx site, I/O and command line.
/// Each stage's codes live in their own partial file; codes never change meaning once published.
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>Every descriptor, ordered by code (read by reflection so a new code cannot be forgotten).</summary>
    /// <remarks>Computed on access: static fields of other partial files may not be initialised yet at type initialisation.</remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Codes once published and since withdrawn: listed as retired in docs/diagnostics.md and never
    /// given to a new diagnostic, so an old log or CI rule that names one cannot be misread.
    /// </summary>
    /// <remarks>NB3001 (figure cannot be written) was never raised: every figure a facts file can state is refused or written.</remarks>
    public static IReadOnlyList<string> Retired { get; } = ["NB3001"];
}
