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
    /// <remarks>
    /// Computed on each read, not in a static initializer: field initializers of the other partial files
    /// may run after this one, and reading them then would give nulls (a TypeInitializationException).
    /// </remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
