using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Serves <c>include "name"</c> from the parsed catalogue only: never from disk, so no include
/// can reach outside <c>templates/</c> (no <c>..</c>, absolute paths or symlinks).
/// </summary>
internal sealed class CatalogTemplateLoader(TemplateCatalog catalog) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TemplateCatalog.IsValidName(templateName) || templateName.Contains("..", StringComparison.Ordinal) || !catalog.Contains(templateName))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                $"No template named '{templateName}'. Includes name a template under templates/ without '.sbn' (for example \"_shared/figures.md\").");
        }

        return templateName;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("Templates are served parsed from the catalogue.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("Templates are served parsed from the catalogue.");
}
