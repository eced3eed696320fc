using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Importing;

/// <summary>A YAML node of a brief the importer wrote earlier, with its 1-based position.</summary>
internal sealed class OutlineNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>A scalar's value; null for a mapping or list.</summary>
    public string? Scalar { get; init; }

    public List<(string Key, OutlineNode Value)> Entries { get; } = [];

    public List<OutlineNode> Items { get; } = [];

    public bool IsMapping { get; init; }

    public bool IsSequence { get; init; }

    public OutlineNode? Get(string key) => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value;
}

/// <summary>A top-level key's lines: from the key's line to the last line of its value (1-based, inclusive).</summary>
internal sealed record KeySpan(string Key, int FirstLine, int LastLine, OutlineNode Value);

/// <summary>
/// The outline of a facts file: its top-level keys, the lines each one's value takes, and a small
/// tree of the values. Read in one pass over YamlDotNet's event parser (never the representation
/// model, which recurses), with a depth limit. The importer rewrites only the lines of the keys it
/// owns and leaves every other byte of the editor's file as it is.
/// </summary>
internal static class BriefOutline
{
    public const int MaxDepth = 32;

    /// <summary>Reads <paramref name="text"/>; null with a 1-based position and message when it is not a block mapping it can edit.</summary>
    public static IReadOnlyList<KeySpan>? Read(string text, out (int Line, int Column, string Message)? problem)
    {
        problem = null;
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<(OutlineNode Node, string? PendingKey, int Depth)>();
        var spans = new List<KeySpan>();
        OutlineNode? root = null;
        string? topKey = null;
        var topKeyLine = 0;
        var lastLine = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart when root is not null:
                        problem = ((int)current.Start.Line, (int)current.Start.Column, "A second YAML document: a brief holds one.");
                        return null;
                    case AnchorAlias:
                        problem = ((int)current.Start.Line, (int)current.Start.Column, "An alias: write the value out.");
                        return null;
                    case Scalar scalar:
                        if (stack.Count == 0)
                        {
                            problem = (1, 1, "The file is a single value, not a mapping of keys.");
                            return null;
                        }

                        if (stack.Count == 1 && stack.Peek().PendingKey is null)
                        {
                            // A top-level key: the span of the previous one ends with its value's last line.
                            Close(spans, root!, ref topKey, topKeyLine, lastLine);
                            if (scalar.Start.Column != 1)
                            {
                                problem = ((int)scalar.Start.Line, (int)scalar.Start.Column, "A top-level key that does not start its line: write one key per line, at the left margin.");
                                return null;
                            }

                            topKey = scalar.Value;
                            topKeyLine = (int)scalar.Start.Line;
                        }

                        lastLine = Math.Max(lastLine, EndLine(scalar));

                        Add(stack, new OutlineNode((int)scalar.Start.Line, (int)scalar.Start.Column) { Scalar = scalar.Value }, scalar.Value);
                        break;
                    case MappingStart start:
                        if (stack.Count == 0 && start.Style == MappingStyle.Flow)
                        {
                            problem = ((int)start.Start.Line, (int)start.Start.Column, "The whole file is one { } mapping: write one key per line so the import can update data: alone.");
                            return null;
                        }

                        if (stack.Count >= MaxDepth)
                        {
                            problem = ((int)start.Start.Line, (int)start.Start.Column, $"Nested deeper than {MaxDepth} levels.");
                            return null;
                        }

                        var mapping = new OutlineNode((int)start.Start.Line, (int)start.Start.Column) { IsMapping = true };
                        if (stack.Count == 0)
                        {
                            root = mapping;
                            stack.Push((mapping, null, 1));
                        }
                        else
                        {
                            Add(stack, mapping, null);
                            stack.Push((mapping, null, stack.Count + 1));
                        }

                        break;
                    case SequenceStart start:
                        if (stack.Count == 0)
                        {
                            problem = ((int)start.Start.Line, (int)start.Start.Column, "The file is a list, not a mapping of keys.");
                            return null;
                        }

                        if (stack.Count >= MaxDepth)
                        {
                            problem = ((int)start.Start.Line, (int)start.Start.Column, $"Nested deeper than {MaxDepth} levels.");
                            return null;
                        }

                        var sequence = new OutlineNode((int)start.Start.Line, (int)start.Start.Column) { IsSequence = true };
                        Add(stack, sequence, null);
                        stack.Push((sequence, null, stack.Count + 1));
                        break;
                    case MappingEnd or SequenceEnd:
                        // A flow collection ends at its bracket; a block one at the next token, which may be lines of comments further.
                        if (IsFlow(current.Start, current.End, text))
                        {
                            lastLine = Math.Max(lastLine, (int)current.End.Line);
                        }

                        stack.Pop();
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            problem = ((int)e.Start.Line, (int)e.Start.Column, "Not valid YAML here: " + e.Message);
            return null;
        }

        if (root is null)
        {
            problem = (1, 1, "The file is empty.");
            return null;
        }

        Close(spans, root, ref topKey, topKeyLine, lastLine);
        return spans;
    }

    // A collection whose end token is a bracket: a flow one.
    private static bool IsFlow(Mark start, Mark end, string text)
    {
        var index = (int)start.Index;
        return index >= 0 && index < text.Length && (text[index] == '}' || text[index] == ']') && end.Index > start.Index;
    }

    private static void Close(List<KeySpan> spans, OutlineNode root, ref string? key, int keyLine, int lastLine)
    {
        if (key is not null && root.Get(key) is { } value)
        {
            spans.Add(new KeySpan(key, keyLine, Math.Max(keyLine, lastLine), value));
        }

        key = null;
    }

    private static int EndLine(Scalar scalar)
    {
        // A block scalar (| or >) ends at the start of the line after it.
        var line = (int)scalar.End.Line;
        return scalar.End.Column == 1 && scalar.End.Line > scalar.Start.Line ? line - 1 : line;
    }

    private static void Add(Stack<(OutlineNode Node, string? PendingKey, int Depth)> stack, OutlineNode node, string? scalarKey)
    {
        var (parent, pending, depth) = stack.Pop();
        if (parent.IsSequence)
        {
            parent.Items.Add(node);
            stack.Push((parent, null, depth));
        }
        else if (pending is null)
        {
            // A key (a non-scalar key is kept as an empty name: nothing the importer reads).
            stack.Push((parent, scalarKey ?? "", depth));
        }
        else
        {
            if (parent.Get(pending) is null)
            {
                parent.Entries.Add((pending, node));
            }

            stack.Push((parent, null, depth));
        }
    }
}
