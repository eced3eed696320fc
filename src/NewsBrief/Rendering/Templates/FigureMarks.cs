using System.Text;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Review mode's figure markers: each figure written into a brief is wrapped as
/// <c>U+E000 name U+E001 text U+E002</c> (Unicode private-use characters, which Markdown and HTML
/// pass through as plain text), so a review page can turn them into highlights. Normal renders
/// never contain them: the markers are added only when a brief is rendered for review, and any that
/// a facts file or locale happens to contain are removed first, so every highlight comes from the
/// renderer.
/// </summary>
public static class FigureMarks
{
    /// <summary>Opens a marked figure; the figure's name follows.</summary>
    public const char Open = '\uE000';

    /// <summary>Separates the name from the written figure.</summary>
    public const char Separator = '\uE001';

    /// <summary>Closes a marked figure.</summary>
    public const char Close = '\uE002';

    /// <summary>Wraps <paramref name="written"/> (the figure as written for a locale) in markers naming <paramref name="name"/>.</summary>
    public static string Wrap(string name, string written) =>
        string.Concat(Open.ToString(), name, Separator.ToString(), RemoveStray(written), Close.ToString());

    /// <summary>Removes every marker character, giving back the text a normal render writes.</summary>
    public static string Strip(string text)
    {
        if (text.IndexOfAny([Open, Separator, Close]) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var inName = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case Open:
                    inName = true;
                    break;
                case Separator:
                    inName = false;
                    break;
                case Close:
                    break;
                default:
                    if (!inName)
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes marker characters that came from data (facts or locales), without dropping any other text.</summary>
    internal static string RemoveStray(string text) =>
        text.IndexOfAny([Open, Separator, Close]) < 0
            ? text
            : new string([.. text.Where(c => c is not (Open or Separator or Close))]);
}
