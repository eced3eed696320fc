using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// A located node of the small YAML tree <see cref="FactYamlReader"/> builds from parser events.
/// Only what the mapper needs: shape, position, scalar text and style.
/// </summary>
internal abstract class YamlNode(SourceLocation location)
{
    /// <summary>Where the node starts (1-based line and column).</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>The shape as an editor would name it, for messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar, with its style and the character range it covers in the source.</summary>
internal sealed class YamlScalarNode(SourceLocation location, string value, bool isPlain, int startIndex, int endIndex)
    : YamlNode(location)
{
    public string Value { get; } = value;

    /// <summary>True for a plain (unquoted, non-block) scalar.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>Index of the scalar's first source character (its opening quote, if any).</summary>
    public int StartIndex { get; } = startIndex;

    /// <summary>Index just past the scalar's last source character.</summary>
    public int EndIndex { get; } = endIndex;

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: YAML's way of writing nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"the text `{Value}`";
}

/// <summary>A mapping; keys are scalars, in the order written, without duplicates.</summary>
internal sealed class YamlMappingNode(SourceLocation location) : YamlNode(location)
{
    public List<KeyValuePair<YamlScalarNode, YamlNode>> Entries { get; } = [];

    public override string Describe() => "a mapping of keys";
}

/// <summary>A sequence, in the order written.</summary>
internal sealed class YamlSequenceNode(SourceLocation location) : YamlNode(location)
{
    public List<YamlNode> Items { get; } = [];

    public override string Describe() => "a list";
}

/// <summary>Stands where the reader already reported a problem (an alias); the mapper skips it silently.</summary>
internal sealed class YamlRejectedNode(SourceLocation location) : YamlNode(location)
{
    public override string Describe() => "a rejected node";
}
