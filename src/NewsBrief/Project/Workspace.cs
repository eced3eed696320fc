using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Kinds;
using NewsBrief.Localization;
using NewsBrief.Rendering;
using NewsBrief.Rendering.Html;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Project;

/// <summary>
/// Everything a run builds once before touching any facts: locales, parsed templates, the
/// Markdig pipeline, the renderer and the vocabulary facts files may use.
/// </summary>
public sealed partial class Workspace
{
    private const string AssetsFolder = "_assets/";

    private Workspace(WorkspaceFolders folders, LocaleCatalog locales, TemplateCatalog templates, BriefRenderer renderer, FactsVocabulary vocabulary,
        IReadOnlyList<(string RelativePath, string Text)> assets, string inputsHash, IReadOnlyList<string> overriddenTemplates, IReadOnlyList<string> overriddenLocales)
    {
        Folders = folders;
        OverriddenTemplates = overriddenTemplates;
        OverriddenLocales = overriddenLocales;
        Locales = locales;
        Templates = templates;
        Renderer = renderer;
        Vocabulary = vocabulary;
        Layouts = new LayoutRenderer(templates);
        Assets = assets;
        InputsHash = inputsHash;
    }

    /// <summary>Where the locales and templates came from.</summary>
    public WorkspaceFolders Folders { get; }

    /// <summary>Template files (paths under <c>templates/</c>) the project's folder changes: new, or different from the shipped one.</summary>
    public IReadOnlyList<string> OverriddenTemplates { get; }

    /// <summary>Locale files (<c>en.yml</c>) the project's folder changes: new, or laid over a shipped one and different from it.</summary>
    public IReadOnlyList<string> OverriddenLocales { get; }

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

    /// <summary>Loads the workspace of the project at <paramref name="root"/> (over the shipped files); null when locales or templates have errors.</summary>
    public static Workspace? Load(string root, DiagnosticBag diagnostics) => Load(WorkspaceFolders.ForProject(root), diagnostics);

    /// <summary>
    /// Loads the shipped locales and templates with the project's laid over them: a project template
    /// replaces the shipped file of the same path, a project locale file sets only the keys it has
    /// (a new code is a new locale). Null when locales or templates have errors.
    /// </summary>
    public static Workspace? Load(WorkspaceFolders folders, DiagnosticBag diagnostics)
    {
        var shippedLocales = LocaleFiles(folders.ShippedLocales, diagnostics);
        var projectLocales = folders.Locales is null ? [] : LocaleFiles(folders.Locales, diagnostics);
        var localeSources = shippedLocales
            .Where(f => !projectLocales.Any(p => p.RelativePath == f.RelativePath))
            .Select(f => new LocaleSource("locales/" + f.RelativePath, f.Text, null))
            .Concat(projectLocales.Select(p => new LocaleSource("locales/" + p.RelativePath, p.Text,
                shippedLocales.FirstOrDefault(f => f.RelativePath == p.RelativePath).Text)))
            .ToList();
        var locales = LocaleCatalog.Parse(localeSources, diagnostics);

        var shippedTemplates = ProjectDirectory.ReadTree(folders.ShippedTemplates, "templates/", diagnostics);
        var projectTemplates = folders.Templates is null ? [] : ProjectDirectory.ReadTree(folders.Templates, "templates/", diagnostics);
        var projectPaths = projectTemplates.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var templateFiles = shippedTemplates.Where(f => !projectPaths.Contains(f.RelativePath)).Concat(projectTemplates)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var templates = TemplateCatalog.Parse(templateFiles, "templates/", diagnostics);
        var assets = templateFiles
            .Where(f => f.RelativePath.StartsWith(AssetsFolder, StringComparison.Ordinal))
            .Select(f => (f.RelativePath[AssetsFolder.Length..], f.Text))
            .ToList();
        var kindFiles = KindFiles(folders, diagnostics, out var changedKinds);
        var kinds = KindCatalog.Parse(kindFiles, diagnostics);

        // Every input with what it overrides: the shipped text of an overridden locale is part of the result too.
        var inputsHash = ContentHash.Of(localeSources.Select(f => (Path: f.Path, Text: f.ShippedText is null ? f.Text : f.ShippedText + "\0" + f.Text))
            .Concat(templateFiles.Select(f => (Path: "templates/" + f.RelativePath, f.Text)))
            .Concat(kindFiles.Select(f => (Path: KindCatalog.DisplayRoot + f.RelativePath, f.Text))));
        var renderer = new BriefRenderer(locales, templates, new MarkdownToHtmlConverter());
        renderer.CheckTemplates(["brief"], diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // What the project changes: its files that are new or differ from the shipped ones (a project
        // that is a copy of the shipped folders, as this repository is, overrides nothing).
        var shippedTemplateText = shippedTemplates.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        var changedTemplates = projectTemplates.Where(f => !shippedTemplateText.TryGetValue(f.RelativePath, out var text) || text != f.Text)
            .Select(f => f.RelativePath).Order(StringComparer.Ordinal).ToList();
        var changedLocales = projectLocales.Where(p => !shippedLocales.Any(f => f.RelativePath == p.RelativePath && f.Text == p.Text))
            .Select(f => f.RelativePath).ToList();
        var vocabulary = FactsVocabularyBuilder.Build(locales) with { Kinds = kinds.Definitions };
        return new Workspace(folders, locales, templates, renderer, vocabulary, assets, inputsHash, changedTemplates, changedLocales)
        {
            Kinds = kinds,
            Expander = new KindExpander(kinds, locales),
            OverriddenKinds = changedKinds,
        };
    }

    /// <summary>The <c>*.yml</c> files directly in a locales folder.</summary>
    private static List<(string RelativePath, string Text)> LocaleFiles(string folder, DiagnosticBag diagnostics) =>
        ProjectDirectory.ReadTree(folder, "locales/", diagnostics)
            .Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal) && !f.RelativePath.Contains('/', StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// Parses one facts file's text; null when it has errors. A story kind's brief comes back with its
    /// texts written by the kind's templates (where the file writes none of its own).
    /// </summary>
    public FactFile? ParseFacts(string text, string displayPath, DiagnosticBag diagnostics) =>
        FactFileParser.Parse(text, displayPath, Vocabulary, diagnostics) is { } facts ? Expander.Expand(facts, diagnostics) : null;
}
