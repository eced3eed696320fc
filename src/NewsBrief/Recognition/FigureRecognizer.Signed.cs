namespace NewsBrief.Recognition;

public sealed partial class FigureRecognizer
{
    /// <summary>
    /// The sign word that ends right before <paramref name="start"/> (spaces between allowed) and where
    /// it starts: <c>turun</c> in <c>turun 0,45 persen</c>, <c>rugi bersih</c> in <c>rugi bersih Rp350 miliar</c>.
    /// </summary>
    internal (SignWord Word, int Start)? SignBefore(string text, int start)
    {
        var end = TextRules.SkipSpacesBack(text, start);
        if (end == start && start > 0)
        {
            return null; // joined to the figure: not a word before it
        }

        return vocabulary.SignWords.MatchEndingAt(text, end) is { } match ? (match.Value, end - match.Form.Length) : null;
    }
}
