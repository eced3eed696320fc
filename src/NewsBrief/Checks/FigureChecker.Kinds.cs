using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Checks;

/// <summary>
/// The figure checks on a story kind's generated text (docs/kinds.md, "Checks"). The rules are the
/// same as for hand-written text, with two differences: a literal the template writes from the data
/// (<c>25 basis poin</c>, <c>Rabu (17/9/2025)</c>) is the template's choice, not an editor's slip,
/// so NB7001 does not apply; and a literal that contradicts a figure is the template's error,
/// NB7010, at the line of the template that set the text, naming the brief it wrote it for.
/// </summary>
public sealed partial class FigureChecker
{
    private static void AddGenerated(FactFile facts, LocatedText located, DiagnosticBag found, DiagnosticBag diagnostics)
    {
        foreach (var d in found.Sorted())
        {
            if (d.Descriptor == DiagnosticDescriptors.FigureWrittenLiterally)
            {
                continue;
            }

            if (d.Descriptor == DiagnosticDescriptors.FigureContradicted)
            {
                diagnostics.Add(DiagnosticDescriptors.GeneratedTextContradicted, located.Location,
                    $"The kind's template wrote \"{located.Text}\" for {facts.Path}, and {FirstClause(d.Message)}: fix the template ({located.GeneratedBy}) so it writes the figure as a placeholder or from the same data.");
                continue;
            }

            diagnostics.Add(d with { Message = $"{d.Message} (in the text the kind's template wrote for {facts.Path})" });
        }
    }

    /// <summary>"\"4.5%\" understates rate (4.75%) by 5%" of an NB7002 message, without its advice.</summary>
    private static string FirstClause(string message)
    {
        var end = message.IndexOf("; ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
