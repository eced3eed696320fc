namespace NewsBrief.Facts;

/// <summary>
/// Finds fragments of one scalar's value (a placeholder, a brace, a literal) in the scalar's source,
/// which differs from the value by quotes, escapes, indentation and folding. Fragments are asked for
/// in the order they stand in the value; each search starts where the previous one ended and looks
/// only a bounded distance ahead, so locating every fragment of a scalar walks its source about once.
/// (Counting earlier occurrences from the scalar's start for each fragment made a text of 40,000
/// braces take seconds: the work grew with the square of the text.)
/// </summary>
internal sealed class FragmentLocator
{
    /// <summary>Source characters one value character may take: <c>\U0001F600</c> is 10.</summary>
    private const int MaxSourcePerValueChar = 10;

    /// <summary>Slack for a line break's indentation and the quote or block indicator before the text.</summary>
    private const int Slack = 256;

    private readonly string source;
    private readonly int start;
    private readonly int end;
    private int lastValueIndex;
    private int lastSourceIndex;

    /// <param name="source">The whole text of the facts file.</param>
    /// <param name="start">Index of the scalar's first source character.</param>
    /// <param name="end">Index just past the scalar's source (the end of the file when not known).</param>
    public FragmentLocator(string source, int start, int end)
    {
        this.source = source;
        this.end = Math.Clamp(end, 0, source.Length);
        this.start = Math.Clamp(start, 0, this.end);
        lastSourceIndex = this.start;
    }

    /// <summary>
    /// The source index of <paramref name="fragment"/>, which starts at <paramref name="valueIndex"/>
    /// of the value, or -1 when it is not where it should be (an escape wrote part of it).
    /// </summary>
    public int Find(int valueIndex, string fragment)
    {
        if (valueIndex < lastValueIndex)
        {
            // Asked out of order: start over from the scalar's start (correct, just not linear).
            lastValueIndex = 0;
            lastSourceIndex = start;
        }

        // Between two fragments the source is never shorter than the value (quotes, escapes,
        // indentation and folding only add characters), so the fragment is at least this far on...
        var gap = valueIndex - lastValueIndex;
        var from = lastSourceIndex + gap;
        if (from >= end)
        {
            return -1;
        }

        // ...and, unless an escape or a deep indentation intervened, not much farther.
        var to = (int)Math.Min(end, (long)from + ((long)gap * MaxSourcePerValueChar) + fragment.Length + Slack);
        var found = source.IndexOf(fragment, from, to - from, StringComparison.Ordinal);
        if (found >= 0)
        {
            lastValueIndex = valueIndex;
            lastSourceIndex = found;
        }

        return found;
    }
}
