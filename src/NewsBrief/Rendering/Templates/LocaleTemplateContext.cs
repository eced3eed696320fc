using NewsBrief.Facts;
using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A Scriban context bound to one locale, with the safe settings: strict variables, no relaxed
/// access, limits that throw instead of truncating, no <c>eval</c>, no wall clock, includes only
/// from the catalogue. The builtins and the functions are built once and shared read-only. A
/// <see cref="Pool"/> hands out contexts for one render each and takes back only those whose
/// render finished cleanly, so a build does not construct two contexts per page.
/// </summary>
public sealed class LocaleTemplateContext : TemplateContext
{
    private static readonly DateTime NoClock = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Built once per process, then frozen: every context reads them, none can change them.
    private static readonly Lazy<ScriptObject> SharedBuiltins = new(CreateBuiltins, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ScriptObject> BriefFunctions = new(() => new TemplateFunctions { IsReadOnly = true }, LazyThreadSafetyMode.ExecutionAndPublication);

    private LocaleTemplateContext(LocaleFormatter formatter, ScriptObject builtins)
        : base(builtins) => Formatter = formatter;

    /// <summary>The formatters of the locale this context renders; template functions read it.</summary>
    public LocaleFormatter Formatter { get; }

    /// <summary>Creates a fresh context for one render of a brief template's <paramref name="model"/> in one locale.</summary>
    public static LocaleTemplateContext Create(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject model, CancellationToken cancellation) =>
        Create(formatter, catalog, BriefFunctions.Value, model, cancellation);

    /// <summary>Creates a fresh context with the given (read-only) functions object; layouts use their own functions.</summary>
    /// <summary>The longest string a brief template may build (Scriban's <c>LimitToString</c>); see where it is set.</summary>
    internal const int StringLimit = 8 * 1024 * 1024;

    internal static LocaleTemplateContext Create(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject functions, ScriptObject model, CancellationToken cancellation)
    {
        var context = CreateEmpty(formatter, catalog, functions);
        context.CancellationToken = cancellation;
        model.IsReadOnly = true;
        context.PushGlobal(model);
        return context;
    }

    /// <summary>A pool of contexts for the brief templates of one locale.</summary>
    internal static Pool BriefPool(LocaleFormatter formatter, TemplateCatalog catalog) => new(formatter, catalog, BriefFunctions.Value);

    /// <summary>A context with the builtins and <paramref name="functions"/> but no model yet.</summary>
    private static LocaleTemplateContext CreateEmpty(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject functions)
    {
        var context = new LocaleTemplateContext(formatter, SharedBuiltins.Value)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableNullIndexer = false,
            ErrorForStatementFunctionAsExpression = true,
            LoopLimit = FactFileMapper.MaxListItems, // the same bound as the facts parser's lists: an accepted file never stops a loop
            RecursiveLimit = 20,
            ObjectRecursionLimit = 20,
            // A facts file is at most 256 KiB, but its placeholders expand: `{c} ` (4 characters) can
            // write `sekitar Rp4,87 miliar (US$294.000) ` (35), so one text may become about 9 times
            // longer. These bounds sit above what any accepted file can produce (a lede of 62,500
            // placeholders once ended check with NB4002 pointing into the template) and still stop a
            // runaway template.
            LimitToString = StringLimit,
            OutputLimit = 32 * 1024 * 1024,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = catalog.Loader,
            TemplateLoaderParserOptions = TemplateCatalog.ParserOptions,
            NewLine = "\n",
            MemberFilter = _ => false,
        };

        // Includes are served parsed from the catalogue: nothing is read from disk while rendering.
        foreach (var (name, template) in catalog.All)
        {
            context.CachedTemplates[name] = template;
        }

        context.PushGlobal(functions);
        return context;
    }

    /// <summary>
    /// Contexts of one locale, catalogue and set of functions, for one render at a time each
    /// (thread-safe). Constructing a Scriban context costs more than rendering a short brief with it
    /// (its stacks, dictionaries and output builder; 20 KB each); a returned context keeps them, and
    /// Scriban empties every scope it pops. What a render may change is pushed and popped around it:
    /// the model (read-only) with its local scope, loops, includes and the output, which
    /// <c>Template.Render</c> takes and empties. A render that threw is never returned: its stacks
    /// may be unbalanced, so the next render gets a new context.
    /// </summary>
    internal sealed class Pool(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject functions, Action<LocaleTemplateContext>? configure = null)
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<LocaleTemplateContext> idle = [];

        /// <summary>A context with <paramref name="model"/> (made read-only) on top, for one render.</summary>
        public LocaleTemplateContext Rent(ScriptObject model, CancellationToken cancellation)
        {
            if (!idle.TryTake(out var context))
            {
                context = CreateEmpty(formatter, catalog, functions);
                configure?.Invoke(context);
            }

            context.CancellationToken = cancellation;
            model.IsReadOnly = true;
            context.PushGlobal(model);
            context.model = model;
            return context;
        }

        /// <summary>Takes back a context whose render returned normally; anything else is dropped.</summary>
        public void Return(LocaleTemplateContext context)
        {
            var model = context.model;
            context.model = null;
            context.CancellationToken = CancellationToken.None;
            if (model is not null && ReferenceEquals(context.CurrentGlobal, model) && ReferenceEquals(context.PopGlobal(), model)
                && ReferenceEquals(context.CurrentGlobal, functions) && context.Output?.ToString()?.Length == 0)
            {
                idle.Add(context);
            }
        }
    }

    private ScriptObject? model;

    /// <summary><c>html.escape</c>: WebUtility.HtmlEncode (as Scriban's), refusing a result over <see cref="TemplateContext.LimitToString"/>.</summary>
    internal static string? HtmlEscape(TemplateContext context, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var escaped = System.Net.WebUtility.HtmlEncode(text);
        if (context.LimitToString > 0 && escaped.Length > context.LimitToString)
        {
            throw new InvalidOperationException($"The resulting string length exceeds the configured LimitToString `{context.LimitToString}`.");
        }

        return escaped;
    }

    /// <summary>
    /// Scriban's builtins without <c>object.eval</c>/<c>eval_template</c> and with a fixed
    /// <c>date.now</c>, frozen (every nested function object too) so contexts can share them.
    /// </summary>
    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        var objectFunctions = (ScriptObject)builtins["object"]!;
        objectFunctions.Remove("eval");
        objectFunctions.Remove("eval_template");

        // Same input, same bytes: the wall clock is not available to templates.
        var date = (ScriptObject)builtins["date"]!;
        date.Remove("now");
        date.SetValue("now", TypedFunction.Create("date.now", () => NoClock), readOnly: false);

        // html.escape runs four or five times per entry of an index of every brief: Scriban's writes
        // each text through a new StringWriter. This one returns the text itself when nothing needs
        // escaping and is otherwise WebUtility.HtmlEncode too, so the output is the same (tested
        // against Scriban's on generated texts), with the same string limit.
        // string.slice is imported by Scriban through reflection the native build trims away; the
        // story kinds' templates use it, so both builds get this plain-code one.
        var text = (ScriptObject)builtins["string"]!;
        text.Remove("slice");
        text.SetValue("slice", new SliceFunction(), readOnly: false);

        var html = (ScriptObject)builtins["html"]!;
        html.Remove("escape");
        html.SetValue("escape", new TextFunction("html.escape", HtmlEscape), readOnly: true);

        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject nested)
            {
                nested.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
