using System.Collections.ObjectModel;
using NewsBrief.Diagnostics;
using R = NewsBrief.Localization.LocaleYamlReader;

namespace NewsBrief.Localization;

/// <summary>
/// Reads one locale file. Locale files are trusted repository data, but still read strictly:
/// unknown keys, duplicate keys, values of the wrong shape, anchors, aliases and tags are errors
/// (NB2001) at their line and column, then <see cref="LocaleDataValidator"/> names missing values.
/// The tables below are the file's whole shape, key by key (docs/adding-a-locale.md describes it).
/// </summary>
public static partial class LocaleDataParser
{
    /// <summary>Parses <paramref name="text"/>; returns null and reports diagnostics when it cannot.</summary>
    public static LocaleData? Parse(string text, string path, string code, DiagnosticBag diagnostics)
    {
        if (R.Read(text, path, diagnostics, LocaleKeys, "The locale file is empty. Copy locales/en.yml and translate it.") is not { } data)
        {
            return null;
        }

        return Validated(data, path, code, diagnostics);
    }

    /// <summary>
    /// Parses a project's locale file laid over the shipped one of the same code, key by key (Hugo's
    /// lookup order): what <paramref name="overlay"/> sets wins, everything else is the shipped
    /// file's. The overlay alone is read first, so its mistakes are reported at its own lines.
    /// </summary>
    public static LocaleData? ParseOverlay(string baseText, string overlay, string path, string code, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Count;
        if (R.Read(overlay, path, diagnostics, LocaleKeys, "The locale file is empty. Delete it to use the shipped one, or set the keys to change.") is null
            || diagnostics.Count > before)
        {
            return null;
        }

        var merged = LocaleOverlay.Merge(baseText, overlay);
        if (R.Read(merged, path, diagnostics, LocaleKeys, "The locale file is empty.") is not { } data)
        {
            return null;
        }

        return Validated(data, path, code, diagnostics);
    }

    /// <summary>Names the parsed data and validates it; null when validation reported errors.</summary>
    private static LocaleData? Validated(LocaleData data, string path, string code, DiagnosticBag diagnostics)
    {
        data = data with { Code = code, Path = path };
        var before = diagnostics.Count;
        LocaleDataValidator.Validate(data, diagnostics);
        return diagnostics.Count > before && diagnostics.HasErrors ? null : data;
    }

    private static ReadOnlyDictionary<string, string> Texts(R r) => r.Map(static r => r.String());

    private static IReadOnlyList<string> TextList(R r) => r.List(static r => r.String());

    // --- numbers, money, percent, compact, ranges, qualifiers (LocaleData.Numbers.cs) ---

    private static readonly Dictionary<string, R.Field<NumberSection>> NumberKeys = new(StringComparer.Ordinal)
    {
        ["decimal_separator"] = static (r, s) => s with { DecimalSeparator = r.String() },
        ["group_separator"] = static (r, s) => s with { GroupSeparator = r.String() },
        ["minus_sign"] = static (r, s) => s with { MinusSign = r.String() },
    };

    private static readonly Dictionary<string, R.Field<MinorUnitSection>> MinorUnitKeys = new(StringComparer.Ordinal)
    {
        ["below"] = static (r, s) => s with { Below = r.Decimal() },
        ["factor"] = static (r, s) => s with { Factor = r.Decimal() },
        ["one"] = static (r, s) => s with { One = r.String() },
        ["other"] = static (r, s) => s with { Other = r.String() },
    };

    private static readonly Dictionary<string, R.Field<CurrencySection>> CurrencyKeys = new(StringComparer.Ordinal)
    {
        ["symbol"] = static (r, s) => s with { Symbol = r.String() },
        ["name"] = static (r, s) => s with { Name = r.String() },
        ["name_one"] = static (r, s) => s with { NameOne = r.String() },
        ["usual"] = static (r, s) => s with { Usual = r.String() },
        ["unit_name"] = static (r, s) => s with { UnitName = r.String() },
        ["decimals"] = static (r, s) => s with { Decimals = r.Int() },
        ["minor"] = static (r, s) => s with { Minor = r.Object(MinorUnitKeys, new MinorUnitSection()) },
    };

    private static readonly Dictionary<string, R.Field<MoneySection>> MoneyKeys = new(StringComparer.Ordinal)
    {
        ["scale_from"] = static (r, s) => s with { ScaleFrom = r.Decimal() },
        ["pair"] = static (r, s) => s with { Pair = r.String() },
        ["approximate_pair"] = static (r, s) => s with { ApproximatePair = r.String() },
        ["original_first"] = static (r, s) => s with { OriginalFirst = r.NullableBool() == true },
        ["per"] = static (r, s) => s with { Per = r.String() },
        ["currencies"] = static (r, s) => s with { Currencies = r.Map(static r => r.Object(CurrencyKeys, new CurrencySection()) ?? new()) },
    };

