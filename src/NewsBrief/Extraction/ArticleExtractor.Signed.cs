using NewsBrief.Recognition;

namespace NewsBrief.Extraction;

/// <summary>
/// Signed figures and points in a draft: a figure after a fall word (<c>turun 0,45 persen</c>,
/// <c>fell 0.45%</c>) is drafted negative and written <c>{name:change}</c>; after a loss word
/// (<c>rugi bersih Rp350 miliar</c>, <c>deflasi 0,08 persen</c>) negative and <c>{name:size}</c>, the word
/// kept; after <c>minus</c> negative and <c>{name}</c>. Basis and percentage points become their keys.
/// </summary>
public sealed partial class ArticleExtractor
{
    private static void MarkSigns(List<Entry> entries, List<Sentence> sentences, FigureRecognizer recognizer)
    {
        foreach (var sentence in sentences)
        {
            foreach (var figure in sentence.Figures)
            {
                var entry = entries.Find(e => e.Mentions.ContainsKey(figure));

                // A count of units is never negative (NB1020): "turun 3 orang" keeps the count and its words.
                if (entry is null || (entry.Kind == FigureKind.Count && SignedKey(entry) is null) || figure.Start < sentence.Start)
                {
                    continue;
                }

                if (recognizer.SignBefore(sentence.Paragraph, figure.Start) is { } sign && sign.Start >= sentence.Start)
                {
                    entry.Signs[figure] = sign;
                }
            }
        }
    }

    /// <summary>The facts key of a count read as points (<c>basis_points</c>), else null.</summary>
    private static string? SignedKey(Entry e) =>
        e.Key is RecognitionVocabulary.BasisPointsKey or RecognitionVocabulary.PercentagePointsKey ? e.Key : null;

    /// <summary>The value as a facts file takes it, with <c>-</c> when the article says it fell or was a loss.</summary>
    private static string Signed(Entry e, string written) => e.Negative && !written.StartsWith('-') ? "-" + written : written;

    /// <summary>Where a mention's placeholder starts (at its sign word when the word goes into it) and its form.</summary>
    private static (int Start, string Form) PlacedForm(Entry entry, RecognizedFigure figure, int at)
    {
        if (!entry.Signs.TryGetValue(figure, out var sign) || sign.Start < at)
        {
            return (figure.Start, entry.Negative ? ":size" : "");
        }

        return sign.Word switch
        {
            SignWord.Fall => (sign.Start, ":change"),
            SignWord.Loss => (figure.Start, ":size"),
            _ => (sign.Start, ""),
        };
    }
}
