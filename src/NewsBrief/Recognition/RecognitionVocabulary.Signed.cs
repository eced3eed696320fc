using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>What a word before a figure says about its sign.</summary>
internal enum SignWord
{
    /// <summary>A fall (<c>turun</c>, <c>fell</c>): drafted as <c>{name:change}</c>, the word replaced.</summary>
    Fall,

    /// <summary>A word naming a negative figure (<c>rugi</c>, <c>deflasi</c>, <c>loss of</c>): drafted as <c>{name:size}</c>, the word kept.</summary>
    Loss,

    /// <summary>The negative word of the locale (<c>minus</c>): drafted as <c>{name}</c>, the word replaced.</summary>
    Minus,
}

internal sealed partial class RecognitionVocabulary
{
    /// <summary>Unit keys under which basis and percentage points are read (<c>25 basis poin</c> is a count of <c>basis_points</c>).</summary>
    public const string BasisPointsKey = "basis_points";

    /// <summary>See <see cref="BasisPointsKey"/>.</summary>
    public const string PercentagePointsKey = "percentage_points";

    /// <summary>Words before a figure that give it a sign (<c>turun</c>, <c>rugi bersih</c>, <c>minus</c>).</summary>
    public PhraseTable<SignWord> SignWords { get; } = new();

    private void AddSignedFigures(LocaleData locale)
    {
        if (locale.Points is { } points)
        {
            foreach (var form in points.Basis.Values)
            {
                Units.Add(Around(form).After, BasisPointsKey);
            }

            foreach (var form in points.BasisAbbreviations)

            {

                Units.Add(form, BasisPointsKey);

            }
            foreach (var form in points.Percentage.Values)
            {
                Units.Add(Around(form).After, PercentagePointsKey);
            }
        }

        if (locale.Changes is { } changes)
        {
            foreach (var pattern in new[] { changes.Prose.Down, changes.Headline.Down })
            {
                SignWords.Add(Around(pattern).Before, SignWord.Fall);
            }

            foreach (var word in changes.FallWords)

            {

                SignWords.Add(word, SignWord.Fall);

            }
            foreach (var word in changes.LossWords)
            {
                SignWords.Add(word, SignWord.Loss);
            }
        }

        if (locale.Words.Negative.Length > 0)
        {
            SignWords.Add(Around(locale.Words.Negative).Before, SignWord.Minus);
        }
    }
}