    private static readonly Dictionary<string, R.Field<PercentSection>> PercentKeys = new(StringComparer.Ordinal)
    {
        ["prose"] = static (r, s) => s with { Prose = r.String() },
        ["table"] = static (r, s) => s with { Table = r.String() },
        ["headline"] = static (r, s) => s with { Headline = r.String() },
    };

    private static readonly Dictionary<string, R.Field<ScaleSection>> ScaleKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s with { Value = r.Decimal() },
        ["long"] = static (r, s) => s with { Long = r.String() },
        ["short"] = static (r, s) => s with { Short = r.String() },
        ["headline"] = static (r, s) => s with { Headline = r.String() },
    };

    private static readonly Dictionary<string, R.Field<CompactSection>> CompactKeys = new(StringComparer.Ordinal)
    {
        ["scales"] = static (r, s) => s with { Scales = r.List(static r => r.Object(ScaleKeys, new ScaleSection()) ?? new()) },
    };

    private static readonly Dictionary<string, R.Field<RangeSection>> RangesKeys = new(StringComparer.Ordinal)
    {
        ["words"] = static (r, s) => s with { Words = r.String() },
        ["symbol"] = static (r, s) => s with { Symbol = r.String() },
    };

    private static readonly Dictionary<string, R.Field<QualifierSection>> QualifiersKeys = new(StringComparer.Ordinal)
    {
        ["about"] = static (r, s) => s with { About = r.String() },
        ["more_than"] = static (r, s) => s with { MoreThan = r.String() },
        ["less_than"] = static (r, s) => s with { LessThan = r.String() },
        ["nearly"] = static (r, s) => s with { Nearly = r.String() },
        ["up_to"] = static (r, s) => s with { UpTo = r.String() },
        ["at_least"] = static (r, s) => s with { AtLeast = r.String() },
    };

    // --- dates, time, plurals, units, counts, words, ordinals (LocaleData.Dates.cs) ---

    private static readonly Dictionary<string, R.Field<DatePatterns>> DatePatternsKeys = new(StringComparer.Ordinal)
    {
        ["day"] = static (r, s) => s with { Day = r.String() },
        ["day_weekday"] = static (r, s) => s with { DayWeekday = r.String() },
        ["day_no_year"] = static (r, s) => s with { DayNoYear = r.String() },
        ["day_weekday_no_year"] = static (r, s) => s with { DayWeekdayNoYear = r.String() },
        ["month"] = static (r, s) => s with { Month = r.String() },
        ["year"] = static (r, s) => s with { Year = r.String() },
        ["dateline"] = static (r, s) => s with { Dateline = r.String() },
    };

    private static readonly Dictionary<string, R.Field<DateRangePatterns>> DateRangesKeys = new(StringComparer.Ordinal)
    {
        ["day_same_month"] = static (r, s) => s with { DaySameMonth = r.String() },
        ["day_same_year"] = static (r, s) => s with { DaySameYear = r.String() },
        ["day"] = static (r, s) => s with { Day = r.String() },
        ["month_same_year"] = static (r, s) => s with { MonthSameYear = r.String() },
        ["month"] = static (r, s) => s with { Month = r.String() },
        ["year"] = static (r, s) => s with { Year = r.String() },
        ["fallback"] = static (r, s) => s with { Fallback = r.String() },
    };

    private static readonly Dictionary<string, R.Field<DateSection>> DatesKeys = new(StringComparer.Ordinal)
    {
        ["months"] = static (r, s) => s with { Months = TextList(r) },
        ["months_with_day"] = static (r, s) => s with { MonthsWithDay = TextList(r) },
        ["weekdays"] = static (r, s) => s with { Weekdays = TextList(r) },
        ["patterns"] = static (r, s) => s with { Patterns = r.Object(DatePatternsKeys, new DatePatterns()) ?? new() },
        ["ranges"] = static (r, s) => s with { Ranges = r.Object(DateRangesKeys, new DateRangePatterns()) ?? new() },
        ["dateline_weekday_within"] = static (r, s) => s with { DatelineWeekdayWithin = r.NullableInt() },
    };

    private static readonly Dictionary<string, R.Field<TimeSection>> TimeKeys = new(StringComparer.Ordinal)
    {
        ["pattern"] = static (r, s) => s with { Pattern = r.String() },
        ["pattern_on_the_hour"] = static (r, s) => s with { PatternOnTheHour = r.String() },
        ["day_periods"] = static (r, s) => s with { DayPeriods = Texts(r) },
        ["named"] = static (r, s) => s with { Named = Texts(r) },
        ["zone_pattern"] = static (r, s) => s with { ZonePattern = r.String() },
        ["zones"] = static (r, s) => s with { Zones = Texts(r) },
        ["with_date"] = static (r, s) => s with { WithDate = r.String() },
    };

    private static readonly Dictionary<string, R.Field<PeriodForms>> PeriodFormsKeys = new(StringComparer.Ordinal)
    {
        ["prose"] = static (r, s) => s with { Prose = r.String() },
        ["short"] = static (r, s) => s with { Short = r.String() },
        ["modifier"] = static (r, s) => s with { Modifier = r.String() },
        ["headline"] = static (r, s) => s with { Headline = r.String() },
        ["table"] = static (r, s) => s with { Table = r.String() },
    };

    private static readonly Dictionary<string, R.Field<PeriodSection>> PeriodsKeys = new(StringComparer.Ordinal)
    {
        ["quarter"] = static (r, s) => s with { Quarter = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new() },
        ["half"] = static (r, s) => s with { Half = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new() },
        ["nine_months"] = static (r, s) => s with { NineMonths = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new() },
        ["full_year"] = static (r, s) => s with { FullYear = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new() },
    };

    private static readonly Dictionary<string, R.Field<PluralSection>> PluralsKeys = new(StringComparer.Ordinal)
    {
        ["cardinal"] = static (r, s) => s with { Cardinal = Texts(r) },
        ["ordinal"] = static (r, s) => s with { Ordinal = Texts(r) },
    };

    private static readonly Dictionary<string, R.Field<UnitData>> UnitKeys = new(StringComparer.Ordinal)
    {
        ["forms"] = static (r, s) => s with { Forms = Texts(r) },
        ["measure"] = static (r, s) => s with { Measure = r.Bool() },
        ["modifier"] = static (r, s) => s with { Modifier = r.String() },
    };

    private static readonly Dictionary<string, R.Field<SpellRule>> SpellRuleKeys = new(StringComparer.Ordinal)
    {
        ["max_words"] = static (r, s) => s with { MaxWords = r.NullableInt() },
        ["min"] = static (r, s) => s with { Min = r.NullableLong() },
        ["max"] = static (r, s) => s with { Max = r.NullableLong() },
    };

    private static readonly Dictionary<string, R.Field<CountSection>> CountsKeys = new(StringComparer.Ordinal)
    {
        ["default_spell"] = static (r, s) => s with { DefaultSpell = r.String() },
        ["spell"] = static (r, s) => s with { Spell = r.Map(static r => r.Object(SpellRuleKeys, new SpellRule()) ?? new()) },
        ["sentence_start_max_words"] = static (r, s) => s with { SentenceStartMaxWords = r.NullableInt() },
        ["sentence_start_recast"] = static (r, s) => s with { SentenceStartRecast = r.String() },
    };

    private static readonly Dictionary<string, R.Field<WordsScale>> WordsScaleKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s with { Value = r.Long() },
        ["pattern"] = static (r, s) => s with { Pattern = r.String() },
        ["one"] = static (r, s) => s with { One = r.String() },
    };

    private static readonly Dictionary<string, R.Field<WordsSection>> WordsKeys = new(StringComparer.Ordinal)
    {
        ["small"] = static (r, s) => s with { Small = TextList(r) },
        ["tens"] = static (r, s) => s with { Tens = r.Map<int, string>(R.TryParseInt, "a whole number such as 2", static r => r.String()) },
        ["tens_join"] = static (r, s) => s with { TensJoin = r.String() },
        ["hundred"] = static (r, s) => s with { Hundred = r.Object(WordsScaleKeys, new WordsScale()) ?? new() },
        ["scales"] = static (r, s) => s with { Scales = r.List(static r => r.Object(WordsScaleKeys, new WordsScale()) ?? new()) },
        ["join"] = static (r, s) => s with { Join = r.String() },
        ["negative"] = static (r, s) => s with { Negative = r.String() },
    };

    private static readonly Dictionary<string, R.Field<OrdinalSection>> OrdinalsKeys = new(StringComparer.Ordinal)
    {
        ["default_words_up_to"] = static (r, s) => s with { DefaultWordsUpTo = r.Long() },
        ["digits"] = static (r, s) => s with { Digits = Texts(r) },
        ["words"] = static (r, s) => s with { Words = r.Map<long, string>(R.TryParseLong, "a whole number such as 1", static r => r.String()) },
        ["words_pattern"] = static (r, s) => s with { WordsPattern = r.String() },
    };

    // --- recognition (LocaleData.Recognition.cs) ---

    private static readonly Dictionary<string, R.Field<CurrencyAliasSection>> CurrencyAliasKeys = new(StringComparer.Ordinal)
    {
        ["before"] = static (r, s) => s with { Before = TextList(r) },
        ["after"] = static (r, s) => s with { After = TextList(r) },
    };

    private static readonly Dictionary<string, R.Field<ScaleAliasSection>> ScaleAliasKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s with { Value = r.Decimal() },
        ["forms"] = static (r, s) => s with { Forms = TextList(r) },
    };

    private static readonly Dictionary<string, R.Field<RecognitionSection>> RecognitionKeys = new(StringComparer.Ordinal)
    {
        ["currencies"] = static (r, s) => s with { Currencies = r.Map(static r => r.Object(CurrencyAliasKeys, new CurrencyAliasSection()) ?? new()) },
        ["scales"] = static (r, s) => s with { Scales = r.List(static r => r.Object(ScaleAliasKeys, new ScaleAliasSection()) ?? new()) },
        ["percent"] = static (r, s) => s with { Percent = TextList(r) },
        ["qualifiers"] = static (r, s) => s with { Qualifiers = r.Map(TextList) },
        ["equivalence"] = static (r, s) => s with { Equivalence = TextList(r) },
        ["range_words"] = static (r, s) => s with { RangeWords = TextList(r) },
        ["months"] = static (r, s) => s with { Months = r.Map<int, IReadOnlyList<string>>(R.TryParseInt, "a month number from 1 to 12", TextList) },
        ["date_patterns"] = static (r, s) => s with { DatePatterns = TextList(r) },
        ["time_words"] = static (r, s) => s with { TimeWords = TextList(r) },
        ["not_figures_after"] = static (r, s) => s with { NotFiguresAfter = TextList(r) },
        ["stacking_adverbs"] = static (r, s) => s with { StackingAdverbs = TextList(r) },
    };

    // --- the top level: a table names only tables above it (static fields initialise in order) ---

    private static readonly Dictionary<string, R.Field<LocaleData>> LocaleKeys = new(StringComparer.Ordinal)
    {
        ["name"] = static (r, d) => d with { Name = r.String() },
        ["tag"] = static (r, d) => d with { Tag = r.String() },
        ["home_currency"] = static (r, d) => d with { HomeCurrency = r.String() },
        ["ui"] = static (r, d) => d with { Ui = Texts(r) },
        ["number"] = static (r, d) => d with { Number = r.Object(NumberKeys, new NumberSection()) },
        ["money"] = static (r, d) => d with { Money = r.Object(MoneyKeys, new MoneySection()) },
        ["percent"] = static (r, d) => d with { Percent = r.Object(PercentKeys, new PercentSection()) },
        ["compact"] = static (r, d) => d with { Compact = r.Object(CompactKeys, new CompactSection()) },
        ["ranges"] = static (r, d) => d with { Ranges = r.Object(RangesKeys, new RangeSection()) },
        ["qualifiers"] = static (r, d) => d with { Qualifiers = r.Object(QualifiersKeys, new QualifierSection()) },
        ["headline_capitals"] = static (r, d) => d with { HeadlineCapitals = r.NullableBool() },
        ["headline_minor_words"] = static (r, d) => d with { HeadlineMinorWords = TextList(r) },
        ["abbreviations"] = static (r, d) => d with { Abbreviations = TextList(r) },
        ["dates"] = static (r, d) => d with { Dates = r.Object(DatesKeys, new DateSection()) ?? new() },
        ["time"] = static (r, d) => d with { Time = r.Object(TimeKeys, new TimeSection()) ?? new() },
        ["periods"] = static (r, d) => d with { Periods = r.Object(PeriodsKeys, new PeriodSection()) ?? new() },
        ["plurals"] = static (r, d) => d with { Plurals = r.Object(PluralsKeys, new PluralSection()) ?? new() },
        ["units"] = static (r, d) => d with { Units = r.Map(static r => r.Object(UnitKeys, new UnitData()) ?? new()) },
        ["counts"] = static (r, d) => d with { Counts = r.Object(CountsKeys, new CountSection()) ?? new() },
        ["words"] = static (r, d) => d with { Words = r.Object(WordsKeys, new WordsSection()) ?? new() },
        ["ordinals"] = static (r, d) => d with { Ordinals = r.Object(OrdinalsKeys, new OrdinalSection()) ?? new() },
        ["recognition"] = static (r, d) => d with { Recognition = r.Object(RecognitionKeys, new RecognitionSection()) },
        ["changes"] = static (r, d) => d with { Changes = r.Object(FigureFormKeys.Changes, new ChangeSection()) },
        ["points"] = static (r, d) => d with { Points = r.Object(FigureFormKeys.Points, new PointsSection()) },
        ["figure_ranges"] = static (r, d) => d with { FigureRanges = r.Object(FigureFormKeys.Ranges, new FigureRangeSection()) ?? new() },
        ["helpers"] = static (r, d) => d with { Helpers = r.Object(HelperKeys.Helpers, new HelperSection()) },
        ["kinds"] = static (r, d) => d with { Kinds = KindWords(r) },
    };
}
