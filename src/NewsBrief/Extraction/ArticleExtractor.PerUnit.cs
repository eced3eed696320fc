using NewsBrief.Localization;
using NewsBrief.Recognition;

namespace NewsBrief.Extraction;

// Per-unit amounts in an article (docs/style-rules.md R13, R24): "Rp4.400 per riyal",
// "Rp18.000 per cangkir", "12 rupiah per share" draft as `per: SAR`, `per: cup`, `per: share`.
public sealed partial class ArticleExtractor
{
    /// <summary>The word between an amount and its unit (the locale's <c>money.per</c> pattern's, <c>per</c>).</summary>
    private static string PerWord(LocaleData data)
    {
        var pattern = data.MoneyData.Per.Length > 0 ? data.MoneyData.Per : "{0} per {1}";
        var from = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var to = pattern.IndexOf("{1}", StringComparison.Ordinal);
        return from >= 0 && to > from ? pattern[(from + 3)..to].Trim() : "per";
    }

    /// <summary>
    /// Every name a unit takes after <c>per</c>, with its key: a currency's unit name, names and
    /// recognition forms written after a number (<c>riyal</c>, <c>dolar AS</c>, <c>dollar</c>), and
    /// every form of every unit (<c>cangkir</c>, <c>share</c>, <c>shares</c>).
    /// </summary>
    private static PhraseTable<string> PerNames(LocaleData data)
    {
        static string Bare(string pattern) => pattern.Replace("{0}", "", StringComparison.Ordinal).Trim();
        var names = new PhraseTable<string>();
        foreach (var (code, currency) in data.MoneyData.Currencies.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            names.Add(currency.UnitName, code);
            names.Add(Bare(currency.NameOne), code);
            names.Add(Bare(currency.Name), code);
        }

        foreach (var (code, alias) in (data.Recognition?.Currencies ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, CurrencyAliasSection>.Empty).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var form in alias.After)
            {
                names.Add(form, code);
            }
        }

        foreach (var key in data.UnitKeys)
        {
            foreach (var form in data.Units[key].Forms.Values)
            {
                names.Add(Bare(form), key);
            }
        }

        return names;
    }

    /// <summary>Money figures followed by <c>per</c> and a unit's name take that unit, and their span covers it.</summary>
    private static void MarkPerUnits(string paragraph, IReadOnlyList<RecognizedFigure> figures, PhraseTable<string> perNames, string perWord)
    {
        foreach (var figure in figures.Where(f => f.Kind == FigureKind.Money && f.Equivalent is null && f.EquivalentOf is null))
        {
            var at = TextRules.SkipInlineSpaces(paragraph, figure.End, 1);
            if (at == figure.End || string.Compare(paragraph, at, perWord, 0, perWord.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var nameAt = at + perWord.Length;
            if (TextRules.IsWordChar(paragraph, nameAt) || TextRules.SkipInlineSpaces(paragraph, nameAt, 1) is var n && n == nameAt)
            {
                continue;
            }

            if (perNames.MatchAt(paragraph, n) is { } match && !string.Equals(match.Value, figure.Key, StringComparison.Ordinal))
            {
                figure.Per = match.Value;
                figure.Length = n + match.Form.Length - figure.Start;
                figure.Text = paragraph.Substring(figure.Start, figure.Length);
            }
        }
    }
}
