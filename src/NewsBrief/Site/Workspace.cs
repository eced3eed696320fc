using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Localization;
using NewsBrief.Rendering;
using NewsBrief.Rendering.Html;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Site;

/// <summary>
/// Everything a run builds once before touching any facts: locales, parsed templates, the
/// Markdig pipeline, the renderer and the vocabulary facts files may use.
/// </summary>
public sealed class Workspace
{
    private const string AssetsFolder = "_assets/";

    private Workspace(string root, LocaleCatalog locales, TemplateCatalog templates, BriefRenderer renderer, FactsVocabulary vocabulary,
        IReadOnlyList<(string RelativePath, string Text)> assets, string inputsHash)
    {
        Root = root;
        Locales = locales;
        Templates = templates;
        Renderer = renderer;
        Vocabulary = vocabulary;
        Layouts = new LayoutRenderer(templates);
        Assets = assets;
        InputsHash = inputsHash;
    }

    /// <summary>The folder holding <c>locales/</c> and <c>templates/</c>.</summary>
    public string Root { get; }

    /// <summary>The locales.</summary>
    public LocaleCatalog Locales { get; }

    /// <summary>The parsed templates.</summary>
    public TemplateCatalog Templates { get; }

    /// <summary>The brief renderer.</summary>
    public BriefRenderer Renderer { get; }

    /// <summary>The site's HTML layouts (<c>templates/_layouts/</c>).</summary>
    public LayoutRenderer Layouts { get; }

    /// <summary>Files the site copies as they are: <c>templates/_assets/*</c> (path under <c>_assets/</c>, text).</summary>
    public IReadOnlyList<(string RelativePath, string Text)> Assets { get; }

    /// <summary>SHA-256 (hex) of every locale and template file with its path: a change to any of them changes every page.</summary>
    public string InputsHash { get; }

    /// <summary>What facts files may name.</summary>
    public FactsVocabulary Vocabulary { get; }

    /// <summary>Loads the workspace at <paramref name="root"/>; null when locales or templates have errors.</summary>
    public static Workspace? Load(string root, DiagnosticBag diagnostics)
    {
        var localeFiles = ProjectDirectory.ReadTree(Path.Combine(root, "locales"), "locales/", diagnostics)
            .Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal) && !f.RelativePath.Contains('/', StringComparison.Ordinal))
            .Select(f => (Path: "locales/" + f.RelativePath, f.Text))
            .ToList();
        var locales = LocaleCatalog.Parse(localeFiles, diagnostics);
        var templateFiles = ProjectDirectory.ReadTree(Path.Combine(root, "templates"), "templates/", diagnostics);
        var templates = TemplateCatalog.Parse(templateFiles, "templates/", diagnostics);
        var assets = templateFiles
            .Where(f => f.RelativePath.StartsWith(AssetsFolder, StringComparison.Ordinal))
            .Select(f => (f.RelativePath[AssetsFolder.Length..], f.Text))
            .ToList();
        var inputsHash = ContentHash.Of(localeFiles.Concat(templateFiles.Select(f => (Path: "templates/" + f.RelativePath, f.Text))));
        var renderer = new BriefRenderer(locales, templates, new MarkdownToHtmlConverter());
        renderer.CheckTemplates(["brief"], diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Workspace(root, locales, templates, renderer, FactsVocabularyBuilder.Build(locales), assets, inputsHash);
    }

    /// <summary>Parses one facts file's text; null when it has errors.</summary>
    public FactFile? ParseFacts(string text, string displayPath, DiagnosticBag diagnostics) =>
        FactFileParser.Parse(text, displayPath, Vocabulary, diagnostics);
}
