using System.Collections;
using NewsBrief.Diagnostics;
using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Renders the site's HTML layouts (<c>templates/_layouts/*.html.sbn</c>) with the same safe
/// context as briefs. Layouts see a read-only model of plain strings, booleans and lists (the
/// caller's dictionaries, converted), and one function, <c>t "key"</c>, which returns the locale's
/// UI string as plain text: layouts pass every text through <c>html.escape</c> and insert only the
/// converted brief fragment and the pre-serialized JSON-LD raw.
/// </summary>
public sealed class LayoutRenderer
{
    /// <summary>The layouts a site needs, by logical name.</summary>
    public static readonly IReadOnlyList<string> Required = ["_layouts/chooser.html", "_layouts/index.html", "_layouts/page.html"];

    private static readonly Lazy<ScriptObject> Functions = new(CreateFunctions, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TemplateCatalog templates;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<LocaleFormatter, LocaleTemplateContext.Pool> contexts = new();

    // A broken layout fails on every page: report each distinct failure once, not once per page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> reported = new(StringComparer.Ordinal);

    /// <summary>Binds the renderer to the run's templates.</summary>
    public LayoutRenderer(TemplateCatalog templates) => this.templates = templates;

    /// <summary>Reports NB4003 for each required layout the templates folder lacks.</summary>
    public void Check(DiagnosticBag diagnostics)
    {
        foreach (var name in Required.Where(n => !templates.Contains(n)))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf("templates/" + name + ".sbn"),
                $"The site needs the layout 'templates/{name}.sbn'. Copy it from the templates shipped with NewsBrief.");
        }
    }

    /// <summary>
    /// Renders <paramref name="layout"/> for the locale of <paramref name="formatter"/>; null (with
    /// a diagnostic, once per distinct failure) when the layout fails.
    /// </summary>
    public string? Render(string layout, LocaleFormatter formatter, IReadOnlyDictionary<string, object?> model, DiagnosticBag diagnostics)
    {
        if (!templates.TryGet(layout, out var template))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf("templates/" + layout + ".sbn"),
                $"No layout 'templates/{layout}.sbn'. Copy it from the templates shipped with NewsBrief.");
            return null;
        }

        try
        {
            var pool = contexts.GetOrAdd(formatter, f => new LocaleTemplateContext.Pool(f, templates, Functions.Value, context =>
            {
                // An index lists every brief: its loop and output grow with the site, not with the template.
                context.LoopLimit = 10_000_000;
                context.OutputLimit = 512 * 1024 * 1024;
                // A page holds the brief's whole HTML, and html.escape of its texts, as single strings:
                // a facts text may be 256 Ki characters and every & in it becomes &amp; (5 times as long).
                context.LimitToString = 64 * 1024 * 1024;
            }));
            var context = pool.Rent(ToScript(model), CancellationToken.None);
            var page = template.Render(context);
            pool.Return(context); // not after an exception: that context is dropped
            return page;
        }
        catch (ScriptRuntimeException e)
        {
            var location = TemplateCatalog.ToLocation(e.Span, "templates/" + layout + ".sbn");
            if (!reported.TryAdd($"{location} {e.OriginalMessage}", 0))
            {
                return null;
            }

            diagnostics.Add(DiagnosticDescriptors.TemplateRuntime, location,
                $"{TemplateErrorText.Clause(e.OriginalMessage)}. Fix the layout or the name it uses (it fails on every page that uses it; reported once).");
            return null;
        }
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new TextFunction("t", (context, key) =>
        {
            var locale = ((LocaleTemplateContext)context).Formatter.Locale;
            return locale.Ui.TryGetValue(key, out var text)
                ? text
                : throw new ScriptRuntimeException(context.CurrentSpan,
                    $"The locale '{locale.Code}' has no UI string '{key}'. Add 'ui: {{ {key}: ... }}' to {locale.Path}.");
        }), readOnly: false);
        functions.IsReadOnly = true;
        return functions;
    }

    private static ScriptObject ToScript(IReadOnlyDictionary<string, object?> values)
    {
        var o = new ScriptObject(values.Count);
        foreach (var (key, value) in values)
        {
            o[key] = Convert(value);
        }

        o.IsReadOnly = true;
        return o;
    }

    private static object? Convert(object? value) => value switch
    {
        null or string or bool or int => value,
        ScriptObject { IsReadOnly: true } or ScriptArray { IsReadOnly: true } => value, // built for the layout already (a list page's items)
        IReadOnlyDictionary<string, object?> map => ToScript(map),
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(Convert)) { IsReadOnly = true },
        _ => throw new ArgumentException($"Layouts see strings, booleans, numbers, maps, lists and read-only Scriban objects, not {value.GetType().Name}.", nameof(value)),
    };
}
