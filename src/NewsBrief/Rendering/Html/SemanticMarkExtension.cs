using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace NewsBrief.Rendering.Html;

/// <summary>
/// Reads the <see cref="SemanticMarks"/> a brief's model puts around dates and foreign-language names
/// and writes them as <c>&lt;time datetime&gt;</c> and <c>&lt;span lang&gt;</c>. The converter still
/// takes no raw HTML and no attribute syntax: a mark has one fixed attribute whose value must pass
/// <see cref="SemanticMarks.IsDate"/> or <see cref="SemanticMarks.IsLanguageTag"/>, or the brace
/// stays plain text. Data cannot open a mark (every brace in data is escaped).
/// </summary>
internal sealed class SemanticMarkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.AddIfNotAlready<MarkParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<MarkRenderer>();
        }
    }

    /// <summary>One mark: its kind (<c>time</c> or <c>lang</c>), its checked value and the plain text inside.</summary>
    internal sealed class MarkInline : LeafInline
    {
        public required string Kind { get; init; }

        public required string Value { get; init; }

        public required string Text { get; init; }
    }

    private sealed class MarkParser : InlineParser
    {
        public MarkParser() => OpeningCharacters = ['{'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var text = slice.Text;
            var start = slice.Start;
            if (!SemanticMarks.TryRead(text, start, out var kind, out var value, out var from, out var to, out var end) || end - 1 > slice.End)
            {
                return false;
            }

            processor.Inline = new MarkInline
            {
                Kind = kind,
                Value = value,
                Text = Unescape(text, from, to),
                Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
                Line = line,
                Column = column,
            };
            slice.Start = end;
            return true;
        }

        // The text inside a mark is escaped Markdown text (a date as written, a name): undo the
        // backslash escapes; it is written back HTML-escaped.
        private static string Unescape(string text, int from, int to)
        {
            var sb = new StringBuilder(to - from);
            for (var i = from; i < to; i++)
            {
                if (text[i] == '\\' && i + 1 < to && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] is > ' ' and < '\x7f')
                {
                    i++;
                }

                sb.Append(text[i]);
            }

            return sb.ToString();
        }
    }

    private sealed class MarkRenderer : HtmlObjectRenderer<MarkInline>
    {
        protected override void Write(HtmlRenderer renderer, MarkInline obj)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.WriteEscape(obj.Text);
                return;
            }

            // Value checked by SemanticMarks (digits and '-', or letters, digits and '-'): nothing to escape.
            var (element, attribute) = obj.Kind == SemanticMarks.TimeKind ? ("time", "datetime") : ("span", "lang");
            renderer.Write('<').Write(element).Write(' ').Write(attribute).Write("=\"").Write(obj.Value).Write("\">");
            renderer.WriteEscape(obj.Text);
            renderer.Write("</").Write(element).Write('>');
        }
    }
}
