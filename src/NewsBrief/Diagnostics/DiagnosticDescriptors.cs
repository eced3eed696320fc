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
    public static IReadOnlyList<DiagnosticDescriptor> All => LazyAll.Value;

    // Lazy: static initialisers of partial parts run in an unspecified order, so reading the fields
    // while the type initialises would see the other files' descriptors still null.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> LazyAll = new(() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList());
}
