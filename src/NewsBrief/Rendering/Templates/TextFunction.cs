using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A template function of one text argument, called directly. A delegate imported into Scriban
/// (<c>Import("t", Func&lt;...&gt;)</c>) is called through reflection with an argument array per
/// call, and <c>t</c> and <c>html.escape</c> run twenty-odd times per page. The argument is
/// converted to a string as Scriban converts arguments (<see cref="TemplateContext.ObjectToString"/>).
/// </summary>
internal sealed class TextFunction(string name, Func<TemplateContext, string, string?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"`{name}` takes one argument, not {arguments.Count}.");
        }

        var value = arguments[0];
        return body(context, value as string ?? context.ObjectToString(value) ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
