using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A Scriban context bound to one locale, with the safe settings: strict variables, no relaxed
/// access, limits that throw instead of truncating, no <c>eval</c>, no wall clock, includes only
/// from the catalogue. One is created per render and never reused.
/// </summary>
public sealed class LocaleTemplateContext : TemplateContext
{
    private static readonly DateTime NoClock = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private LocaleTemplateContext(LocaleFormatter formatter) => Formatter = formatter;

    /// <summary>The formatters of the locale this context renders; template functions read it.</summary>
    public LocaleFormatter Formatter { get; }

    /// <summary>Creates a fresh context for one render of <paramref name="model"/> in one locale.</summary>
    public static LocaleTemplateContext Create(LocaleFormatter formatter, TemplateCatalog catalog, ScriptObject model, CancellationToken cancellation)
    {
        var context = new LocaleTemplateContext(formatter)
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
            TemplateLoader = new CatalogTemplateLoader(catalog),
            TemplateLoaderParserOptions = TemplateCatalog.ParserOptions,
            NewLine = "\n",
            MemberFilter = _ => false,
        };

        // Includes are served parsed from the catalogue: nothing is read from disk while rendering.
        foreach (var name in catalog.Names)
        {
            if (catalog.TryGet(name, out var template))
            {
                context.CachedTemplates[name] = template;
            }
        }

        var objectFunctions = (ScriptObject)context.BuiltinObject["object"]!;
        objectFunctions.Remove("eval");
        objectFunctions.Remove("eval_template");

        // Same input, same bytes: the wall clock is not available to templates.
        var date = (ScriptObject)context.BuiltinObject["date"]!;
        date.Remove("now");
        date.Import("now", new Func<DateTime>(() => NoClock));

        var functions = new TemplateFunctions();
        functions.IsReadOnly = true;
        context.PushGlobal(functions);

        model.IsReadOnly = true;
        context.PushGlobal(model);
        return context;
    }
}
