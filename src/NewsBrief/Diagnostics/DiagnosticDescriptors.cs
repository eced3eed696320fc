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
    /// Computed on first use, not in a static initializer: initializers of a partial class run in
    /// file order, so an eager list could read the fields of a later partial file while still null.
    /// </remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All => LazyAll.Value;

    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> LazyAll = new(() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList());
}
