using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Turns reader text from facts into Markdown for one locale: the text is escaped, and each
/// <c>{name}</c> is replaced by figure <c>name</c> written for that locale and for where it stands.
/// No other code runs inside facts text.
/// </summary>
public sealed partial class FactTextRenderer(FigureFormatter figures, FactFile facts)
{
    /// <summary>Renders <paramref name="text"/> (null when the locale is missing: renders empty).</summary>
    public string Render(LocatedText? text, TextStyle style)
    {
        if (text is null)
        {
            return "";
        }

        var source = MarkdownText.Fold(text.Text);
        var sb = new StringBuilder(source.Length + 32);
        var last = 0;
        foreach (Match m in Placeholder().Matches(source))
        {
            sb.Append(MarkdownText.EscapeFolded(source[last..m.Index], atLineStart: last == 0));
            var figure = facts.FindFigure(m.Groups[1].Value)
                ?? throw new InvalidOperationException($"Unvalidated placeholder {m.Value} in {text.Location}.");
            sb.Append(MarkdownText.EscapeFolded(figures.Format(figure, facts, style), atLineStart: m.Index == 0));
            last = m.Index + m.Length;
        }

        sb.Append(MarkdownText.EscapeFolded(source[last..], atLineStart: last == 0));
        return sb.ToString();
    }

    /// <summary>
    /// Renders <paramref name="text"/> as plain text (folded, figures filled in, nothing escaped),
    /// for places that escape for themselves: HTML attributes and titles, feeds, JSON-LD.
    /// </summary>
    public string RenderPlain(LocatedText? text, TextStyle style)
    {
        if (text is null)
        {
            return "";
        }

        var source = MarkdownText.Fold(text.Text);
        return Placeholder().Replace(source, m =>
        {
            var figure = facts.FindFigure(m.Groups[1].Value)
                ?? throw new InvalidOperationException($"Unvalidated placeholder {m.Value} in {text.Location}.");
            return MarkdownText.Fold(figures.Format(figure, facts, style));
        });
    }

    /// <summary>Placeholder syntax; the facts validator has already rejected unknown names.</summary>
    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
