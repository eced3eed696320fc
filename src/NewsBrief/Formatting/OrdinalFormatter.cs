using System.Globalization;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Ordinals (<c>ke-3</c>, <c>ketiga</c>, <c>first</c>, <c>21st</c>).</summary>
public sealed class OrdinalFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;
    private readonly WordsFormatter words = new(locale);

    /// <summary>Formats the ordinal of <paramref name="value"/>.</summary>
    public string Format(long value, OrdinalForm form = OrdinalForm.Default)
    {
        var ordinals = locale.Ordinals;
        var useWords = form switch
        {
            OrdinalForm.Words => true,
            OrdinalForm.Digits => false,
            _ => value >= 0 && value <= ordinals.DefaultWordsUpTo,
        };

        if (useWords)
        {
            if (ordinals.Words.TryGetValue(value, out var word))
            {
                return word;
            }

            if (ordinals.WordsPattern.Length > 0)
            {
                return FieldPattern.Fill(ordinals.WordsPattern, words.Format(value));
            }
        }

        var category = locale.OrdinalRules.Select(value);
        var pattern = ordinals.Digits.TryGetValue(category, out var p) ? p : ordinals.Digits[PluralRules.Other];
        // Ordinals are not grouped (ke-1000, 1000th); digits are ASCII.
        return FieldPattern.Fill(pattern, value.ToString(CultureInfo.InvariantCulture));
    }
}
