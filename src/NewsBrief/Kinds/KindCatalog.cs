using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Kinds;

/// <summary>
/// The story kinds of a run: every <c>kinds/&lt;name&gt;/kind.yml</c> with its text templates
/// (<c>kinds/&lt;name&gt;/&lt;locale&gt;.sbn</c>), read and parsed once. A folder whose name starts
/// with <c>_</c> holds templates the kinds may include, and is no kind.
/// </summary>
public sealed partial class KindCatalog
{
    /// <summary>The display root of the kinds' files in diagnostics.</summary>
    public const string DisplayRoot = "kinds/";

    private KindCatalog(IReadOnlyDictionary<string, KindDefinition> definitions, TemplateCatalog templates)
    {
        Definitions = definitions;
        Templates = templates;
    }

    /// <summary>The kinds by name.</summary>
    public IReadOnlyDictionary<string, KindDefinition> Definitions { get; }

    /// <summary>The kinds' text templates, named <c>rate-decision/id</c>.</summary>
    internal TemplateCatalog Templates { get; }

    /// <summary>No kinds.</summary>
    public static KindCatalog Empty { get; } = new(new Dictionary<string, KindDefinition>(StringComparer.Ordinal), TemplateCatalog.Parse([], DisplayRoot, new DiagnosticBag()));

    /// <summary>The template name of a kind's text in a locale.</summary>
    public static string TemplateName(string kind, string locale) => kind + "/" + locale;

    /// <summary>
    /// Reads the kinds from <paramref name="files"/> (path under <c>kinds/</c> with '/', text): every
    /// kind needs its <c>kind.yml</c>, and a template for each locale it is written in.
    /// </summary>
    public static KindCatalog Parse(IReadOnlyList<(string RelativePath, string Text)> files, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        var templates = TemplateCatalog.Parse(files, DisplayRoot, diagnostics);
        var definitions = new Dictionary<string, KindDefinition>(StringComparer.Ordinal);
        var folders = files.Select(f => f.RelativePath.Split('/')).Where(p => p.Length >= 2 && !p[0].StartsWith('_')).Select(p => p[0])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var kind in folders)
        {
            var folder = DisplayRoot + kind + "/";
            if (!KindName().IsMatch(kind) || kind == "brief")
            {
                diagnostics.Add(DiagnosticDescriptors.KindDefinitionInvalid, SourceLocation.StartOf(folder),
                    $"`{folder}` is not a kind name: a kind is named with lower-case letters, digits, `_` and `-` (facts files write `kind: {kind.ToLowerInvariant()}`), and `brief` is the hand-written brief. Rename the folder.");
                continue;
            }

            var definitionFile = files.FirstOrDefault(f => f.RelativePath == kind + "/kind.yml");
            if (definitionFile.Text is null)
            {
                diagnostics.Add(DiagnosticDescriptors.KindFileMissing, SourceLocation.StartOf(folder),
                    $"The kind folder `{folder}` has no `kind.yml`; add one with the kind's `fields:` (docs/kinds.md), or remove the folder.");
                continue;
            }

            // A kind without a template for some locale still loads (a new locale need not write every
            // kind at once); a brief of that kind then fails in that locale (NB2102, KindExpander).
            if (KindDefinitionParser.Parse(kind, definitionFile.Text, folder + "kind.yml", diagnostics) is { } definition)
            {
                definitions[kind] = definition;
            }
        }

        return new KindCatalog(definitions, templates);
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindName();
}
