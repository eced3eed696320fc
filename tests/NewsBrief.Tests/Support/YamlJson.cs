using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Reads YAML into JSON the way an editor's YAML language server does before it applies a JSON
/// Schema: YAML 1.2 core schema (plain <c>294000</c> and <c>2.94e5</c> are numbers, <c>yes</c> is
/// text, quoted scalars are text), aliases expanded. Throws <see cref="YamlLevelException"/> for
/// what the editor reports as a YAML problem before any schema applies: syntax errors, several
/// documents, duplicate keys, non-scalar keys, unknown tags, runaway aliases.
/// </summary>
internal static partial class YamlJson
{
    private const int MaxNodes = 100_000;

    public sealed class YamlLevelException(string message) : Exception(message);

    public static JsonNode? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var count = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null; // empty file
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, ref count);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                throw new YamlLevelException("more than one YAML document");
            }

            return root;
        }
        catch (YamlException e)
        {
            throw new YamlLevelException("YAML syntax: " + e.Message);
        }
    }

    private static JsonNode? ReadNode(IParser parser, Dictionary<string, JsonNode?> anchors, ref int count)
    {
        if (++count > MaxNodes)
        {
            throw new YamlLevelException("too many nodes (alias expansion)");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlLevelException("unknown alias");
            }

            count += CountNodes(target);
            return target?.DeepClone();
        }

        JsonNode? node;
        var start = parser.Current;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            CheckTag(scalar.Tag);
            node = Scalar(scalar);
            Remember(scalar.Anchor, node, anchors);
            return node;
        }

        if (parser.TryConsume<SequenceStart>(out var seq))
        {
            CheckTag(seq.Tag);
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, anchors, ref count));
            }

            Remember(seq.Anchor, array, anchors);
            return array;
        }

        if (parser.TryConsume<MappingStart>(out var map))
        {
            CheckTag(map.Tag);
            var obj = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    throw new YamlLevelException("a key that is not a single word");
                }

                if (key.Value == "<<" && key.Style == ScalarStyle.Plain)
                {
                    throw new YamlLevelException("merge key (YAML 1.1)");
                }

                if (obj.ContainsKey(key.Value))
                {
                    throw new YamlLevelException("duplicate key " + key.Value);
                }

                obj[key.Value] = ReadNode(parser, anchors, ref count);
            }

            Remember(map.Anchor, obj, anchors);
            return obj;
        }

        throw new YamlLevelException("unexpected " + start?.GetType().Name);
    }

    private static void Remember(AnchorName anchor, JsonNode? node, Dictionary<string, JsonNode?> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static int CountNodes(JsonNode? node) => node switch
    {
        JsonObject o => 1 + o.Sum(p => CountNodes(p.Value)),
        JsonArray a => 1 + a.Sum(CountNodes),
        _ => 1,
    };

    // The core schema's standard tags are fine; any other tag is a YAML-level problem the editor flags.
    private static void CheckTag(TagName tag)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && !tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
        {
            throw new YamlLevelException("unknown tag " + tag.Value);
        }
    }

    private static JsonNode? Scalar(Scalar scalar)
    {
        var v = scalar.Value;
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str")
        {
            return JsonValue.Create(v);
        }

        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(v);
        }

        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (v is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (v is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (Octal().IsMatch(v))
        {
            return JsonValue.Create(Convert.ToInt64(v[2..], 8));
        }

        if (Hex().IsMatch(v))
        {
            return JsonValue.Create(Convert.ToInt64(v[2..], 16));
        }

        if (IntOrFloat().IsMatch(v))
        {
            return decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? JsonValue.Create(d)
                : JsonValue.Create(double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        // .inf and .nan are numbers in YAML but have no JSON form: they stay text.
        return JsonValue.Create(v);
    }

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex Octal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex Hex();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex IntOrFloat();
}
