using NewsBrief.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Facts;

/// <summary>
/// Builds a located <see cref="YamlNode"/> tree in one iterative pass over YamlDotNet's event
/// parser. Never recurses and never uses the representation model (which overflows the stack on
/// deep input). Rejects on the way: anchors, aliases, tags, merge keys, non-scalar and duplicate
/// keys, a second document, and nesting deeper than <see cref="MaxDepth"/>.
/// </summary>
internal static class FactYamlReader
{
    /// <summary>Deepest nesting of mappings and lists read; a facts file needs four.</summary>
    public const int MaxDepth = 32;

    private const string QuoteHint =
        "Check the indentation (spaces, not tabs) and quoting near here; quote a text that contains `: ` or ` #`, or starts with `{`, `[`, `&`, `*`, `!`, `|`, `>`, `%`, `@` or a quote.";

    /// <summary>The root node, or null when nothing usable could be read (errors are reported).</summary>
    public static YamlNode? Read(string text, FactReporter reporter)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var lastEnd = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if (reporter.IsFull)
                {
                    return null;
                }

                lastEnd = parser.Current!.End;
                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            reporter.Report(DiagnosticDescriptors.FactsMultipleDocuments, At(reporter, start.Start),
                                "A second YAML document starts here; a facts file holds one story. Delete this `---` and what follows, or move it to its own file.");
                            return root;
                        }

                        CheckVersion(start, reporter);
                        break;

                    case AnchorAlias alias:
                        reporter.Report(DiagnosticDescriptors.FactsAnchorOrAlias, At(reporter, alias.Start),
                            $"Alias `*{alias.Value}` is not allowed in facts files; write the value out in full.");
                        Attach(stack, ref root, new YamlRejectedNode(At(reporter, alias.Start)), reporter);
                        break;

                    case Scalar scalar:
                        CheckNode(scalar, reporter);
                        ScalarTextChecker.Check(scalar.Value, (int)scalar.Start.Index, (int)scalar.End.Index,
                            scalar.Style == ScalarStyle.DoubleQuoted, At(reporter, scalar.Start), reporter);
                        Attach(stack, ref root, new YamlScalarNode(
                            At(reporter, scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain,
                            (int)scalar.Start.Index, (int)scalar.End.Index), reporter);
                        break;

                    case MappingStart mappingStart:
                        if (!Open(stack, ref root, mappingStart, new YamlMappingNode(At(reporter, mappingStart.Start)), reporter))
                        {
                            return null;
                        }

                        break;

                    case SequenceStart sequenceStart:
                        if (!Open(stack, ref root, sequenceStart, new YamlSequenceNode(At(reporter, sequenceStart.Start)), reporter))
                        {
                            return null;
                        }

                        break;

                    case MappingEnd or SequenceEnd:
                        ReportKeyWithoutValue(stack.Pop(), reporter);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            reporter.Report(DiagnosticDescriptors.FactsSyntax, At(reporter, e.Start), $"{e.Message.TrimEnd('.')}. {QuoteHint}");
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet 18.1.0 throws InvalidOperationException on some malformed plain scalars;
            // the last event read is the best position known.
            reporter.Report(DiagnosticDescriptors.FactsSyntax, At(reporter, lastEnd),
                $"The YAML cannot be read from here on: a bracket, brace or quote opened here is probably never closed. {QuoteHint}");
            return null;
        }

        if (documents == 0 || root is YamlScalarNode { IsNull: true })
        {
            reporter.Report(DiagnosticDescriptors.FactsEmpty, reporter.Start,
                "The facts file is empty (or only comments). Start from `newsbrief new SLUG`, or write at least `date`, `source`, `figures`, `headline` and `lede`.");
            return null;
        }

        return root;
    }

    /// <summary>
    /// Facts are YAML 1.2, read strictly: a <c>%YAML 1.1</c> directive asks for the older rules
    /// (yes/no booleans, octal 010) that this reader deliberately does not apply, so it is refused
    /// rather than silently read another way. <c>%YAML 1.2</c> is allowed.
    /// </summary>
    private static void CheckVersion(DocumentStart start, FactReporter reporter)
    {
        if (start.Version is not { } directive || directive.Version is { Major: 1, Minor: 2 })
        {
            return;
        }

        var line = reporter.Text.StartsWith("%YAML", StringComparison.Ordinal) ? 0
            : reporter.Text.IndexOf("\n%YAML", StringComparison.Ordinal) is var newline and >= 0 ? newline + 1
            : -1;
        reporter.Report(DiagnosticDescriptors.FactsYamlVersion, line >= 0 ? reporter.AtIndex(line) : At(reporter, start.Start),
            $"`%YAML {directive.Version.Major}.{directive.Version.Minor}` asks for rules this reader does not apply: facts files are YAML 1.2, read strictly. Delete the directive line (and the `---` after it if nothing else needs it).");
    }

    private static bool Open(Stack<Frame> stack, ref YamlNode? root, NodeEvent start, YamlNode node, FactReporter reporter)
    {
        CheckNode(start, reporter);
        if (stack.Count >= MaxDepth)
        {
            reporter.Report(DiagnosticDescriptors.FactsTooDeep, At(reporter, start.Start),
                $"Nesting deeper than {MaxDepth} levels; a facts file needs at most four (figures → figure → label → text). Remove the extra brackets or indentation.");
            return false;
        }

        Attach(stack, ref root, node, reporter);
        stack.Push(new Frame(node));
        return true;
    }

    private static void CheckNode(NodeEvent e, FactReporter reporter)
    {
        if (!e.Anchor.IsEmpty)
        {
            reporter.Report(DiagnosticDescriptors.FactsAnchorOrAlias, At(reporter, e.Start),
                $"Anchor `&{e.Anchor}` is not allowed in facts files; delete it and write repeated values out in full.");
        }

        if (!e.Tag.IsEmpty)
        {
            reporter.Report(DiagnosticDescriptors.FactsTag, At(reporter, e.Start),
                $"Tag `{e.Tag}` is not allowed in facts files; delete it (every value's type follows from its key).");
        }
    }

    private static void Attach(Stack<Frame> stack, ref YamlNode? root, YamlNode node, FactReporter reporter)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return;
        }

        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YamlSequenceNode sequence:
                sequence.Items.Add(node);
                break;

            case YamlMappingNode when !frame.ExpectingValue:
                frame.ExpectingValue = true;
                frame.PendingKey = AcceptKey(frame, node, reporter);
                break;

            case YamlMappingNode mapping:
                frame.ExpectingValue = false;
                if (frame.PendingKey is { } key)
                {
                    mapping.Entries.Add(new(key, node));
                }

                frame.PendingKey = null;
                break;
        }
    }

    private static YamlScalarNode? AcceptKey(Frame frame, YamlNode node, FactReporter reporter)
    {
        if (node is YamlRejectedNode)
        {
            return null;
        }

        if (node is not YamlScalarNode key)
        {
            reporter.Report(DiagnosticDescriptors.FactsComplexKey, node.Location,
                "A key must be a single word, not a list or mapping; write `key: value` with a plain word before the colon.");
            return null;
        }

        if (key.IsPlain && key.Value == "<<")
        {
            reporter.Report(DiagnosticDescriptors.FactsMergeKey, key.Location,
                "Merge key `<<` is not allowed in facts files; write each key out in full.");
            return null;
        }

        if (frame.Keys.TryGetValue(key.Value, out var first))
        {
            reporter.Report(DiagnosticDescriptors.FactsDuplicateKey, key.Location,
                $"Duplicate key `{key.Value}`: it is also at line {first.Line}, column {first.Column}. Keep one of the two (a later one would silently win elsewhere).");
            return null;
        }

        frame.Keys.Add(key.Value, key.Location);
        return key;
    }

    /// <summary>
    /// A mapping that ends after a key and before its value. YAML always pairs them, but YamlDotNet
    /// 18.1.0 reads a block-mapping line that starts with <c>: </c> (a value with no key, <c>  : text</c>)
    /// as one empty scalar and drops the text, so the keys and values after it pair up wrongly and
    /// the last key has none. Found by the fuzzer: the text vanished with only a warning.
    /// </summary>
    private static void ReportKeyWithoutValue(Frame frame, FactReporter reporter)
    {
        if (frame.Node is YamlMappingNode mapping && frame.ExpectingValue)
        {
            reporter.Report(DiagnosticDescriptors.FactsSyntax, frame.PendingKey?.Location ?? mapping.Location,
                $"A key here has no value: a line in this mapping probably starts with `: ` (a value with no key before it), and what it held is lost. Write `key: value` on that line, or quote a text that starts with a colon.");
        }
    }

    private static SourceLocation At(FactReporter reporter, Mark mark) =>
        reporter.At((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private sealed class Frame(YamlNode node)
    {
        public YamlNode Node { get; } = node;

        public bool ExpectingValue { get; set; }

        public YamlScalarNode? PendingKey { get; set; }

        public Dictionary<string, SourceLocation> Keys { get; } = new(StringComparer.Ordinal);
    }
}
