using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Checks;

/// <summary>
/// The source of one facts file, to position a diagnostic on a fragment inside a text. A
/// <see cref="LocatedText"/> knows where its scalar starts; the fragment is looked up from there in
/// the source, as the parser does for placeholders, so quotes, escapes and folded lines are skipped
/// over, in one forward walk per text. When the fragment cannot be found (an escape inside it), the
/// scalar's start is used.
/// </summary>
public sealed class SourceText
{
    private readonly string text;
    private readonly int[] lineStarts;
    private readonly Dictionary<LocatedText, FragmentLocator> locators = new(ReferenceEqualityComparer.Instance);

    /// <summary>Wraps the text read from <paramref name="path"/> (a leading byte order mark is ignored, as the parser does).</summary>
    public SourceText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        this.text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < this.text.Length; i++)
        {
            if (this.text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The path diagnostics name.</summary>
    public string Path { get; }

    /// <summary>
    /// The position of <paramref name="fragment"/>, which starts at <paramref name="valueIndex"/> of the
    /// value of <paramref name="located"/>. Only the fragment's first word is looked up: folding may
    /// break a line between words, never inside one. Fragments of one text are best asked for in
    /// order: each search then goes on from the last (see <see cref="FragmentLocator"/>).
    /// </summary>
    public SourceLocation Locate(LocatedText located, int valueIndex, string fragment)
    {
        ArgumentNullException.ThrowIfNull(located);
        ArgumentNullException.ThrowIfNull(fragment);
        var word = FirstWord(fragment);
        if (word.Length == 0 || valueIndex < 0 || valueIndex > located.Text.Length || located.GeneratedBy is not null)
        {
            return located.Location;
        }

        var start = IndexOf(located.Location);
        if (start < 0)
        {
            return located.Location;
        }

        int found;
        lock (locators)
        {
            if (!locators.TryGetValue(located, out var locator))
            {
                locator = new FragmentLocator(text, start, text.Length);
                locators[located] = locator;
            }

            found = locator.Find(valueIndex + fragment.IndexOf(word, StringComparison.Ordinal), word);
        }

        return found >= 0 ? At(found) : located.Location;
    }

    private static string FirstWord(string fragment)
    {
        var from = 0;
        while (from < fragment.Length && char.IsWhiteSpace(fragment[from]))
        {
            from++;
        }

        var to = from;
        while (to < fragment.Length && !char.IsWhiteSpace(fragment[to]))
        {
            to++;
        }

        return fragment[from..to];
    }

    /// <summary>
    /// The first <paramref name="word"/> at or after <paramref name="from"/> and before
    /// <paramref name="before"/> (when given), or <paramref name="from"/> itself when there is none.
    /// </summary>
    public SourceLocation Find(SourceLocation from, string word, SourceLocation? before = null)
    {
        var start = IndexOf(from);
        if (start < 0)
        {
            return from;
        }

        var end = before is { } b && IndexOf(b) is var e and > 0 && e > start ? e : text.Length;
        var found = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
        return found >= 0 ? At(found) : from;
    }

    private int IndexOf(SourceLocation location) =>
        location.Line >= 1 && location.Line <= lineStarts.Length ? Math.Min(text.Length, lineStarts[location.Line - 1] + location.Column - 1) : -1;

    private SourceLocation At(int index)
    {
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(Path, line + 1, index - lineStarts[line] + 1);
    }
}
