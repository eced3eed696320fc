using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A Scriban context bound to one locale, with the safe settings: strict variables, no relaxed
/// access, limits that throw instead of truncating, no <c>eval</c>, no wall clock, includes only
/// from the catalogue. One is created per render and never reused; creating one is cheap because
/// the builtins and the functions are built once and shared read-only.
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
    internal static LocaleTemplateContext Create(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject functions, ScriptObject model, CancellationToken cancellation)
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
            LoopLimit = 1000,
            RecursiveLimit = 20,
            ObjectRecursionLimit = 20,
            LimitToString = 262_144,
            OutputLimit = 1_048_576,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = cancellation,
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
        model.IsReadOnly = true;
        context.PushGlobal(model);
        return context;
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
        date.Import("now", new Func<DateTime>(() => NoClock));

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
