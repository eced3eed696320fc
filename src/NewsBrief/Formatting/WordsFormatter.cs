using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Whole numbers spelled out (<c>seribu dua ratus tiga</c>, <c>forty-two</c>), from locale data.</summary>
public sealed class WordsFormatter(LocaleData locale)
{
    private readonly WordsSection words = locale.Words;
    private readonly List<WordsScale> scales = locale.Words.Scales.OrderByDescending(s => s.Value).ToList();

    /// <summary>Spells out <paramref name="value"/>.</summary>
    public string Format(long value)
    {
        if (value < 0)
        {
            // long.MinValue has no positive long; its magnitude fits a ulong.
            return FieldPattern.Fill(words.Negative, Spell(unchecked((ulong)-(value + 1)) + 1));
        }

        return Spell((ulong)value);
    }

    private string Spell(ulong n)
    {
        if (n < (ulong)words.Small.Count)
        {
            return words.Small[(int)n];
        }

        if (n < 100)
        {
            var ten = words.Tens[(int)(n / 10)];
            var unit = n % 10;
            return unit == 0 ? ten : FieldPattern.Fill(words.TensJoin, ten, words.Small[(int)unit]);
        }

        var scale = n < 1000 ? words.Hundred : scales.First(s => (ulong)s.Value <= n);
        var multiple = n / (ulong)scale.Value;
        var rest = n % (ulong)scale.Value;
        var head = multiple == 1 && scale.One.Length > 0 ? scale.One : FieldPattern.Fill(scale.Pattern, Spell(multiple));
        return rest == 0 ? head : FieldPattern.Fill(words.Join, head, Spell(rest));
    }
}
