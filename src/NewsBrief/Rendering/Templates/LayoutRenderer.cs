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
                $"{e.OriginalMessage}. Fix the layout or the name it uses (it fails on every page that uses it; reported once).");
            return null;
        }
    }

    /// <summary>
    /// Renders <paramref name="layout"/> straight into <paramref name="writer"/> (a page too large to
    /// hold: an index of every brief); the model may hold <see cref="LayoutItems"/>, read as the loop
    /// reaches them. The output limit grows with the items (<paramref name="outputLimit"/>). False
    /// (with a diagnostic, once per distinct failure) when the layout fails; the writer then holds part of a page.
    /// </summary>
    public bool RenderTo(string layout, LocaleFormatter formatter, IReadOnlyDictionary<string, object?> model, TextWriter writer, long outputLimit, DiagnosticBag diagnostics)
    {
        if (!templates.TryGet(layout, out var template))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf("templates/" + layout + ".sbn"),
                $"No layout 'templates/{layout}.sbn'. Copy it from the templates shipped with NewsBrief.");
            return false;
        }

        try
        {
            // A context of its own, never pooled: its output is the writer, and its limit this page's.
            var pool = new LocaleTemplateContext.Pool(formatter, templates, Functions.Value, context =>
            {
                context.LoopLimit = int.MaxValue;
                context.OutputLimit = (int)Math.Min(int.MaxValue, outputLimit);
                context.LimitToString = 64 * 1024 * 1024;
            });
            var context = pool.Rent(ToScript(model), CancellationToken.None);
            context.PushOutput(new TextWriterOutput(writer));
            template.Render(context);
            context.PopOutput();
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            var location = TemplateCatalog.ToLocation(e.Span, "templates/" + layout + ".sbn");
            if (reported.TryAdd($"{location} {e.OriginalMessage}", 0))
            {
                diagnostics.Add(DiagnosticDescriptors.TemplateRuntime, location,
                    $"{e.OriginalMessage}. Fix the layout or the name it uses (it fails on every page that uses it; reported once).");
            }

            return false;
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

    /// <summary>A layout's view of <see cref="LayoutItems"/>: read-only maps, made as the loop asks for them.</summary>
    private sealed class LazyScriptList(LayoutItems items) : IEnumerable
    {
        public IEnumerator GetEnumerator() => items.Items.Select(ToScript).GetEnumerator();
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
        IReadOnlyDictionary<string, object?> map => ToScript(map),
        LayoutItems items => new LazyScriptList(items),
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(Convert)) { IsReadOnly = true },
        _ => throw new ArgumentException($"Layouts see strings, booleans, numbers, maps and lists, not {value.GetType().Name}.", nameof(value)),
    };
}

/// <summary>
/// A list a layout loops over that is read item by item as the loop reaches it, never held whole
/// (an index page of every brief of the archive). Each item is a map of strings, as any model map.
/// </summary>
public sealed class LayoutItems(IEnumerable<IReadOnlyDictionary<string, object?>> items)
{
    internal IEnumerable<IReadOnlyDictionary<string, object?>> Items { get; } = items;
}
