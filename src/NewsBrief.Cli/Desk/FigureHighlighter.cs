using System.Net;
using System.Text;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// Turns review mode's figure markers in rendered HTML into highlights:
/// <c>&lt;mark class="fig" data-figure="r1_cost" data-raw="294000 USD = 4870000000 IDR" title="…"&gt;</c>.
/// Markers inside a tag (an attribute) are dropped, never turned into markup. Names it does not know
/// are shown as unknown rather than trusted.
/// </summary>
internal static class FigureHighlighter
{
    /// <summary>The highlighted HTML, and the names of the figures it shows (in order).</summary>
    public static (string Html, IReadOnlyList<string> Figures) Highlight(string html, FactFile facts)
    {
        var sb = new StringBuilder(html.Length + 256);
        var names = new List<string>();
        var inTag = false;
        var open = 0;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == FigureMarks.Open)
            {
                var sep = html.IndexOf(FigureMarks.Separator, i + 1);
                var name = sep < 0 ? "" : html[(i + 1)..sep];
                i = sep < 0 ? i : sep;
                if (inTag)
                {
                    continue;
                }

                var figure = facts.FindFigure(name);
                var raw = figure is null ? "?" : FigureFormatter.Raw(figure);
                var label = figure?.Label?.ByLocale.Values.FirstOrDefault()?.Text;
                names.Add(name);
                open++;
                sb.Append("<mark class=\"fig\" tabindex=\"0\" data-figure=\"").Append(WebUtility.HtmlEncode(name))
                  .Append("\" data-raw=\"").Append(WebUtility.HtmlEncode(raw))
                  .Append("\" title=\"").Append(WebUtility.HtmlEncode($"{{{name}}} = {raw}" + (label is null ? "" : $" ({label})")))
                  .Append("\">");
                continue;
            }

            if (c == FigureMarks.Close)
            {
                if (!inTag && open > 0)
                {
                    open--;
                    sb.Append("</mark>");
                }

                continue;
            }

            if (c == FigureMarks.Separator)
            {
                continue;
            }

            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }

            sb.Append(c);
        }

        for (; open > 0; open--)
        {
            sb.Append("</mark>");
        }

        return (sb.ToString(), names);
    }
}
