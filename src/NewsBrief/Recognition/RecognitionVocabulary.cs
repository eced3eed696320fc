using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Recognition;

/// <summary>A currency written before or after the number; a minor unit divides by <see cref="Divisor"/> (<c>50 cents</c>).</summary>
internal readonly record struct CurrencyForm(string Code, decimal Divisor);

/// <summary>
/// Every word and symbol the recogniser knows for one locale, gathered once from <see cref="LocaleData"/>:
/// the forms the formatters write (symbols, names, scale words, qualifier and percent patterns, months,
/// weekdays, units, spelled numbers) plus the <c>recognition:</c> section. No word is written in code.
/// </summary>
internal sealed partial class RecognitionVocabulary
{
    private RecognitionVocabulary(LocaleData locale)
    {
        Numbers = new NumberScanner(locale.NumberData);
        MinusSign = locale.NumberData.MinusSign;
    }

    public NumberScanner Numbers { get; }

    public string MinusSign { get; }

    public PhraseTable<string> CurrencyBefore { get; } = new();

    public PhraseTable<CurrencyForm> CurrencyAfter { get; } = new();

    public PhraseTable<decimal> Scales { get; } = new();

    public PhraseTable<bool> PercentAfter { get; } = new();

    public PhraseTable<string> Units { get; } = new();

    public PhraseTable<Qualifier> Qualifiers { get; } = new();

    public PhraseTable<bool> EquivalenceWords { get; } = new();

    /// <summary>Brackets that open an equivalent (<c>(</c> from <c>money.pair: "{0} ({1})"</c>).</summary>
    public HashSet<string> EquivalenceOpeners { get; } = new(StringComparer.Ordinal);

    /// <summary>Range joins, lower case, spaces collapsed (<c>hingga</c>, <c>to</c>, <c>—</c>).</summary>
    public HashSet<string> RangeWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public PhraseTable<bool> NotFiguresAfter { get; } = new();

    /// <summary>Words after a number that make it a time of day (<c>a.m.</c>, <c>WIB</c>).</summary>
    public PhraseTable<bool> TimeWords { get; } = new();

    public PhraseTable<int> SpelledNumbers { get; } = new();

    public PhraseTable<int> Months { get; } = new();

    public PhraseTable<int> Weekdays { get; } = new();

    public List<List<PatternToken>> DatePatterns { get; } = [];

    public List<PatternToken> YearPattern { get; private set; } = [];

    /// <summary>Every word of the forms above, lower case, letters only, at least three letters.</summary>
    public IReadOnlySet<string> Words { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    public static RecognitionVocabulary From(LocaleData locale)
    {
        var v = new RecognitionVocabulary(locale);
        var r = locale.Recognition ?? new RecognitionSection();
        v.AddMoney(locale, r);
        v.AddNumbers(locale, r);
        v.AddQualifiers(locale, r);
        v.AddDates(locale, r);
        v.AddSignedFigures(locale); // points as units, fall and loss words: RecognitionVocabulary.Signed.cs
        foreach (var word in r.NotFiguresAfter)
        {
            v.NotFiguresAfter.Add(word, true);
        }

        foreach (var word in locale.Time.DayPeriods.Values.Concat(locale.Time.Zones.Values))
        {
            v.TimeWords.Add(word, true, caseSensitive: true);
        }

        foreach (var word in r.TimeWords)

        {

            v.TimeWords.Add(word, true);

        }

        var forms = v.CurrencyAfter.Forms.Concat(v.Scales.Forms).Concat(v.Units.Forms).Concat(v.Qualifiers.Forms)
            .Concat(v.EquivalenceWords.Forms).Concat(v.RangeWords).Concat(v.NotFiguresAfter.Forms).Concat(v.TimeWords.Forms)
            .Concat(v.SpelledNumbers.Forms).Concat(v.Months.Forms).Concat(v.Weekdays.Forms);
        v.Words = forms.SelectMany(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return v;
    }

    /// <summary>The text of a pattern around its <c>{0}</c>: <c>Rp{0}</c> gives ("Rp", "").</summary>
    private static (string Before, string After) Around(string pattern)
    {
        var slot = pattern.IndexOf("{0}", StringComparison.Ordinal);
        return slot < 0 ? ("", "") : (pattern[..slot].Trim(), pattern[(slot + 3)..].Trim());
    }

    private void AddMoney(LocaleData locale, RecognitionSection r)
    {
        foreach (var (code, currency) in locale.MoneyData.Currencies.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var pattern in new[] { currency.Symbol, currency.Name, currency.NameOne })
            {
                var (before, after) = Around(pattern);
                CurrencyBefore.Add(before, code);
                CurrencyAfter.Add(after, new CurrencyForm(code, 1));
            }

            if (currency.Minor is { } minor)
            {
                CurrencyAfter.Add(Around(minor.One).After, new CurrencyForm(code, minor.Factor));
                CurrencyAfter.Add(Around(minor.Other).After, new CurrencyForm(code, minor.Factor));
            }
        }

        foreach (var (code, alias) in r.Currencies.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var form in alias.Before)
            {
                CurrencyBefore.Add(form, code);
            }
            foreach (var form in alias.After)
            {
                CurrencyAfter.Add(form, new CurrencyForm(code, 1));
            }
        }

        // Pairs: "{0} ({1})" opens the equivalent with "("; words there ("sekitar") are read as its qualifier.
        foreach (var pair in new[] { locale.MoneyData.Pair, locale.MoneyData.ApproximatePair })
        {
            var between = Between(pair);
            var opener = new string(between.TakeWhile(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)).ToArray());
            if (opener.Length > 0)
            {
                EquivalenceOpeners.Add(opener);
            }
        }

