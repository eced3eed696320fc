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
        data.Code = code;
        data.Path = path;
        var before = diagnostics.Count;
        LocaleDataValidator.Validate(data, diagnostics);
        return diagnostics.Count > before && diagnostics.HasErrors ? null : data;
    }

    private static Dictionary<string, string> Texts(R r) => r.Map(static r => r.String());

    private static List<string> TextList(R r) => r.List(static r => r.String());

    // --- numbers, money, percent, compact, ranges, qualifiers (LocaleData.Numbers.cs) ---

    private static readonly Dictionary<string, R.Field<NumberSection>> NumberKeys = new(StringComparer.Ordinal)
    {
        ["decimal_separator"] = static (r, s) => s.DecimalSeparator = r.String(),
        ["group_separator"] = static (r, s) => s.GroupSeparator = r.String(),
        ["minus_sign"] = static (r, s) => s.MinusSign = r.String(),
    };

    private static readonly Dictionary<string, R.Field<MinorUnitSection>> MinorUnitKeys = new(StringComparer.Ordinal)
    {
        ["below"] = static (r, s) => s.Below = r.Decimal(),
        ["factor"] = static (r, s) => s.Factor = r.Decimal(),
        ["one"] = static (r, s) => s.One = r.String(),
        ["other"] = static (r, s) => s.Other = r.String(),
    };

    private static readonly Dictionary<string, R.Field<CurrencySection>> CurrencyKeys = new(StringComparer.Ordinal)
    {
        ["symbol"] = static (r, s) => s.Symbol = r.String(),
        ["name"] = static (r, s) => s.Name = r.String(),
        ["name_one"] = static (r, s) => s.NameOne = r.String(),
        ["usual"] = static (r, s) => s.Usual = r.String(),
        ["unit_name"] = static (r, s) => s.UnitName = r.String(),
        ["decimals"] = static (r, s) => s.Decimals = r.Int(),
        ["minor"] = static (r, s) => s.Minor = r.Object(MinorUnitKeys, new MinorUnitSection()),
    };

    private static readonly Dictionary<string, R.Field<MoneySection>> MoneyKeys = new(StringComparer.Ordinal)
    {
        ["scale_from"] = static (r, s) => s.ScaleFrom = r.Decimal(),
        ["pair"] = static (r, s) => s.Pair = r.String(),
        ["approximate_pair"] = static (r, s) => s.ApproximatePair = r.String(),
        ["original_first"] = static (r, s) => s.OriginalFirst = r.NullableBool() == true,
        ["per"] = static (r, s) => s.Per = r.String(),
        ["currencies"] = static (r, s) => s.Currencies = r.Map(static r => r.Object(CurrencyKeys, new CurrencySection()) ?? new()),
    };

    private static readonly Dictionary<string, R.Field<PercentSection>> PercentKeys = new(StringComparer.Ordinal)
    {
        ["prose"] = static (r, s) => s.Prose = r.String(),
        ["table"] = static (r, s) => s.Table = r.String(),
        ["headline"] = static (r, s) => s.Headline = r.String(),
    };

    private static readonly Dictionary<string, R.Field<ScaleSection>> ScaleKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s.Value = r.Decimal(),
        ["long"] = static (r, s) => s.Long = r.String(),
        ["short"] = static (r, s) => s.Short = r.String(),
        ["headline"] = static (r, s) => s.Headline = r.String(),
    };

    private static readonly Dictionary<string, R.Field<CompactSection>> CompactKeys = new(StringComparer.Ordinal)
    {
        ["scales"] = static (r, s) => s.Scales = r.List(static r => r.Object(ScaleKeys, new ScaleSection()) ?? new()),
    };

    private static readonly Dictionary<string, R.Field<RangeSection>> RangesKeys = new(StringComparer.Ordinal)
    {
        ["words"] = static (r, s) => s.Words = r.String(),
        ["symbol"] = static (r, s) => s.Symbol = r.String(),
    };

    private static readonly Dictionary<string, R.Field<QualifierSection>> QualifiersKeys = new(StringComparer.Ordinal)
    {
        ["about"] = static (r, s) => s.About = r.String(),
        ["more_than"] = static (r, s) => s.MoreThan = r.String(),
        ["less_than"] = static (r, s) => s.LessThan = r.String(),
        ["nearly"] = static (r, s) => s.Nearly = r.String(),
        ["up_to"] = static (r, s) => s.UpTo = r.String(),
        ["at_least"] = static (r, s) => s.AtLeast = r.String(),
    };

    // --- dates, time, plurals, units, counts, words, ordinals (LocaleData.Dates.cs) ---

    private static readonly Dictionary<string, R.Field<DatePatterns>> DatePatternsKeys = new(StringComparer.Ordinal)
    {
        ["day"] = static (r, s) => s.Day = r.String(),
        ["day_weekday"] = static (r, s) => s.DayWeekday = r.String(),
        ["day_no_year"] = static (r, s) => s.DayNoYear = r.String(),
        ["day_weekday_no_year"] = static (r, s) => s.DayWeekdayNoYear = r.String(),
        ["month"] = static (r, s) => s.Month = r.String(),
        ["year"] = static (r, s) => s.Year = r.String(),
        ["dateline"] = static (r, s) => s.Dateline = r.String(),
    };

    private static readonly Dictionary<string, R.Field<DateRangePatterns>> DateRangesKeys = new(StringComparer.Ordinal)
    {
        ["day_same_month"] = static (r, s) => s.DaySameMonth = r.String(),
        ["day_same_year"] = static (r, s) => s.DaySameYear = r.String(),
        ["day"] = static (r, s) => s.Day = r.String(),
        ["month_same_year"] = static (r, s) => s.MonthSameYear = r.String(),
        ["month"] = static (r, s) => s.Month = r.String(),
        ["year"] = static (r, s) => s.Year = r.String(),
        ["fallback"] = static (r, s) => s.Fallback = r.String(),
    };

    private static readonly Dictionary<string, R.Field<DateSection>> DatesKeys = new(StringComparer.Ordinal)
    {
        ["months"] = static (r, s) => s.Months = TextList(r),
        ["months_with_day"] = static (r, s) => s.MonthsWithDay = TextList(r),
        ["weekdays"] = static (r, s) => s.Weekdays = TextList(r),
        ["patterns"] = static (r, s) => s.Patterns = r.Object(DatePatternsKeys, new DatePatterns()) ?? new(),
        ["ranges"] = static (r, s) => s.Ranges = r.Object(DateRangesKeys, new DateRangePatterns()) ?? new(),
        ["dateline_weekday_within"] = static (r, s) => s.DatelineWeekdayWithin = r.NullableInt(),
    };

    private static readonly Dictionary<string, R.Field<TimeSection>> TimeKeys = new(StringComparer.Ordinal)
    {
        ["pattern"] = static (r, s) => s.Pattern = r.String(),
        ["pattern_on_the_hour"] = static (r, s) => s.PatternOnTheHour = r.String(),
        ["day_periods"] = static (r, s) => s.DayPeriods = Texts(r),
        ["named"] = static (r, s) => s.Named = Texts(r),
        ["zone_pattern"] = static (r, s) => s.ZonePattern = r.String(),
        ["zones"] = static (r, s) => s.Zones = Texts(r),
        ["with_date"] = static (r, s) => s.WithDate = r.String(),
    };

    private static readonly Dictionary<string, R.Field<PeriodForms>> PeriodFormsKeys = new(StringComparer.Ordinal)
    {
        ["prose"] = static (r, s) => s.Prose = r.String(),
        ["short"] = static (r, s) => s.Short = r.String(),
        ["modifier"] = static (r, s) => s.Modifier = r.String(),
        ["headline"] = static (r, s) => s.Headline = r.String(),
        ["table"] = static (r, s) => s.Table = r.String(),
    };

    private static readonly Dictionary<string, R.Field<PeriodSection>> PeriodsKeys = new(StringComparer.Ordinal)
    {
        ["quarter"] = static (r, s) => s.Quarter = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new(),
        ["half"] = static (r, s) => s.Half = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new(),
        ["nine_months"] = static (r, s) => s.NineMonths = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new(),
        ["full_year"] = static (r, s) => s.FullYear = r.Object(PeriodFormsKeys, new PeriodForms()) ?? new(),
    };

    private static readonly Dictionary<string, R.Field<PluralSection>> PluralsKeys = new(StringComparer.Ordinal)
    {
        ["cardinal"] = static (r, s) => s.Cardinal = Texts(r),
        ["ordinal"] = static (r, s) => s.Ordinal = Texts(r),
    };

    private static readonly Dictionary<string, R.Field<UnitData>> UnitKeys = new(StringComparer.Ordinal)
    {
        ["forms"] = static (r, s) => s.Forms = Texts(r),
        ["measure"] = static (r, s) => s.Measure = r.Bool(),
        ["modifier"] = static (r, s) => s.Modifier = r.String(),
    };

    private static readonly Dictionary<string, R.Field<SpellRule>> SpellRuleKeys = new(StringComparer.Ordinal)
    {
        ["max_words"] = static (r, s) => s.MaxWords = r.NullableInt(),
        ["min"] = static (r, s) => s.Min = r.NullableLong(),
        ["max"] = static (r, s) => s.Max = r.NullableLong(),
    };

    private static readonly Dictionary<string, R.Field<CountSection>> CountsKeys = new(StringComparer.Ordinal)
    {
        ["default_spell"] = static (r, s) => s.DefaultSpell = r.String(),
        ["spell"] = static (r, s) => s.Spell = r.Map(static r => r.Object(SpellRuleKeys, new SpellRule()) ?? new()),
        ["sentence_start_max_words"] = static (r, s) => s.SentenceStartMaxWords = r.NullableInt(),
        ["sentence_start_recast"] = static (r, s) => s.SentenceStartRecast = r.String(),
    };

    private static readonly Dictionary<string, R.Field<WordsScale>> WordsScaleKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s.Value = r.Long(),
        ["pattern"] = static (r, s) => s.Pattern = r.String(),
        ["one"] = static (r, s) => s.One = r.String(),
    };

    private static readonly Dictionary<string, R.Field<WordsSection>> WordsKeys = new(StringComparer.Ordinal)
    {
        ["small"] = static (r, s) => s.Small = TextList(r),
        ["tens"] = static (r, s) => s.Tens = r.Map<int, string>(R.TryParseInt, "a whole number such as 2", static r => r.String()),
        ["tens_join"] = static (r, s) => s.TensJoin = r.String(),
        ["hundred"] = static (r, s) => s.Hundred = r.Object(WordsScaleKeys, new WordsScale()) ?? new(),
        ["scales"] = static (r, s) => s.Scales = r.List(static r => r.Object(WordsScaleKeys, new WordsScale()) ?? new()),
        ["join"] = static (r, s) => s.Join = r.String(),
        ["negative"] = static (r, s) => s.Negative = r.String(),
    };

    private static readonly Dictionary<string, R.Field<OrdinalSection>> OrdinalsKeys = new(StringComparer.Ordinal)
    {
        ["default_words_up_to"] = static (r, s) => s.DefaultWordsUpTo = r.Long(),
        ["digits"] = static (r, s) => s.Digits = Texts(r),
        ["words"] = static (r, s) => s.Words = r.Map<long, string>(R.TryParseLong, "a whole number such as 1", static r => r.String()),
        ["words_pattern"] = static (r, s) => s.WordsPattern = r.String(),
    };

    // --- recognition (LocaleData.Recognition.cs) ---

    private static readonly Dictionary<string, R.Field<CurrencyAliasSection>> CurrencyAliasKeys = new(StringComparer.Ordinal)
    {
        ["before"] = static (r, s) => s.Before = TextList(r),
        ["after"] = static (r, s) => s.After = TextList(r),
    };

    private static readonly Dictionary<string, R.Field<ScaleAliasSection>> ScaleAliasKeys = new(StringComparer.Ordinal)
    {
        ["value"] = static (r, s) => s.Value = r.Decimal(),
        ["forms"] = static (r, s) => s.Forms = TextList(r),
    };

    private static readonly Dictionary<string, R.Field<RecognitionSection>> RecognitionKeys = new(StringComparer.Ordinal)
    {
        ["currencies"] = static (r, s) => s.Currencies = r.Map(static r => r.Object(CurrencyAliasKeys, new CurrencyAliasSection()) ?? new()),
        ["scales"] = static (r, s) => s.Scales = r.List(static r => r.Object(ScaleAliasKeys, new ScaleAliasSection()) ?? new()),
        ["percent"] = static (r, s) => s.Percent = TextList(r),
        ["qualifiers"] = static (r, s) => s.Qualifiers = r.Map(TextList),
        ["equivalence"] = static (r, s) => s.Equivalence = TextList(r),
        ["range_words"] = static (r, s) => s.RangeWords = TextList(r),
        ["months"] = static (r, s) => s.Months = r.Map<int, List<string>>(R.TryParseInt, "a month number from 1 to 12", TextList),
        ["date_patterns"] = static (r, s) => s.DatePatterns = TextList(r),
        ["time_words"] = static (r, s) => s.TimeWords = TextList(r),
        ["not_figures_after"] = static (r, s) => s.NotFiguresAfter = TextList(r),
        ["stacking_adverbs"] = static (r, s) => s.StackingAdverbs = TextList(r),
    };

    // --- the top level: a table names only tables above it (static fields initialise in order) ---

    private static readonly Dictionary<string, R.Field<LocaleData>> LocaleKeys = new(StringComparer.Ordinal)
    {
        ["name"] = static (r, d) => d.Name = r.String(),
        ["tag"] = static (r, d) => d.Tag = r.String(),
        ["home_currency"] = static (r, d) => d.HomeCurrency = r.String(),
        ["ui"] = static (r, d) => d.Ui = Texts(r),
        ["number"] = static (r, d) => d.Number = r.Object(NumberKeys, new NumberSection()),
        ["money"] = static (r, d) => d.Money = r.Object(MoneyKeys, new MoneySection()),
        ["percent"] = static (r, d) => d.Percent = r.Object(PercentKeys, new PercentSection()),
        ["compact"] = static (r, d) => d.Compact = r.Object(CompactKeys, new CompactSection()),
        ["ranges"] = static (r, d) => d.Ranges = r.Object(RangesKeys, new RangeSection()),
        ["qualifiers"] = static (r, d) => d.Qualifiers = r.Object(QualifiersKeys, new QualifierSection()),
        ["headline_capitals"] = static (r, d) => d.HeadlineCapitals = r.NullableBool(),
        ["headline_minor_words"] = static (r, d) => d.HeadlineMinorWords = TextList(r),
        ["abbreviations"] = static (r, d) => d.Abbreviations = TextList(r),
        ["dates"] = static (r, d) => d.Dates = r.Object(DatesKeys, new DateSection()) ?? new(),
        ["time"] = static (r, d) => d.Time = r.Object(TimeKeys, new TimeSection()) ?? new(),
        ["periods"] = static (r, d) => d.Periods = r.Object(PeriodsKeys, new PeriodSection()) ?? new(),
        ["plurals"] = static (r, d) => d.Plurals = r.Object(PluralsKeys, new PluralSection()) ?? new(),
        ["units"] = static (r, d) => d.Units = r.Map(static r => r.Object(UnitKeys, new UnitData()) ?? new()),
        ["counts"] = static (r, d) => d.Counts = r.Object(CountsKeys, new CountSection()) ?? new(),
        ["words"] = static (r, d) => d.Words = r.Object(WordsKeys, new WordsSection()) ?? new(),
        ["ordinals"] = static (r, d) => d.Ordinals = r.Object(OrdinalsKeys, new OrdinalSection()) ?? new(),
        ["recognition"] = static (r, d) => d.Recognition = r.Object(RecognitionKeys, new RecognitionSection()),
        ["changes"] = static (r, d) => d.Changes = r.Object(FigureFormKeys.Changes, new ChangeSection()),
        ["points"] = static (r, d) => d.Points = r.Object(FigureFormKeys.Points, new PointsSection()),
        ["figure_ranges"] = static (r, d) => d.FigureRanges = r.Object(FigureFormKeys.Ranges, new FigureRangeSection()) ?? new(),
        ["helpers"] = static (r, d) => d.Helpers = r.Object(HelperKeys.Helpers, new HelperSection()),
        ["kinds"] = static (r, d) => d.Kinds = KindWords(r),
    };
}
