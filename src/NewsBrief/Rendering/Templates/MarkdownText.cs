using System.Text;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Escapes text from facts for Markdown, so no value can change a brief's structure: no emphasis,
/// links, HTML, table cells, headings or list items can come from data. Whitespace, including
/// newlines, is folded to single spaces so a value always stays on its line.
/// </summary>
public static class MarkdownText
{
    // Characters with inline meaning anywhere in CommonMark/GFM (emphasis, code, links, images,
    // autolinks/HTML, entities, table cells, strikethrough) plus braces, which Markdig's attribute
    // syntax would read. '#', '+', '-', '.', ')' only matter at the start of a line; see below.
    private const string InlineSpecials = "\\`*_[]<>&|{}~";

    /// <summary>Escapes <paramref name="text"/> for use inside a Markdown paragraph, heading, list item or table cell.</summary>
    public static string Escape(string text) => EscapeFolded(Fold(text), atLineStart: true);

    /// <summary>
    /// Escapes text that is already folded. <paramref name="atLineStart"/> says whether it opens a
    /// line, where block markers (<c>#</c>, <c>-</c>, <c>1.</c> …) would otherwise take effect.
    /// </summary>
    public static string EscapeFolded(string text, bool atLineStart)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineSpecials.Contains(c, StringComparison.Ordinal) || (atLineStart && i == 0 && OpensBlock(text)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        if (!atLineStart)
        {
            return sb.ToString();
        }

        // A line starting "1." or "1)" would become an ordered list item.
        var s = sb.ToString();
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < s.Length && (s[digits] == '.' || s[digits] == ')') && IsBreak(s, digits + 1)
            ? s[..digits] + "\\" + s[digits..]
            : s;
    }

    // '>' and '=' act at once; '#', '-', '+' only before a space or the end ("#1", "-Rp5" stay as they are).
    private static bool OpensBlock(string text) =>
        text[0] is '>' or '=' || (text[0] is '#' or '-' or '+' && (IsBreak(text, 1) || text[1] is '#' or '-'));

    private static bool IsBreak(string text, int index) => index >= text.Length || text[index] is ' ' or '\t';

    /// <summary>Folds every run of whitespace (spaces, tabs, newlines) into one space and trims.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
