using System.Collections;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Rendering.Templates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Kinds;

/// <summary>
/// Writes a story kind's texts: runs the kind's template once per locale with <c>data</c>,
/// <c>words</c>, <c>slug</c>, <c>locale</c>, <c>vary</c> and the <c>fmt</c> helpers, reads back the
/// <c>headline</c>, <c>lede</c> and <c>points</c> it set, and returns the facts with those texts
/// where the file wrote none of its own. Everything downstream (figure checks, the brief template,
/// the site) then treats them as any text. Built once per run; thread-safe.
/// </summary>
public sealed partial class KindExpander
{
    private readonly KindCatalog kinds;
    private readonly LocaleCatalog locales;
    private readonly Dictionary<string, LocaleTemplateContext.Pool> pools = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Locale), ScriptObject> words = [];

    /// <summary>Prepares a context pool per locale and each kind's words per locale, once.</summary>
    public KindExpander(KindCatalog kinds, LocaleCatalog locales)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(locales);
        this.kinds = kinds;
        this.locales = locales;
        var functions = new TemplateFunctions { IsReadOnly = true };
        foreach (var locale in locales.Locales)
        {
            pools[locale.Code] = new LocaleTemplateContext.Pool(new LocaleFormatter(locale), kinds.Templates, functions);
            foreach (var kind in kinds.Definitions.Keys)
            {
                words[(kind, locale.Code)] = locale.Kinds.TryGetValue(kind, out var tree) && tree is IReadOnlyDictionary<string, object> map
                    ? (ScriptObject)Frozen(map)
                    : new ScriptObject { IsReadOnly = true };
            }
        }
    }

    /// <summary>
    /// The facts with the kind's texts filled in (unchanged for a free brief); null when a template
    /// failed or wrote something unusable (reported). With <paramref name="explain"/>, each text's origin is added to it.
    /// </summary>
    public FactFile? Expand(FactFile facts, DiagnosticBag diagnostics, List<KindTextExplanation>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (facts.Data is not { } data)
        {
            return facts;
        }

        var headlines = new Dictionary<string, LocatedText>(facts.Headline.ByLocale, StringComparer.Ordinal);
        var ledes = new Dictionary<string, LocatedText>(facts.Lede.ByLocale, StringComparer.Ordinal);
        var points = new Dictionary<string, List<LocatedText>>(StringComparer.Ordinal);
        var ok = true;
        foreach (var locale in locales.Locales.Select(l => l.Code))
        {
            var written = facts.Points.Select(p => p.For(locale)).OfType<LocatedText>().ToList();
            var generated = Generate(facts, data, locale, diagnostics, explain is not null);
            if (generated is null)
            {
                ok = false;
                continue;
            }

            var (headline, lede, items) = generated.Value;
            Take(headlines, locale, "headline", headline);
            Take(ledes, locale, "lede", lede);
            points[locale] = written.Count > 0 ? written : items.Select(i => new LocatedText(i.Text, i.Location) { GeneratedBy = i.Location.Path }).ToList();
            if (explain is not null)
            {
                var pointExplanations = written.Count > 0
                    ? written.Select((p, i) => new KindTextExplanation(locale, $"point {i + 1}", p.Text, p.Location, [], Overridden: true))
                    : items.Select((p, i) => p with { What = $"point {i + 1}" });
                explain.AddRange(pointExplanations);
            }

            void Take(Dictionary<string, LocatedText> texts, string code, string what, KindTextExplanation made)
            {
                var overridden = texts.TryGetValue(code, out var own);
                if (!overridden)
                {
                    texts[code] = new LocatedText(made.Text, made.Location) { GeneratedBy = made.Location.Path };
                }

                explain?.Add(overridden ? new KindTextExplanation(code, what, own!.Text, own.Location, [], Overridden: true) : made);
            }
        }

        if (!ok)
        {
            return null;
        }

        var count = points.Values.Select(p => p.Count).DefaultIfEmpty(0).Max();
        var merged = Enumerable.Range(0, count).Select(i => new LocalizedText(
            points.Where(p => i < p.Value.Count).ToDictionary(p => p.Key, p => p.Value[i], StringComparer.Ordinal),
            points.Values.Where(p => i < p.Count).Select(p => p[i].Location).First())).ToList();
        return facts with
        {
            Headline = facts.Headline with { ByLocale = headlines },
            Lede = facts.Lede with { ByLocale = ledes },
            Points = merged,
        };
    }

    /// <summary>Runs the kind's template of <paramref name="locale"/>; null on a reported failure.</summary>
    private (KindTextExplanation Headline, KindTextExplanation Lede, List<KindTextExplanation> Points)? Generate(
        FactFile facts, KindData data, string locale, DiagnosticBag diagnostics, bool trace)
    {
        var kind = data.Definition.Name;
        var name = KindCatalog.TemplateName(kind, locale);
        var path = KindCatalog.DisplayRoot + name + ".sbn";
        if (!kinds.Templates.TryGet(name, out var template))
        {
            diagnostics.Add(DiagnosticDescriptors.KindFileMissing, SourceLocation.StartOf(path),
                $"The kind `{kind}` has no text template for `{locale}`; add `{path}` (docs/kinds.md).");
            return null;
        }

        var tracer = trace ? new KindTrace() : null;
        var model = new ScriptObject
        {
            ["data"] = TracedDataObject.From(data.Values, "data", tracer),
            ["words"] = words[(kind, locale)],
            ["slug"] = facts.Slug,
            ["locale"] = locale,
            ["vary"] = new VaryFunction(facts.Slug),
        };
        var outputs = new KindOutputs(tracer);
        var pool = pools[locale];
        var context = pool.Rent(model, CancellationToken.None);
        try
        {
            context.PushGlobal(outputs);
            template.Render(context);
            context.PopGlobal();
            pool.Return(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(DiagnosticDescriptors.KindTemplateRuntime, TemplateCatalog.ToLocation(e.Span, path),
                $"{TemplateErrorText.Clause(e.OriginalMessage)} (while writing {facts.Path} in '{locale}'). Fix the kind's template, or the data it reads.");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException or DivideByZeroException)
        {
            diagnostics.Add(DiagnosticDescriptors.KindTemplateRuntime, TemplateCatalog.ToLocation(context.CurrentSpan, path),
                $"{TemplateErrorText.Clause(e.Message)} (while writing {facts.Path} in '{locale}'). Fix the kind's template.");
            return null;
        }

        var before = diagnostics.Count;
        var headline = Text(outputs, KindOutputs.Headline, path, facts, locale, diagnostics);
        var lede = Text(outputs, KindOutputs.Lede, path, facts, locale, diagnostics);
        var points = Points(outputs, path, facts, locale, diagnostics);
        return diagnostics.Count > before || headline is null || lede is null || points is null ? null : (headline, lede, points);
    }

    private static KindTextExplanation? Text(KindOutputs outputs, string what, string path, FactFile facts, string locale, DiagnosticBag diagnostics)
    {
        outputs.TryGetValue(what, out var value);
        var origin = outputs.Origins.GetValueOrDefault(what);
        var at = origin is null ? SourceLocation.StartOf(path) : TemplateCatalog.ToLocation(origin.Span, path);
        if (value is not string text || Plain(text).Trim().Length == 0)
        {
            var found = value switch
            {
                null => "never sets it",
                string => "sets it to an empty text",
                _ => $"sets it to {value.GetType().Name.ToLowerInvariant()} rather than text",
            };
            diagnostics.Add(DiagnosticDescriptors.KindTemplateOutput, at,
                $"The template {found}: a kind's template must set `{what}` to a text, e.g. `{what} = \"...\"` (while writing {facts.Path} in '{locale}').");
            return null;
        }

        return Made(facts, locale, what, Plain(text), at, path, origin, diagnostics);
    }

    private static List<KindTextExplanation>? Points(KindOutputs outputs, string path, FactFile facts, string locale, DiagnosticBag diagnostics)
    {
        if (!outputs.TryGetValue(KindOutputs.Points, out var value) || value is null)
        {
            return [];
        }

        var origin = outputs.PointOrigins.FirstOrDefault();
        if (value is string || value is not IList items)
        {
            diagnostics.Add(DiagnosticDescriptors.KindTemplateOutput, origin is null ? SourceLocation.StartOf(path) : TemplateCatalog.ToLocation(origin.Span, path),
                $"`points` must be a list of texts, e.g. `points = [\"...\", \"...\"]` or `points = points | array.add \"...\"` (while writing {facts.Path} in '{locale}').");
            return null;
        }

        var result = new List<KindTextExplanation>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemOrigin = i < outputs.PointOrigins.Count ? outputs.PointOrigins[i] : origin;
            var at = itemOrigin is null ? SourceLocation.StartOf(path) : TemplateCatalog.ToLocation(itemOrigin.Span, path);
            if (items[i] is not string text || Plain(text).Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.KindTemplateOutput, at,
                    $"Point {i + 1} is {(items[i] is string ? "an empty text" : "not a text")}: every item of `points` must be a text (while writing {facts.Path} in '{locale}'). Leave out a point with nothing to say.");
                return null;
            }

            if (Made(facts, locale, "point", Plain(text), at, path, itemOrigin, diagnostics) is { } made)
            {
                result.Add(made);
            }
        }

        return result;
    }

    /// <summary>A generated text, its placeholders checked against the file's figures (NB4006).</summary>
    private static KindTextExplanation? Made(FactFile facts, string locale, string what, string text, SourceLocation at, string path, TextOrigin? origin, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (Match m in Braces().Matches(text))
        {
            var placeholder = PlaceholderShape().Match(m.Value);
            var problem = !placeholder.Success ? $"`{m.Value}` is not a placeholder: a generated text writes a figure as `{{name}}` and no other braces"
                : facts.FindFigure(placeholder.Groups[1].Value) is not { } figure ? $"`{m.Value}` names no figure of this brief.{KeySuggester.DidYouMean(placeholder.Groups[1].Value, facts.Figures.Select(f => f.Name).ToList())} The figures are {string.Join(", ", facts.Figures.Select(f => f.Name))}"
                : placeholder.Groups[2].Success && PlaceholderForms.Misfit(placeholder.Groups[2].Value, figure) is { } misfit ? $"`{m.Value}`: {misfit.Replace("NAME", figure.Name, StringComparison.Ordinal)}"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.KindTemplatePlaceholder, at,
                    $"{problem} (the {what} the template wrote for {facts.Path} in '{locale}'). Fix the kind's template, or its `figures:` in kind.yml.");
                ok = false;
            }
        }

        var fields = origin?.Fields.Order(StringComparer.Ordinal).ToList() ?? [];
        return ok ? new KindTextExplanation(locale, what, text, at, fields, Overridden: false) : null;
    }
}
