using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsBrief.Rendering.Html;

/// <summary>
/// Writes pipe tables for people who cannot see them: the heading written just before a table
/// (<c>## Key figures</c>) moves into its <c>&lt;caption&gt;</c>, so the table is named once and the
/// heading stays in the page's outline; header cells get <c>scope="col"</c> and the first cell of each
/// body row is its <c>&lt;th scope="row"&gt;</c> label. The table sits in a focusable, labelled
/// <c>div.table-scroll</c> that scrolls sideways on narrow screens (the table itself stays a table).
/// </summary>
internal sealed class CaptionedTables : IMarkdownExtension
{
    private static readonly object CaptionKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MoveHeadingsIntoCaptions;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new TableRenderer());
        }
    }

    private static void MoveHeadingsIntoCaptions(MarkdownDocument document)
    {
        var number = 0;
        Visit(document, ref number);
    }

    private static void Visit(ContainerBlock container, ref int number)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case Table table when i > 0 && container[i - 1] is HeadingBlock heading:
                    container.RemoveAt(i - 1);
                    i--;
                    number++;
                    table.SetData(CaptionKey, (heading, "table-caption-" + number.ToString(CultureInfo.InvariantCulture)));
                    break;
                case Table:
                    break;
                case ContainerBlock inner:
                    Visit(inner, ref number);
                    break;
            }
        }
    }

    private sealed class TableRenderer : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            var caption = table.GetData(CaptionKey) is (HeadingBlock heading, string id) ? (heading, id) : ((HeadingBlock, string)?)null;
            renderer.EnsureLine();
            if (caption is { } c)
            {
                renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Write(c.Item2).WriteLine("\">");
            }
            else
            {
                renderer.WriteLine("<div class=\"table-scroll\">");
            }

            renderer.WriteLine("<table>");
            if (caption is { } named)
            {
                renderer.Write("<caption id=\"").Write(named.Item2).WriteLine("\">");
                renderer.Write(named.Item1);
                renderer.EnsureLine();
                renderer.WriteLine("</caption>");
            }

            var inHead = false;
            var inBody = false;
            foreach (var row in table.OfType<TableRow>())
            {
                if (row.IsHeader && !inHead && !inBody)
                {
                    renderer.WriteLine("<thead>");
                    inHead = true;
                }
                else if (!row.IsHeader && !inBody)
                {
                    if (inHead)
                    {
                        renderer.WriteLine("</thead>");
                        inHead = false;
                    }

                    renderer.WriteLine("<tbody>");
                    inBody = true;
                }

                WriteRow(renderer, table, row);
            }

            renderer.WriteLine(inBody ? "</tbody>" : "</thead>");
            renderer.WriteLine("</table>");
            renderer.WriteLine("</div>");
        }

        private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
        {
            renderer.WriteLine("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                // A header cell heads its column; the first cell of a body row is the row's label.
                var (element, scope) = row.IsHeader ? ("th", "col") : i == 0 ? ("th", "row") : ("td", null);
                renderer.Write('<').Write(element);
                if (scope is not null)
                {
                    renderer.Write(" scope=\"").Write(scope).Write('"');
                }

                if (cell.ColumnSpan != 1)
                {
                    renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
                }

                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } align)
                {
                    renderer.Write(" style=\"text-align: ").Write(align switch
                    {
                        TableColumnAlign.Center => "center",
                        TableColumnAlign.Right => "right",
                        _ => "left",
                    }).Write(";\"");
                }

                renderer.Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.WriteChildren(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.Write("</").Write(element).WriteLine(">");
            }

            renderer.WriteLine("</tr>");
        }
    }
}
