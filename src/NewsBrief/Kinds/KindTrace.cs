using Scriban.Parsing;

namespace NewsBrief.Kinds;

/// <summary>
/// What one run of a kind template read, for <c>render --explain</c>: a light taint tracking. Reads of
/// <c>data</c> fields collect in a bucket; an assignment takes the bucket as what its variable
/// depends on, and a later read of that variable brings those fields back into the bucket. So
/// <c>headline</c> lists the fields read on its own line and through the variables it uses.
/// </summary>
internal sealed class KindTrace
{
    private readonly Dictionary<string, HashSet<string>> variables = new(StringComparer.Ordinal);
    private HashSet<string> bucket = new(StringComparer.Ordinal);

    /// <summary>A data field was read (<c>data.rate</c>, <c>data.history[].rate</c>).</summary>
    public void Read(string path) => bucket.Add(path);

    /// <summary>A variable was read: what it was made from counts for the next assignment.</summary>
    public void ReadVariable(string name)
    {
        if (variables.TryGetValue(name, out var fields))
        {
            bucket.UnionWith(fields);
        }
    }

    /// <summary>A variable was assigned: it depends on what was read since the last assignment.</summary>
    public HashSet<string> Assign(string name)
    {
        var fields = bucket;
        bucket = new HashSet<string>(StringComparer.Ordinal);
        variables[name] = fields;
        return fields;
    }
}

/// <summary>Where a kind template set a text, and (when traced) the data fields behind it.</summary>
internal sealed record TextOrigin(SourceSpan Span, IReadOnlyCollection<string> Fields);
