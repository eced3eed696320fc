using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Localization;

/// <summary>
/// Lays one locale YAML document over another, key by key: mappings merge recursively, anything
/// else (a text, a list) in the overlay replaces the base's value. Works on the parser's events, so
/// every value keeps the position it has in its own file: a mistake in the project's overlay is
/// reported at its line there.
/// </summary>
internal static class LocaleOverlay
{
    /// <summary>The merged document's events, to read with <see cref="LocaleYamlReader"/>.</summary>
    public static IParser Merge(string baseText, string overlayText)
    {
        var baseEvents = Events(baseText);
        var overlayEvents = Events(overlayText);
        var merged = new List<ParsingEvent> { baseEvents[0], baseEvents[1] }; // StreamStart, DocumentStart
        var b = 2;
        var o = 2;
        var baseNode = Node.Read(baseEvents, ref b);
        var overlayNode = Node.Read(overlayEvents, ref o);
        Node.Merge(baseNode, overlayNode).Write(merged);
        merged.Add(new DocumentEnd(isImplicit: true));
        merged.Add(new StreamEnd());
        return new EventList(merged);
    }

    private static List<ParsingEvent> Events(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        while (parser.MoveNext() && events.Count < 1_000_000)
        {
            events.Add(parser.Current!);
        }

        return events;
    }

    /// <summary>One node of the document: a scalar (one event) or a collection (its events, and for a mapping its keys).</summary>
    private sealed class Node
    {
        private readonly List<ParsingEvent> events = [];
        private readonly List<(string Key, ParsingEvent KeyEvent, Node Value)>? entries;

        private Node(List<(string, ParsingEvent, Node)>? entries) => this.entries = entries;

        public static Node Read(List<ParsingEvent> source, ref int at)
        {
            if (source[at] is MappingStart start)
            {
                var node = new Node([]);
                node.events.Add(start);
                at++;
                while (source[at] is not MappingEnd)
                {
                    var key = source[at];
                    at++;
                    var value = Read(source, ref at);
                    node.entries!.Add((key is Scalar s ? s.Value : "", key, value));
                }

                node.events.Add(source[at++]); // MappingEnd
                return node;
            }

            var leaf = new Node(null);
            var depth = 0;
            do
            {
                var e = source[at++];
                leaf.events.Add(e);
                depth += e.NestingIncrease;
            }
            while (depth > 0);
            return leaf;
        }

        public static Node Merge(Node baseNode, Node overlay)
        {
            if (baseNode.entries is null || overlay.entries is null)
            {
                return overlay;
            }

            var merged = new Node([]);
            merged.events.Add(overlay.events[0]);
            var overlayByKey = overlay.entries.ToDictionary(e => e.Key, StringComparer.Ordinal); // duplicates were reported before merging
            foreach (var (key, keyEvent, value) in baseNode.entries)
            {
                merged.entries!.Add(overlayByKey.TryGetValue(key, out var over) ? (key, over.KeyEvent, Merge(value, over.Value)) : (key, keyEvent, value));
            }

            var baseKeys = baseNode.entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            merged.entries!.AddRange(overlay.entries.Where(e => !baseKeys.Contains(e.Key)));
            merged.events.Add(overlay.events[^1]);
            return merged;
        }

        public void Write(List<ParsingEvent> target)
        {
            if (entries is null)
            {
                target.AddRange(events);
                return;
            }

            target.Add(events[0]);
            foreach (var (_, key, value) in entries)
            {
                target.Add(key);
                value.Write(target);
            }

            target.Add(events[^1]);
        }
    }

    /// <summary>Events already read, replayed as a parser.</summary>
    private sealed class EventList(List<ParsingEvent> events) : IParser
    {
        private int index = -1;

        public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

        public bool MoveNext() => ++index < events.Count;
    }
}
