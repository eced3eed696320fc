using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A template function with typed parameters, its arguments converted as Scriban converts a
/// delegate's (<see cref="TemplateContext.ToObject{T}(SourceSpan, object)"/>). Scriban's
/// <c>Import(name, Delegate)</c> builds its wrapper from the delegate's method by reflection, which
/// the trimmed native build cannot do (IL2026 "This method uses reflection to create a
/// DynamicCustomFunction from the delegate's method"); these wrappers are plain code.
/// </summary>
internal sealed class TypedFunction : IScriptCustomFunction
{
    private readonly string name;
    private readonly Type[] parameters;
    private readonly Type returnType;
    private readonly Func<TemplateContext, SourceSpan, ScriptArray, object?> body;

    private TypedFunction(string name, Type[] parameters, Type returnType, Func<TemplateContext, SourceSpan, ScriptArray, object?> body)
    {
        this.name = name;
        this.parameters = parameters;
        this.returnType = returnType;
        this.body = body;
    }

    /// <summary>The name templates call it by, for messages ("fmt.money").</summary>
    public string Name => name;

    public int RequiredParameterCount => parameters.Length;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public static TypedFunction Create<TResult>(string name, Func<TResult> f) =>
        new(name, [], typeof(TResult), (_, _, _) => f());

    public static TypedFunction Create<T1, TResult>(string name, Func<TemplateContext, T1, TResult> f) =>
        new(name, [typeof(T1)], typeof(TResult), (c, s, a) => f(c, c.ToObject<T1>(s, a[0])!));

    public static TypedFunction Create<T1, T2, TResult>(string name, Func<TemplateContext, T1, T2, TResult> f) =>
        new(name, [typeof(T1), typeof(T2)], typeof(TResult), (c, s, a) => f(c, c.ToObject<T1>(s, a[0])!, c.ToObject<T2>(s, a[1])!));

    public static TypedFunction Create<T1, T2, T3, TResult>(string name, Func<TemplateContext, T1, T2, T3, TResult> f) =>
        new(name, [typeof(T1), typeof(T2), typeof(T3)], typeof(TResult),
            (c, s, a) => f(c, c.ToObject<T1>(s, a[0])!, c.ToObject<T2>(s, a[1])!, c.ToObject<T3>(s, a[2])!));

    public static TypedFunction Create<T1, T2, T3, T4, TResult>(string name, Func<TemplateContext, T1, T2, T3, T4, TResult> f) =>
        new(name, [typeof(T1), typeof(T2), typeof(T3), typeof(T4)], typeof(TResult),
            (c, s, a) => f(c, c.ToObject<T1>(s, a[0])!, c.ToObject<T2>(s, a[1])!, c.ToObject<T3>(s, a[2])!, c.ToObject<T4>(s, a[3])!));

    public ScriptParameterInfo GetParameterInfo(int index) => new(parameters[index], $"arg{index + 1}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != parameters.Length)
        {
            throw new ScriptRuntimeException(span, $"`{name}` takes {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")}, not {arguments.Count}.");
        }

        try
        {
            return body(context, span, arguments);
        }
        catch (NewsBrief.Formatting.StoryHelperException e)
        {
            // A helper's bad argument is the template's error, at the call (NB4002), with the helper's own fix.
            throw new ScriptRuntimeException(span, $"`{name}`: {e.Message}");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
