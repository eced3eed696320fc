using System.Collections;
using NewsBrief.Facts;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NewsBrief.Kinds;

/// <summary>
/// A kind's <c>data</c> as the template sees it: read-only Scriban objects that report each member
/// read to the run's <see cref="KindTrace"/> (when explaining).
/// </summary>
internal sealed class TracedDataObject(string path, KindTrace? trace) : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (found)
        {
            trace?.Read(path + "." + member);
        }

        return found;
    }

    /// <summary>The template's view of validated data values (<see cref="KindData.Values"/>).</summary>
    public static ScriptObject From(IReadOnlyDictionary<string, object?> values, string path, KindTrace? trace)
    {
        var result = new TracedDataObject(path, trace);
        foreach (var (name, value) in values)
        {
            result.SetValue(name, Convert(value, path + "." + name, trace), readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }

    private static object? Convert(object? value, string path, KindTrace? trace) => value switch
    {
        IReadOnlyDictionary<string, object?> fields => From(fields, path, trace),
        IList list => new ScriptArray(list.Cast<object?>().Select(item => Convert(item, path + "[]", trace))) { IsReadOnly = true },
        _ => value,
    };
}

/// <summary>
/// The writable top scope of a kind template's run: the template's own variables, among them
/// <c>headline</c>, <c>lede</c> and <c>points</c>, with where each text was set.
/// </summary>
internal sealed class KindOutputs(KindTrace? trace) : ScriptObject
{
    public const string Headline = "headline";
    public const string Lede = "lede";
    public const string Points = "points";

    private static readonly IReadOnlyCollection<string> NoFields = [];

    /// <summary>Where <c>headline</c> and <c>lede</c> were last set.</summary>
    public Dictionary<string, TextOrigin> Origins { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each item of <c>points</c> was set, by index.</summary>
    public List<TextOrigin> PointOrigins { get; } = [];

    private List<object?> lastPoints = [];

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (found && member != Points)
        {
            trace?.ReadVariable(member);
        }

        return found;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        var fields = trace?.Assign(member) ?? NoFields;
        if (member is Headline or Lede)
        {
            Origins[member] = new TextOrigin(span, fields);
        }
        else if (member == Points)
        {
            // `points = points | array.add "..."`: the items already there keep their origin.
            var items = value is IEnumerable e and not string ? e.Cast<object?>().ToList() : [];
            for (var i = 0; i < items.Count; i++)
            {
                var same = i < lastPoints.Count && Equals(lastPoints[i], items[i]) && i < PointOrigins.Count;
                if (!same)
                {
                    if (i < PointOrigins.Count)
                    {
                        PointOrigins[i] = new TextOrigin(span, fields);
                    }
                    else
                    {
                        PointOrigins.Add(new TextOrigin(span, fields));
                    }
                }
            }

            PointOrigins.RemoveRange(items.Count, PointOrigins.Count - items.Count);
            lastPoints = items;
        }

        return base.TrySetValue(context, span, member, value, readOnly);
    }
}

/// <summary>
/// <c>vary "key" alternatives</c>: one of the alternatives (a list), or with a count <c>n</c> a number
/// from 0 to n-1, chosen from a stable hash of the brief's slug and the key. Same facts, same choice,
/// on every machine; different briefs spread over the alternatives.
/// </summary>
internal sealed class VaryFunction(string slug) : IScriptCustomFunction
{
    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "alternatives");

    /// <summary>FNV-1a (64 bits) of the UTF-8 of <c>slug</c>, a newline and <c>key</c>: the same on every platform and run.</summary>
    public static ulong Seed(string slug, string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(slug + "\n" + key))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL); // FNV multiplies modulo 2^64
        }

        return hash;
    }

    public object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 2 || arguments[0] is not string key || key.Length == 0)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(span, "`vary` takes a key and the alternatives: `vary \"verb\" words.verbs.cut` (or a count: `vary \"frame\" 3`)");
        }

        var seed = Seed(slug, key);
        switch (arguments[1])
        {
            case IList list when list.Count > 0:
                return list[(int)(seed % (ulong)list.Count)]!;
            case int or long or decimal when context.ToObject<long>(span, arguments[1]) is var n and > 0 and <= 1000:
                return (long)(seed % (ulong)n);
            default:
                throw new Scriban.Syntax.ScriptRuntimeException(span,
                    $"`vary \"{key}\"` needs a non-empty list of alternatives (from `words`, or written `[\"a\", \"b\"]`) or a count from 1 to 1000");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
