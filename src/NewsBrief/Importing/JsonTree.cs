using System.Text;
using System.Text.Json;

namespace NewsBrief.Importing;

/// <summary>The JSON value kinds a feed can hold.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value with the 1-based line and column where it starts. System.Text.Json's
/// <see cref="JsonDocument"/> keeps no positions, so the feed is read once with
/// <see cref="Utf8JsonReader"/> into this small tree: every diagnostic about a field can then point
/// at the field (<c>autogempa.json:9:20</c>), not only at the file.
/// </summary>
internal sealed class JsonNode(JsonKind kind, int line, int column)
{
    public JsonKind Kind { get; } = kind;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>A string's decoded value, or a number's text exactly as written (<c>5.20</c>, <c>1e3</c>).</summary>
    public string Text { get; init; } = "";

    /// <summary>An object's members in file order (a duplicated name keeps its first value; see <see cref="Get"/>).</summary>
    public IReadOnlyList<(string Name, JsonNode Value, int Line, int Column)> Members { get; init; } = [];

    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonNode> Items { get; init; } = [];

    /// <summary>A member by exact name (JSON names are case-sensitive; BMKG's are capitalised), first one wins.</summary>
    public JsonNode? Get(string name)
    {
        foreach (var m in Members)
        {
            if (string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                return m.Value;
            }
        }

        return null;
    }

    /// <summary>What a value is, in a message (<c>a number</c>, <c>an object</c>).</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the text \"{Shorten(Text)}\"",
        JsonKind.Number => $"the number {Shorten(Text)}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}

/// <summary>A JSON syntax error at a 1-based position, with the reader's message reworded for people.</summary>
internal sealed record JsonSyntaxError(int Line, int Column, string Message);

/// <summary>Reads UTF-8 JSON bytes into a <see cref="JsonNode"/> tree with positions.</summary>
internal static class JsonTreeReader
{
    /// <summary>Nesting limit: feeds are three or four levels deep; this bounds the recursion too.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses the whole buffer. Returns the root, or null with the error's position.</summary>
    public static JsonNode? Read(ReadOnlySpan<byte> utf8, out JsonSyntaxError? error)
    {
        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                error = new JsonSyntaxError(1, 1, "The file holds no JSON value: it is empty or only white space.");
                return null;
            }

            var root = ReadValue(ref reader, lines, utf8);
            if (reader.Read())
            {
                var (line, column) = lines.Position(utf8, (int)reader.TokenStartIndex);
                error = new JsonSyntaxError(line, column, "Text after the end of the JSON value: the file holds more than one value.");
                return null;
            }

            error = null;
            return root;
        }
        catch (UnreadableTextException e)
        {
            error = new JsonSyntaxError(e.Line, e.Column, "This text has an escape that is no character (a lone surrogate such as \\ud800): the file is damaged. Download the feed again.");
            return null;
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are 0-based; the column is counted in characters, as editors show it.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = lines.Column(utf8, line, (int)(e.BytePositionInLine ?? 0));
            error = new JsonSyntaxError(line, column, Reword(e.Message, reader.BytesConsumed >= utf8.Length));
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, LineMap lines, ReadOnlySpan<byte> utf8)
    {
        var (line, column) = lines.Position(utf8, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, JsonNode, int, int)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = lines.Position(utf8, (int)reader.TokenStartIndex);
                    var name = Text(ref reader, nameLine, nameColumn);
                    reader.Read();
                    members.Add((name, ReadValue(ref reader, lines, utf8), nameLine, nameColumn));
                }

                return new JsonNode(JsonKind.Object, line, column) { Members = members };
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, utf8));
                }

                return new JsonNode(JsonKind.Array, line, column) { Items = items };
            case JsonTokenType.String:
                return new JsonNode(JsonKind.String, line, column) { Text = Text(ref reader, line, column) };
            case JsonTokenType.Number:
                return new JsonNode(JsonKind.Number, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonNode(JsonKind.True, line, column);
            case JsonTokenType.False:
                return new JsonNode(JsonKind.False, line, column);
            default:
                return new JsonNode(JsonKind.Null, line, column);
        }
    }

    // A string whose escapes make no text (a lone surrogate, \ud800): the reader throws InvalidOperationException for it.
    private static string Text(ref Utf8JsonReader reader, int line, int column)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new UnreadableTextException(line, column);
        }
    }

    private sealed class UnreadableTextException(int line, int column) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    // The reader's messages name its own internals ("'<' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.");
    // the position is printed in front already, and a cut-off download deserves its own words.
    private static string Reword(string message, bool atEnd)
    {
        if (atEnd || message.Contains("end of data", StringComparison.OrdinalIgnoreCase) || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase))
        {
            return "The JSON ends too early: the file is cut off (an interrupted download?). Download the feed again.";
        }

        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim();
        return $"Not valid JSON here: {text} Download the feed again; if it stays broken, the agency's server is sending it so.";
    }

    /// <summary>Byte offsets of line starts, so a token's byte index becomes a 1-based line and character column.</summary>
    private sealed class LineMap
    {
        private readonly List<int> starts = [0];

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int offset)
        {
            var index = starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, Characters(utf8, starts[line], offset) + 1);
        }

        public int Column(ReadOnlySpan<byte> utf8, int line, int bytesInLine)
        {
            if (line < 1 || line > starts.Count)
            {
                return 1;
            }

            var start = starts[line - 1];
            return Characters(utf8, start, Math.Min(utf8.Length, start + bytesInLine)) + 1;
        }

        // Characters (UTF-16 units, as the excerpt printer counts them) between two byte offsets of valid UTF-8.
        private static int Characters(ReadOnlySpan<byte> utf8, int from, int to)
        {
            var count = 0;
            for (var i = from; i < to; i++)
            {
                var b = utf8[i];
                if ((b & 0xC0) != 0x80)
                {
                    count += b >= 0xF0 ? 2 : 1;
                }
            }

            return count;
        }
    }
}
