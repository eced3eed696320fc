using System.Collections;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace NewsBrief.Kinds;

/// <summary>Turning a template's values into facts text, and the locale's words into frozen template objects.</summary>
public sealed partial class KindExpander
{
    /// <summary>
    /// A generated text as a facts file would hold it: plain, one line. The <c>fmt</c> helpers return
    /// Markdown-escaped text (for brief templates); the brief template escapes facts text itself, so
    /// the escapes are taken out here (a backslash before ASCII punctuation), and white space folded.
    /// </summary>
    internal static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) == false && text[i + 1] is > ' ' and < (char)127)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
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

    /// <summary>A kind's words as read-only Scriban objects (built once per run and shared).</summary>
    private static object Frozen(object value) => value switch
    {
        IReadOnlyDictionary<string, object> map => FrozenObject(map),
        IList list => new ScriptArray(list.Cast<object>().Select(Frozen)) { IsReadOnly = true },
        _ => value,
    };

    private static ScriptObject FrozenObject(IReadOnlyDictionary<string, object> map)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in map)
        {
            result.SetValue(key, Frozen(value), readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }

    [GeneratedRegex(@"\{[^{}]*\}|[{}]", RegexOptions.CultureInvariant)]
    private static partial Regex Braces();

    [GeneratedRegex(@"^\{([a-z][a-z0-9_]*)(?::([a-z]+))?\}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderShape();
}