        foreach (var word in r.Equivalence)

        {

            EquivalenceWords.Add(word, true);

        }
    }

    private void AddNumbers(LocaleData locale, RecognitionSection r)
    {
        foreach (var scale in locale.CompactData.Scales)
        {
            foreach (var pattern in new[] { scale.Long, scale.Short, scale.Headline })
            {
                Scales.Add(Around(pattern).After, scale.Value);
            }
        }

        foreach (var alias in r.Scales)
        {
            foreach (var pattern in alias.Forms)
            {
                Scales.Add(Around(pattern).After, alias.Value);
            }
        }

        var percent = locale.PercentData;
        foreach (var pattern in new[] { percent.Prose, percent.Table, percent.Headline }.Concat(r.Percent))
        {
            PercentAfter.Add(Around(pattern).After, true);
        }

        foreach (var (key, unit) in locale.Units.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            foreach (var form in unit.Forms.Values)
            {
                Units.Add(Around(form).After, key);
            }
        }

        foreach (var range in new[] { locale.RangesData.Words, locale.RangesData.Symbol })
        {
            RangeWords.Add(TextRules.Collapse(Between(range)));
        }

        foreach (var word in r.RangeWords)

        {

            RangeWords.Add(TextRules.Collapse(word));

        }
        AddSpelledNumbers(locale.Words);
    }

    /// <summary>Spelled numbers 0 to 99 and the one-word hundred and thousand (<c>seratus</c>, <c>seribu</c>).</summary>
    private void AddSpelledNumbers(WordsSection words)
    {
        for (var n = 0; n < 100; n++)
        {
            string? text = n < words.Small.Count ? words.Small[n]
                : words.Tens.TryGetValue(n / 10, out var ten) ? (n % 10 == 0 ? ten : FieldPattern.Fill(words.TensJoin, ten, words.Small[n % 10]))
                : null;
            if (text is not null)
            {
                SpelledNumbers.Add(text, n, caseSensitive: false);
            }
        }

        foreach (var scale in words.Scales.Append(words.Hundred).Where(s => s.One.Length > 0))
        {
            SpelledNumbers.Add(scale.One, checked((int)scale.Value), caseSensitive: false);
        }
    }

    private void AddQualifiers(LocaleData locale, RecognitionSection r)
    {
        var q = locale.QualifiersData;
        var byKey = QualifierKeys.ByKey.ToDictionary(k => k.Key, k => (Qualifier: k.Value, Pattern: q.Pattern(k.Key)), StringComparer.Ordinal);

        foreach (var (_, (qualifier, pattern)) in byKey.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Qualifiers.Add(Around(pattern).Before, qualifier, caseSensitive: false);
        }

        foreach (var (key, words) in r.Qualifiers.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            foreach (var word in words)
            {
                Qualifiers.Add(word, byKey[key].Qualifier, caseSensitive: false);
            }
        }
    }

    private void AddDates(LocaleData locale, RecognitionSection r)
    {
        var dates = locale.Dates;
        for (var m = 0; m < 12; m++)
        {
            Months.Add(dates.Months[m], m + 1, caseSensitive: true);
            Months.Add(dates.MonthsWithDay[m], m + 1, caseSensitive: true);
        }

        foreach (var (month, forms) in r.Months.OrderBy(m => m.Key))
        {
            foreach (var form in forms)
            {
                Months.Add(form, month, caseSensitive: true);
            }
        }

        for (var d = 0; d < dates.Weekdays.Count; d++)
        {
            Weekdays.Add(dates.Weekdays[d], d, caseSensitive: true);
        }

        var p = dates.Patterns;
        foreach (var pattern in new[] { p.DayWeekday, p.Day, p.DayWeekdayNoYear, p.DayNoYear, p.Month }.Concat(r.DatePatterns))
        {
            if (pattern.Length > 0)
            {
                DatePatterns.Add(FieldPattern.Parse(pattern, FieldPattern.DateFields));
            }
        }

        YearPattern = FieldPattern.Parse(p.Year.Length > 0 ? p.Year : "y", FieldPattern.DateFields);
    }

    /// <summary>The text between <c>{0}</c> and <c>{1}</c> of a two-slot pattern, trimmed.</summary>
    private static string Between(string pattern)
    {
        var first = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var second = pattern.IndexOf("{1}", StringComparison.Ordinal);
        return first >= 0 && second > first ? pattern[(first + 3)..second].Trim() : "";
    }
}
