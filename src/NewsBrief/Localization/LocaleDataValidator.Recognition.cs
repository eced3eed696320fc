using System.Globalization;

namespace NewsBrief.Localization;

internal static partial class LocaleDataValidator
{
    static partial void ValidateRecognitionSection(LocaleData data, Action<bool, string> require)
    {
        if (data.Recognition is not { } r)
        {
            return; // optional: the recogniser then reads only what the other sections write
        }

        static bool Words(IEnumerable<string> words) => words.All(w => w.Trim().Length > 0);

        foreach (var (code, alias) in r.Currencies.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var key = "recognition.currencies." + code;
            require(data.Money?.Currencies.ContainsKey(code) == true, key + " (a currency of money.currencies)");
            require(Words(alias.Before) && Words(alias.After), key + ".before and .after (non-empty forms)");
        }

        foreach (var scale in r.Scales)
        {
            var key = "recognition.scales[" + scale.Value.ToString(CultureInfo.InvariantCulture) + "]";
            require(data.Compact?.Scales.Any(s => s.Value == scale.Value) == true, key + ".value (a value of compact.scales)");
            require(scale.Forms.Count > 0 && scale.Forms.All(f => FieldPattern.HasPlaceholders(f, 1)), key + ".forms (patterns with {0})");
        }

        require(r.Percent.All(p => FieldPattern.HasPlaceholders(p, 1)), "recognition.percent (patterns with {0})");
        foreach (var (key, words) in r.Qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            require(QualifierSection.Keys.Contains(key), "recognition.qualifiers." + key + " (one of " + string.Join(", ", QualifierSection.Keys) + ")");
            require(Words(words), "recognition.qualifiers." + key + " (non-empty words)");
        }

        require(Words(r.Equivalence), "recognition.equivalence (non-empty words)");
        require(Words(r.RangeWords), "recognition.range_words (non-empty words)");
        require(Words(r.TimeWords), "recognition.time_words (non-empty words)");
        require(Words(r.NotFiguresAfter), "recognition.not_figures_after (non-empty words)");
        foreach (var (month, forms) in r.Months.OrderBy(m => m.Key))
        {
            require(month is >= 1 and <= 12 && Words(forms), "recognition.months." + month.ToString(CultureInfo.InvariantCulture) + " (a month 1 to 12 with non-empty forms)");
        }

        foreach (var pattern in r.DatePatterns)
        {
            var error = FieldPattern.Check(pattern, FieldPattern.DateFields);
            require(error is null, "recognition.date_patterns: '" + pattern + "' (" + error + ")");
        }
    }
}
