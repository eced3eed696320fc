using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Rendering.Html;
using NewsBrief.Rendering.Templates;
using Scriban.Syntax;

namespace NewsBrief.Rendering;

/// <summary>
/// Renders one brief in one locale: facts → model (formatted for the locale) → Scriban template →
/// Markdown → Markdig → HTML. Built once per run and shared across threads; each render gets a
/// template context of its own from the locale's pool, with the read-only model on top.
/// </summary>
public sealed class BriefRenderer
{
    private readonly TemplateCatalog templates;
    private readonly MarkdownToHtmlConverter html;
    private readonly Dictionary<string, LocaleFormatter> formatters;
    private readonly Dictionary<string, LocaleTemplateContext.Pool> contexts;
    private readonly ValueMarks marks;

    /// <summary>Binds the renderer to the run's locales and templates.</summary>
    public BriefRenderer(LocaleCatalog locales, TemplateCatalog templates, MarkdownToHtmlConverter html)
    {
        Locales = locales;
        this.templates = templates;
        this.html = html;
        formatters = locales.Locales.ToDictionary(l => l.Code, l => new LocaleFormatter(l), StringComparer.Ordinal);
        // A name's language is written as its locale's BCP 47 tag (the code when a locale has none).
        var languageTags = locales.Locales.ToDictionary(l => l.Code, l => l.Tag.Length > 0 ? l.Tag : l.Code, StringComparer.Ordinal);
        marks = new ValueMarks(SemanticMarks.Time, (code, text) => SemanticMarks.Lang(languageTags.GetValueOrDefault(code, code), text));
        contexts = formatters.ToDictionary(f => f.Key, f => LocaleTemplateContext.BriefPool(f.Value, templates), StringComparer.Ordinal);
    }

    /// <summary>The locales this renderer writes.</summary>
    public LocaleCatalog Locales { get; }

    /// <summary>The formatter of a locale.</summary>
    public LocaleFormatter FormatterFor(string locale) => formatters[locale];

    /// <summary>
    /// Checks that every locale has a brief template for every template family in use;
    /// reports NB2004 for each that does not.
    /// </summary>
    public void CheckTemplates(IEnumerable<string> kinds, DiagnosticBag diagnostics)
    {
        foreach (var kind in kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var locale in Locales.Locales)
            {
                var name = TemplateCatalog.BriefName(locale.Code, kind);
                if (!templates.Contains(name))
                {
                    diagnostics.Add(DiagnosticDescriptors.LocaleMissingTemplate, SourceLocation.StartOf(locale.Path),
                        $"The locale '{locale.Code}' has no template 'templates/{name}.sbn' for briefs of kind '{kind}'. Copy templates/en/{kind}.md.sbn and translate it.");
                }
            }
        }
    }

    /// <summary>Renders <paramref name="facts"/> in <paramref name="locale"/>; null (with diagnostics) on failure.</summary>
    public RenderedBrief? Render(FactFile facts, string locale, DiagnosticBag diagnostics, CancellationToken cancellation = default) =>
        Render(facts, locale, diagnostics, markFigures: false, cancellation);

    /// <summary>
    /// Renders as <see cref="Render(FactFile, string, DiagnosticBag, CancellationToken)"/> does, continuing
    /// from <paramref name="summary"/> (the brief's headline and lede in this locale, rendered for its
    /// summary: <see cref="BriefTexts.Of"/> with <c>summaryOnly</c>) instead of rendering them again.
    /// </summary>
    internal RenderedBrief? Render(FactFile facts, string locale, DiagnosticBag diagnostics, BriefTexts summary) =>
        Render(facts, locale, diagnostics, markFigures: false, CancellationToken.None, summary.Whole());

    /// <summary>
    /// Renders for a review page: the same brief, with every figure wrapped in
    /// <see cref="FigureMarks"/> (name and written text) so the page can highlight it.
    /// <see cref="FigureMarks.Strip"/> of the result is exactly what <see cref="Render(FactFile, string, DiagnosticBag, CancellationToken)"/> writes.
    /// </summary>
    public RenderedBrief? RenderForReview(FactFile facts, string locale, DiagnosticBag diagnostics, CancellationToken cancellation = default) =>
        Render(facts, locale, diagnostics, markFigures: true, cancellation);

    private RenderedBrief? Render(FactFile facts, string locale, DiagnosticBag diagnostics, bool markFigures, CancellationToken cancellation, BriefTexts? texts = null)
    {
        var name = TemplateCatalog.BriefName(locale, facts.Kind);
        if (facts.Data is not null && !templates.Contains(name))
        {
            name = TemplateCatalog.BriefName(locale, "brief"); // a story kind's brief is a brief, unless templates/<locale>/<kind>.md.sbn lays it out
        }

        if (!templates.TryGet(name, out var template))
        {
            diagnostics.Add(DiagnosticDescriptors.LocaleMissingTemplate, SourceLocation.StartOf(facts.Path),
                $"No template 'templates/{name}.sbn' for kind '{facts.Kind}' in locale '{locale}'. Add it, or use a kind that exists (default: brief).");
            return null;
        }

        string markdown;
        var formatter = formatters[locale];
        try
        {
            var model = BriefModelBuilder.Build(facts, formatter, markFigures, marks, texts);
            var pool = contexts[locale];
            var context = pool.Rent(model, cancellation);
            var text = template.Render(context);
            pool.Return(context); // not after an exception: that context is dropped
            markdown = NormalizeNewlines(text);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateRuntime, TemplateCatalog.ToLocation(e.Span, "templates/" + name + ".sbn"),
                $"{TemplateErrorText.Clause(e.OriginalMessage)} (while rendering {facts.Path} in '{locale}'). Fix the template or the name it uses.");
            return null;
        }

        try
        {
            // The HTML reads the semantic marks (dates, a name's language); Markdown has no place for them.
            return new RenderedBrief(facts.Slug, locale, SemanticMarks.Strip(markdown), html.Convert(markdown));
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(DiagnosticDescriptors.MarkdownRejected, SourceLocation.StartOf("templates/" + name + ".sbn"),
                $"{e.Message} Simplify the template's Markdown.");
            return null;
        }
    }

    /// <summary>
    /// One trailing newline, LF only, no trailing white space on any line, no leading or trailing
    /// blank lines and never two blank lines in a row: same bytes on every machine, whatever the
    /// template's own line ends and spacing. One pass into one buffer (it runs for every page).
    /// </summary>
    internal static string NormalizeNewlines(string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = 0;
            var blank = false; // a blank line is pending between the text so far and the next line
            foreach (var range in text.AsSpan().Split('\n'))
            {
                var line = text.AsSpan(range).TrimEnd(); // also drops the '\r' of a CRLF
                if (line.IsEmpty)
                {
                    blank = length > 0;
                    continue;
                }

                if (length > 0)
                {
                    buffer[length++] = '\n';
                    if (blank)
                    {
                        buffer[length++] = '\n';
                    }
                }

                line.CopyTo(buffer.AsSpan(length));
                length += line.Length;
                blank = false;
            }

            buffer[length++] = '\n';
            return new string(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
