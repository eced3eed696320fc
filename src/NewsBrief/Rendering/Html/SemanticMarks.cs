using System.Text;
using System.Text.RegularExpressions;

namespace NewsBrief.Rendering.Html;

/// <summary>
/// Marks that carry what Markdown cannot say into the HTML a brief becomes: a machine-readable date
/// (<c>{time=2025-09-17}17 September 2025{/time}</c>, HTML <c>&lt;time datetime&gt;</c>) and the
/// language of a name left in another locale's language (<c>{lang=id}Badan Pusat Statistik{/lang}</c>,
/// HTML <c>&lt;span lang&gt;</c>). The brief renderer has the model builder add them; <see cref="Strip"/>
/// removes them from the Markdown a brief writes, and <see cref="MarkdownToHtmlConverter"/> turns them
/// into elements. No facts text can make one: the model escapes every brace in data for Markdown,
/// and an escaped brace opens no mark. A mark takes exactly one attribute, and only a value that
/// <see cref="IsDate"/> or <see cref="IsLanguageTag"/> accepts.
/// </summary>
public static partial class SemanticMarks
{
    /// <summary>The kind of a mark that writes <c>&lt;time datetime&gt;</c>.</summary>
    public const string TimeKind = "time";

    /// <summary>The kind of a mark that writes <c>&lt;span lang&gt;</c>.</summary>
    public const string LangKind = "lang";

    /// <summary>Wraps a date as written (<paramref name="text"/>, already escaped for Markdown) with its ISO form.</summary>
    public static string Time(string iso, string text) =>
        IsDate(iso) ? string.Concat("{time=", iso, "}", text, "{/time}") : text;

    /// <summary>Wraps a name (<paramref name="text"/>, already escaped for Markdown) in the BCP 47 language it is written in.</summary>
    public static string Lang(string tag, string text) =>
        IsLanguageTag(tag) ? string.Concat("{lang=", tag, "}", text, "{/lang}") : text;

    /// <summary>A valid <c>datetime</c> of the dates facts hold: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public static bool IsDate(string value) => DatePattern().IsMatch(value);

    /// <summary>A well-formed BCP 47 tag of the simple kind locales use (<c>id</c>, <c>en</c>, <c>en-GB</c>, <c>zh-Hant</c>).</summary>
    public static bool IsLanguageTag(string value) => LanguagePattern().IsMatch(value);

    /// <summary>
    /// Reads the mark that opens at <paramref name="start"/> (a <c>{</c>): its kind, value and the text up
    /// to its close; false when there is none, or its value is not allowed.
    /// </summary>
    public static bool TryRead(string text, int start, out string kind, out string value, out int contentStart, out int contentEnd, out int end)
    {
        kind = value = "";
        contentStart = contentEnd = end = 0;
        var match = OpenPattern().Match(text, start);
        if (!match.Success || match.Index != start)
        {
            return false;
        }

        kind = match.Groups["kind"].Value;
        value = match.Groups["value"].Value;
        if (!(kind == TimeKind ? IsDate(value) : IsLanguageTag(value)))
        {
            return false;
        }

        var close = "{/" + kind + "}";
        contentStart = start + match.Length;
        contentEnd = text.IndexOf(close, contentStart, StringComparison.Ordinal);
        if (contentEnd < 0)
        {
            return false;
        }

        end = contentEnd + close.Length;
        return true;
    }

    /// <summary>Removes every mark from <paramref name="markdown"/>, keeping the text inside; backslash escapes are left as they are.</summary>
    public static string Strip(string markdown)
    {
        if (!markdown.Contains("{/", StringComparison.Ordinal))
        {
            return markdown;
        }

        var sb = new StringBuilder(markdown.Length);
        var i = 0;
        while (i < markdown.Length)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length)
            {
                sb.Append(c).Append(markdown[i + 1]);
                i += 2;
            }
            else if (c == '{' && TryRead(markdown, i, out _, out _, out var from, out var to, out var end))
            {
                sb.Append(Strip(markdown[from..to]));
                i = end;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\G\{(?<kind>time|lang)=(?<value>[A-Za-z0-9-]{1,35})\}", RegexOptions.CultureInvariant)]
    private static partial Regex OpenPattern();

    [GeneratedRegex(@"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
