using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Facts;
using NewsBrief.Formatting;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Turns reader text from facts into Markdown for one locale: the text is escaped, and each
/// <c>{name}</c> is replaced by figure <c>name</c> written for that locale and for where it stands.
/// No other code runs inside facts text. With <paramref name="markFigures"/> (review mode) each
/// figure is wrapped in <see cref="FigureMarks"/>; without it the output has no markers.
/// </summary>
/// <remarks>
/// One renderer serves one brief in one locale, and remembers which figures its running text has
/// written: a money figure's equivalent in another currency is given on first mention only (AP,
/// Reuters), so render texts in reading order. Not thread-safe.
/// </remarks>
public sealed partial class FactTextRenderer(FigureFormatter figures, FactFile facts, bool markFigures = false)
{
    private readonly HashSet<string> mentioned = new(StringComparer.Ordinal);

    /// <summary>Renders <paramref name="text"/> as Markdown (null when the locale is missing: renders empty).</summary>
    public string Render(LocatedText? text, TextStyle style) => RenderBoth(text, style).Markdown;

    /// <summary>
    /// Renders <paramref name="text"/> once, as Markdown and as plain text (folded, figures filled
    /// in, nothing escaped, no marks: for places that escape for themselves, HTML titles and
    /// attributes, feeds, JSON-LD). Both come from the same placements and the same formatted
    /// figures, so the title of a page can never say what its body does not.
    /// </summary>
    public RenderedText RenderBoth(LocatedText? text, TextStyle style)
    {
        if (text is null)
        {
            return RenderedText.Empty;
        }

        var source = MarkdownText.Fold(markFigures ? FigureMarks.RemoveStray(text.Text) : text.Text);
        var headlineCase = HeadlineCaseOf(source, style);
        var sb = new StringBuilder(source.Length + 32);
        var plain = new StringBuilder(source.Length + 32);
        var last = 0;
        var previousEnd = -1;
        foreach (Match m in Placeholder().Matches(source))
        {
            sb.Append(MarkdownText.EscapeFolded(source[last..m.Index], atLineStart: last == 0));
            plain.Append(source, last, m.Index - last);
            var figure = facts.FindFigure(m.Groups[1].Value)
                ?? throw new InvalidOperationException($"Unvalidated placeholder {m.Value} in {text.Location}.");
            var formatted = figures.Format(figure, facts, style, Placement(figure, style, source, m, previousEnd, headlineCase));
            var written = MarkdownText.EscapeFolded(formatted, atLineStart: m.Index == 0);
            sb.Append(markFigures ? FigureMarks.Wrap(figure.Name, written) : written);
            plain.Append(MarkdownText.Fold(formatted));
            last = previousEnd = m.Index + m.Length;
        }

        sb.Append(MarkdownText.EscapeFolded(source[last..], atLineStart: last == 0));
        plain.Append(source, last, source.Length - last);
        return new RenderedText(sb.ToString(), plain.ToString());
    }

    /// <summary>The headline's case style from its author's words (placeholders left out); title case elsewhere.</summary>
    private HeadlineCase HeadlineCaseOf(string source, TextStyle style) =>
        style == TextStyle.Headline
            ? TextCase.DetectHeadline(Placeholder().Replace(source, "0"), figures.Locale.HeadlineMinorWords)
            : HeadlineCase.Title;

    /// <summary>
    /// Where <paramref name="placeholder"/> lands: a sentence start is judged on the text before it,
    /// a figure before it standing as <c>0</c>. Only the text since the previous placeholder (which
    /// ended at <paramref name="previousEnd"/>, -1 for none) can change the answer, since
    /// <see cref="TextCase.IsSentenceStart"/> reads the last word and what follows it, and a word
    /// that begins with a figure is neither an initial nor an abbreviation; so each placeholder looks
    /// at that stretch only and a text with thousands of them renders in linear time.
    /// </summary>
    private FigurePlacement Placement(Figure figure, TextStyle style, string source, Match placeholder, int previousEnd, HeadlineCase headlineCase)
    {
        var repeated = style == TextStyle.Prose && !mentioned.Add(figure.Name);
        var form = placeholder.Groups[2].Success ? placeholder.Groups[2].Value : null; // {name:modifier}, {loss:size}, {day:weekday} (PlaceholderForms)
        var modifier = form == PlaceholderForms.Modifier;
        var sign = form switch { PlaceholderForms.Size => SignForm.Size, PlaceholderForms.Change => SignForm.Change, _ => SignForm.Signed };
        var before = previousEnd < 0 ? source[..placeholder.Index] : string.Concat("0", source.AsSpan(previousEnd, placeholder.Index - previousEnd));
        return new(TextCase.IsSentenceStart(before, figures.Locale), headlineCase, repeated, modifier, sign) { Form = form };
    }

    /// <summary>Placeholder syntax; the facts validator has already rejected unknown names.</summary>
    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)(?::([a-z]+))?\}")]
    private static partial Regex Placeholder();
}
