using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// <c>string.slice TEXT START [LENGTH]</c>, Scriban's own function called as plain code. Scriban
/// imports it by reflection and is trimmed away in the native build ("Cannot get member with name
/// slice"), where the story kinds' templates need it; this one is the same in both builds.
/// </summary>
internal sealed class SliceFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 2;

    public int ParameterCount => 3;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => index switch
    {
        0 => new(typeof(string), "text"),
        1 => new(typeof(int), "start"),
        _ => new(typeof(int?), "length", null),
    };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count is < 2 or > 3)
        {
            throw new ScriptRuntimeException(span, $"`string.slice` takes 2 or 3 arguments (text, start, length), not {arguments.Count}.");
        }

        var text = context.ObjectToString(arguments[0]) ?? "";
        var start = context.ToObject<int>(span, arguments[1]);
        int? length = arguments.Count == 3 && arguments[2] is not null ? context.ToObject<int>(span, arguments[2]) : null;
        return Slice(text, start, length);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>
    /// Scriban's own rules, called directly: only the reflection import of it is trimmed, not the
    /// method (a negative start counts from the end; no length takes the rest).
    /// </summary>
    internal static string Slice(string text, int start, int? length) => Scriban.Functions.StringFunctions.Slice(text, start, length);
}
