using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

// Placeholder forms, {name:form} (PlaceholderForms): each is checked against its figure once all are known.
internal sealed partial class LocalizedTextMapper
{
    private readonly List<(string Name, string Form, SourceLocation Location)> forms = [];

    /// <summary>
    /// Records the placeholder <c>{name:form}</c>; reports a form no figure has (with a suggestion)
    /// and returns false so the caller does not record the name as a plain placeholder either.
    /// </summary>
    private bool AddForm(string name, string form, SourceLocation location)
    {
        if (!PlaceholderForms.All.Contains(form, StringComparer.Ordinal))
        {
            Reporter.Report(DiagnosticDescriptors.FactsFormMismatch, location,
                $"`{{{name}:{form}}}` asks for an unknown form.{KeySuggester.DidYouMean(form, PlaceholderForms.All)} Write `{{{name}}}`, or one of {string.Join(", ", PlaceholderForms.All.Select(f => $"`{{{name}:{f}}}`"))}.");
            return false;
        }

        forms.Add((name, form, location));
        return true;
    }

    /// <summary>Reports each <c>{name:form}</c> whose form does not fit its (valid) figure.</summary>
    public void CheckForms(IReadOnlyList<Figure>? figures)
    {
        if (figures is null)
        {
            return;
        }

        foreach (var (name, form, location) in forms)
        {
            var figure = figures.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
            if (figure is not null && PlaceholderForms.Misfit(form, figure) is { } misfit)
            {
                Reporter.Report(DiagnosticDescriptors.FactsFormMismatch, location,
                    $"`{{{name}:{form}}}` does not fit figure `{name}`: {misfit.Replace("NAME", name, StringComparison.Ordinal)}. Write `{{{name}}}`{Fitting(figure, name)}.");
            }
        }
    }

    private static string Fitting(Figure figure, string name)
    {
        var fitting = PlaceholderForms.All.Where(f => PlaceholderForms.Misfit(f, figure) is null).Select(f => $"`{{{name}:{f}}}`").ToList();
        return fitting.Count == 0 ? "" : " or " + string.Join(", ", fitting);
    }
}
