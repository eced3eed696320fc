using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Placeholder forms: <c>{name:modifier}</c> (a compound modifier), <c>{name:size}</c> (a signed
/// figure without its sign: <c>rugi bersih {loss:size}</c>) and <c>{name:change}</c> (a direction word
/// and the size: <c>turun 0,45 persen</c>, <c>fell 0.45%</c>). The sign forms need a single signed value.
/// </summary>
internal sealed partial class LocalizedTextMapper
{
    /// <summary>The forms a placeholder may take after its name.</summary>
    internal static readonly string[] Forms = [":modifier", ":size", ":change"];

    private readonly List<(string Name, string Form, SourceLocation Location)> signForms = [];

    private static string? FormOf(string placeholder) =>
        Array.Find(Forms, f => placeholder.EndsWith(f, StringComparison.Ordinal) && placeholder.Length > f.Length);

    private void NoteForm(string name, string form, SourceLocation location)
    {
        if (form is ":size" or ":change")
        {
            signForms.Add((name, form, location));
        }
    }

    /// <summary>
    /// Reports a sign form on a figure that has no single signed value: a range (say its bounds
    /// with <c>{name}</c>) or a count of units (a count is a size already; a fall in it is a plain <c>value</c>).
    /// </summary>
    public void CheckPlaceholderForms(IReadOnlyList<Figure>? figures)
    {
        if (figures is null)
        {
            return;
        }

        foreach (var (name, form, location) in signForms)
        {
            var figure = figures.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
            var why = figure switch
            {
                RangeFigure => "it is a range, which has no single sign or size; write `{" + name + "}` to give its bounds",
                QuantityFigure => "it counts units and is never negative; write `{" + name + "}`, or make it a plain `value` (without `unit`) to write a signed change",
                _ => null,
            };

            if (why is not null)
            {
                Reporter.Report(DiagnosticDescriptors.FactsFormMismatch, location,
                    $"`{{{name}{form}}}` does not fit figure `{name}`: {why}.");
            }
        }
    }
}
