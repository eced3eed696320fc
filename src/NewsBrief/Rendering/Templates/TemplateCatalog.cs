using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Every template of the <c>templates/</c> folder, parsed once per run with its path so errors
/// carry it. Templates are named by their path under <c>templates/</c> without <c>.sbn</c>
/// (<c>id/brief.md</c>, <c>_shared/figures.md</c>); includes may name only these.
/// </summary>
public sealed partial class TemplateCatalog
{
    private readonly Dictionary<string, Template> templates;

    private TemplateCatalog(Dictionary<string, Template> templates)
    {
        this.templates = templates;
        All = templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ToList();
        Loader = new CatalogTemplateLoader(this);
    }

    /// <summary>The parser settings: bounded expression depth; numbers in templates are decimals.</summary>
    internal static ParserOptions ParserOptions { get; } = new() { ExpressionDepthLimit = 64, ParseFloatAsDecimal = true };

    /// <summary>Logical names of all templates, ordered.</summary>
    public IEnumerable<string> Names => templates.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every template with its logical name, ordered; built once so contexts need not sort per render.</summary>
    internal IReadOnlyList<(string Name, Template Template)> All { get; }

    /// <summary>The include loader over this catalogue (stateless, shared by every context).</summary>
    internal ITemplateLoader Loader { get; }

    /// <summary>True when a template of that logical name exists.</summary>
    public bool Contains(string name) => templates.ContainsKey(name);

    /// <summary>Gets a parsed template by logical name.</summary>
    public bool TryGet(string name, out Template template) => templates.TryGetValue(name, out template!);

    /// <summary>The brief template for a locale and template family.</summary>
    public static string BriefName(string locale, string kind) => $"{locale}/{kind}.md";

    /// <summary>True when <paramref name="name"/> is an allowed logical template name (no traversal, no absolute paths).</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>
    /// Parses templates given as (path relative to <c>templates/</c> with '/' separators, text).
    /// <paramref name="displayRoot"/> prefixes paths in diagnostics (<c>templates/</c>).
    /// </summary>
    public static TemplateCatalog Parse(IEnumerable<(string RelativePath, string Text)> files, string displayRoot, DiagnosticBag diagnostics)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (relative, text) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var display = displayRoot + relative;
            if (!relative.EndsWith(".sbn", StringComparison.Ordinal))
            {
                continue;
            }

            var name = relative[..^".sbn".Length];
            if (!IsValidName(name))
            {
                diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf(display),
                    $"'{relative}' is not an allowed template name. Use lower-case letters, digits, '_', '-' and '.' in folder and file names.");
                continue;
            }

            var template = Template.Parse(text, display, ParserOptions);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(DiagnosticDescriptors.TemplateSyntax, ToLocation(message.Span, display),
                        $"{message.Message}. Fix the Scriban syntax (see docs/templates.md).");
                }

                continue;
            }

            parsed[name] = template;
        }

        return new TemplateCatalog(parsed);
    }

    /// <summary>Scriban spans are 0-based; diagnostics are 1-based.</summary>
    internal static SourceLocation ToLocation(SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    [GeneratedRegex("^[a-z0-9_][a-z0-9_.-]*(/[a-z0-9_][a-z0-9_.-]*)*$")]
    private static partial Regex NamePattern();
}
