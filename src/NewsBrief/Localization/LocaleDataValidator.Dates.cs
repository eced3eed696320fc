
namespace NewsBrief.Localization;

// Checks the sections declared in LocaleData.Dates.cs, so a broken locale is a diagnostic, never a crash.
internal static partial class LocaleDataValidator
{
    static partial void ValidateDateSections(LocaleData data, Action<bool, string> require)
    {
        // `require(ok, what)` reports "has no '<what>'"; for a present but bad value, `what` says what a good one is.
        void Pattern(string value, string key, IReadOnlyDictionary<char, int[]> fields, bool interval = false)
        {
            if (value.Length == 0)
            {
                require(false, key);
                return;
            }

            string? error;
            try
            {
                var tokens = FieldPattern.Parse(value, fields);
                if (interval)
                {
                    FieldPattern.SplitInterval(tokens);
                }

                error = null;
            }
            catch (FormatException e)
            {
                error = e.Message;
            }

            require(error is null, $"{key} as a valid pattern ('{value}': {error})");
        }

        void Placeholders(string value, string key, int count) =>
            require(value.Length > 0 && FieldPattern.HasPlaceholders(value, count),
                $"{key} with {string.Join(" and ", Enumerable.Range(0, count).Select(i => "{" + i + "}"))}");

        // dates
        var dates = data.Dates;
        require(dates.Months.Count == 12 && dates.Months.All(m => m.Length > 0), "dates.months (12 names, January first)");
        require(dates.MonthsWithDay.Count == 12 && dates.MonthsWithDay.All(m => m.Length > 0), "dates.months_with_day (12 forms, January first)");
        require(dates.Weekdays.Count == 7 && dates.Weekdays.All(m => m.Length > 0), "dates.weekdays (7 names, Sunday first)");
        var p = dates.Patterns;
        Pattern(p.Day, "dates.patterns.day", FieldPattern.DateFields);
        Pattern(p.DayWeekday, "dates.patterns.day_weekday", FieldPattern.DateFields);
        Pattern(p.DayNoYear, "dates.patterns.day_no_year", FieldPattern.DateFields);
        Pattern(p.DayWeekdayNoYear, "dates.patterns.day_weekday_no_year", FieldPattern.DateFields);
        Pattern(p.Month, "dates.patterns.month", FieldPattern.DateFields);
        Pattern(p.Year, "dates.patterns.year", FieldPattern.DateFields);
        var r = dates.Ranges;
        Pattern(r.DaySameMonth, "dates.ranges.day_same_month", FieldPattern.DateFields, interval: true);
        Pattern(r.DaySameYear, "dates.ranges.day_same_year", FieldPattern.DateFields, interval: true);
        Pattern(r.Day, "dates.ranges.day", FieldPattern.DateFields, interval: true);
        Pattern(r.MonthSameYear, "dates.ranges.month_same_year", FieldPattern.DateFields, interval: true);
        Pattern(r.Month, "dates.ranges.month", FieldPattern.DateFields, interval: true);
        Pattern(r.Year, "dates.ranges.year", FieldPattern.DateFields, interval: true);
        Placeholders(r.Fallback, "dates.ranges.fallback", 2);

        // time
        var time = data.Time;
        Pattern(time.Pattern, "time.pattern", FieldPattern.TimeFields);
        if (time.PatternOnTheHour.Length > 0)
        {
            Pattern(time.PatternOnTheHour, "time.pattern_on_the_hour", FieldPattern.TimeFields);
        }

        if ((time.Pattern + time.PatternOnTheHour).Contains('a', StringComparison.Ordinal))
        {
            require(time.DayPeriods.ContainsKey("am") && time.DayPeriods.ContainsKey("pm"), "time.day_periods (am and pm, used by the pattern letter a)");
        }

        foreach (var key in time.Named.Keys)
        {
            require(TimeOnly.TryParseExact(key, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
                $"time.named key as HH:mm (found '{key}')");
        }

        Placeholders(time.ZonePattern, "time.zone_pattern", 2);

        // plurals
        foreach (var (kind, rules) in new[] { ("cardinal", data.Plurals.Cardinal), ("ordinal", data.Plurals.Ordinal) })
        {
            foreach (var (category, rule) in rules)
            {
                require(PluralRules.RuleCategories.Contains(category),
                    $"plurals.{kind}.{category} as a category name (zero, one, two, few or many; other is implied)");
                var error = PluralRules.Check(rule);
                require(error is null, $"plurals.{kind}.{category} as a valid CLDR plural rule ('{rule}': {error})");
            }
        }

        var cardinalCategories = data.Plurals.Cardinal.Keys.Append(PluralRules.Other).ToList();
        var ordinalCategories = data.Plurals.Ordinal.Keys.Append(PluralRules.Other).ToList();

        // units
        require(data.Units.Count > 0, "units");
        foreach (var (key, unit) in data.Units)
        {
            foreach (var category in cardinalCategories)
            {
                require(unit.Forms.TryGetValue(category, out var form) && FieldPattern.HasPlaceholders(form, 1), $"units.{key}.forms.{category} (a pattern with {{0}})");
            }

            foreach (var category in unit.Forms.Keys.Except(cardinalCategories))
            {
                require(false, $"units.{key}.forms.{category} as a cardinal category of plurals.cardinal ({string.Join(", ", cardinalCategories)})");
            }
        }

        // counts
        var counts = data.Counts;
        require(counts.Spell.Count > 0, "counts.spell");
        require(counts.Spell.ContainsKey(counts.DefaultSpell), $"counts.default_spell naming a policy of counts.spell ('{counts.DefaultSpell}')");
        foreach (var (name, rule) in counts.Spell)
        {
            require(rule.MaxWords is null or > 0, $"counts.spell.{name}.max_words above 0");
            require(rule.Min is null || rule.Max is null || rule.Min <= rule.Max, $"counts.spell.{name} with min <= max");
        }


        // words
        var words = data.Words;
        require(words.Small.Count is >= 10 and <= 100 && words.Small.All(w => w.Length > 0), "words.small (words for 0 to at least 9, at most 99)");
        for (var d = Math.Max(1, words.Small.Count / 10); d <= 9; d++)
        {
            require(words.Tens.TryGetValue(d, out var ten) && ten.Length > 0, $"words.tens.{d}");
        }

        Placeholders(words.TensJoin, "words.tens_join", 2);
        Placeholders(words.Join, "words.join", 2);
        Placeholders(words.Negative, "words.negative", 1);
        require(words.Hundred.Value == 100, "words.hundred.value of 100");
        Placeholders(words.Hundred.Pattern, "words.hundred.pattern", 1);
        require(words.Scales.Any(s => s.Value == 1000), "words.scales entry for 1000");
        foreach (var scale in words.Scales)
        {
            require(scale.Value >= 1000 && words.Scales.Count(s => s.Value == scale.Value) == 1, $"words.scales value of 1000 or more, each once (found {scale.Value})");
            Placeholders(scale.Pattern, $"words.scales[{scale.Value}].pattern", 1);
        }

        // ordinals
        var ordinals = data.Ordinals;
        require(ordinals.Digits.TryGetValue(PluralRules.Other, out var otherDigits) && FieldPattern.HasPlaceholders(otherDigits, 1), "ordinals.digits.other (a pattern with {0})");
        foreach (var category in ordinals.Digits.Keys.Except(ordinalCategories))
        {
            require(false, $"ordinals.digits.{category} as an ordinal category of plurals.ordinal ({string.Join(", ", ordinalCategories)})");
        }

        require(ordinals.DefaultWordsUpTo >= 0, "ordinals.default_words_up_to of 0 or more");
        if (ordinals.WordsPattern.Length > 0)
        {
            Placeholders(ordinals.WordsPattern, "ordinals.words_pattern", 1);
        }
    }
}
