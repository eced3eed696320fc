using NewsBrief.Localization;
using NewsBrief.Recognition;

namespace NewsBrief.Extraction;

/// <summary>
/// Tells which locale an article is written in from the locales' own vocabulary (qualifier, scale,
/// unit, month and number words): each locale scores the article's words that only it knows. A
/// locale wins with at least <see cref="MinWords"/> such words and twice the runner-up's; otherwise
/// the article is ambiguous and the caller asks for the language.
/// </summary>
public static class LanguageGuess
{
    /// <summary>The fewest distinctive words a guess rests on.</summary>
    public const int MinWords = 3;

    /// <summary>The winning locale code, or null with the scores (ordered by code) when there is no clear winner.</summary>
    public static (string? Locale, IReadOnlyList<(string Locale, int Words)> Scores) Guess(string text, IEnumerable<FigureRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recognizers);
        var all = recognizers.OrderBy(r => r.LocaleCode, StringComparer.Ordinal).ToList();
        var words = Words(text);
        var scores = all.Select(r =>
        {
            var others = all.Where(o => o != r).SelectMany(o => o.VocabularyWords).ToHashSet(StringComparer.Ordinal);
            return (r.LocaleCode, words.Count(w => r.VocabularyWords.Contains(w) && !others.Contains(w)));
        }).ToList();

        var ranked = scores.OrderByDescending(s => s.Item2).ToList();
        var winner = ranked.Count > 0 && ranked[0].Item2 >= MinWords && (ranked.Count == 1 || ranked[0].Item2 >= 2 * ranked[1].Item2)
            ? ranked[0].LocaleCode
            : null;
        return (winner, scores);
    }

    /// <summary>The guess over the locales of <paramref name="catalog"/>.</summary>
    public static (string? Locale, IReadOnlyList<(string Locale, int Words)> Scores) Guess(string text, LocaleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Guess(text, catalog.Locales.Select(l => new FigureRecognizer(l)));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
