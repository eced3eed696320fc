using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// Sections read by the date, time, words, ordinal, plural and count formatters.
// Every word, symbol and pattern lives in the locale file; these classes only give it a shape.
public sealed partial record LocaleData
{
    private PluralRules? cardinalRules;
    private PluralRules? ordinalRules;

    /// <summary>Month and weekday names and date patterns (<c>dates:</c>).</summary>
    public DateSection Dates { get; init; } = new();

    /// <summary>Time-of-day patterns, day periods and zone abbreviations (<c>time:</c>).</summary>
    public TimeSection Time { get; init; } = new();

    /// <summary>CLDR plural rules, cardinal and ordinal (<c>plurals:</c>).</summary>
    public PluralSection Plurals { get; init; } = new();

    /// <summary>Units and counted nouns by key (<c>units: { hour: ... }</c>).</summary>
    public IReadOnlyDictionary<string, UnitData> Units { get; init; } = ReadOnlyDictionary<string, UnitData>.Empty;

    /// <summary>When counts are spelled out (<c>counts:</c>).</summary>
    public CountSection Counts { get; init; } = new();

    /// <summary>The spell-out of whole numbers (<c>words:</c>).</summary>
    public WordsSection Words { get; init; } = new();

    /// <summary>Ordinal patterns and words (<c>ordinals:</c>).</summary>
    public OrdinalSection Ordinals { get; init; } = new();

    /// <summary>The unit keys this locale knows, ordered; facts may only use units every locale knows.</summary>
    public IEnumerable<string> UnitKeys => Units.Keys.Order(StringComparer.Ordinal);

    /// <summary>The compiled cardinal plural rules (valid once the locale passed validation).</summary>
    internal PluralRules CardinalRules => cardinalRules ??= PluralRules.Parse(Plurals.Cardinal);

    /// <summary>The compiled ordinal plural rules (valid once the locale passed validation).</summary>
    internal PluralRules OrdinalRules => ordinalRules ??= PluralRules.Parse(Plurals.Ordinal);
}

/// <summary>
/// <c>dates:</c>. Patterns use CLDR letters: <c>d</c>/<c>dd</c> day, <c>MMM</c> month as written
/// with a day (<see cref="MonthsWithDay"/>), <c>MMMM</c> month name, <c>EEEE</c> weekday, <c>y</c> year;
/// other text is literal, and letters are quoted (<c>'de'</c>).
/// </summary>
public sealed record DateSection
{
    /// <summary>Month names, January first (12).</summary>
    public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>Month forms for pattern letter <c>MMM</c> (en AP: <c>Sept.</c>, <c>March</c>), January first (12).</summary>
    public IReadOnlyList<string> MonthsWithDay { get; init; } = [];

    /// <summary>Weekday names, Sunday first (7).</summary>
    public IReadOnlyList<string> Weekdays { get; init; } = [];

    /// <summary>One pattern per precision and variant.</summary>
    public DatePatterns Patterns { get; init; } = new();

    /// <summary>Compact range patterns (CLDR interval style: the first repeated field starts the second date).</summary>
    public DateRangePatterns Ranges { get; init; } = new();

    /// <summary>
    /// When set, <see cref="DatePatterns.Dateline"/> is used only for days at most this many days
    /// from the story's date, and the date without the weekday beyond (AP: <c>Thursday</c> within a
    /// week, else <c>Oct. 30</c>); null uses the dateline pattern for every day.
    /// </summary>
    public int? DatelineWeekdayWithin { get; init; }
}

/// <summary><c>dates.patterns:</c></summary>
public sealed record DatePatterns
{
    /// <summary>Day precision (<c>d MMMM y</c>).</summary>
    public string Day { get; init; } = "";

    /// <summary>Day precision with the weekday (<c>EEEE, d MMMM y</c>).</summary>
    public string DayWeekday { get; init; } = "";

    /// <summary>Day precision without the year (<c>MMM d</c>).</summary>
    public string DayNoYear { get; init; } = "";

    /// <summary>Day precision with the weekday, without the year.</summary>
    public string DayWeekdayNoYear { get; init; } = "";

    /// <summary>Month precision (<c>MMMM y</c>).</summary>
    public string Month { get; init; } = "";

    /// <summary>Year precision (<c>y</c>).</summary>
    public string Year { get; init; } = "";

    /// <summary>The day an event happened as news copy dates it (<c>EEEE (d/M/y)</c>: <c>Kamis (30/10/2025)</c>; AP <c>EEEE</c>).</summary>
    public string Dateline { get; init; } = "";
}

/// <summary><c>dates.ranges:</c></summary>
public sealed record DateRangePatterns
{
    /// <summary>Two days of one month (<c>d—d MMMM y</c>).</summary>
    public string DaySameMonth { get; init; } = "";

    /// <summary>Two days of one year (<c>d MMMM—d MMMM y</c>).</summary>
    public string DaySameYear { get; init; } = "";

    /// <summary>Two days of different years.</summary>
    public string Day { get; init; } = "";

    /// <summary>Two months of one year (<c>MMMM—MMMM y</c>).</summary>
    public string MonthSameYear { get; init; } = "";

    /// <summary>Two months of different years.</summary>
    public string Month { get; init; } = "";

    /// <summary>Two years (<c>y—y</c>).</summary>
    public string Year { get; init; } = "";

    /// <summary>Two dates of different precision, each formatted alone (<c>{0}—{1}</c>).</summary>
    public string Fallback { get; init; } = "";
}

/// <summary>
/// <c>time:</c>. Patterns use CLDR letters: <c>H</c>/<c>HH</c> 0-23, <c>h</c>/<c>hh</c> 1-12,
/// <c>mm</c> minutes, <c>a</c> day period; letters in quotes are literal.
/// </summary>
public sealed record TimeSection
{
    /// <summary>The time pattern (<c>'pukul' HH.mm</c>, <c>h:mm a</c>).</summary>
    public string Pattern { get; init; } = "";

    /// <summary>The pattern for a full hour, when it differs (<c>h a</c>: <c>9 a.m.</c>); empty uses <see cref="Pattern"/>.</summary>
    public string PatternOnTheHour { get; init; } = "";

    /// <summary>Day period words for <c>a</c>: keys <c>am</c> and <c>pm</c>.</summary>
    public IReadOnlyDictionary<string, string> DayPeriods { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Times written as a word, keyed <c>HH:mm</c> (<c>12:00: noon</c>).</summary>
    public IReadOnlyDictionary<string, string> Named { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>How a zone follows the time: <c>{0}</c> the time, <c>{1}</c> the abbreviation.</summary>
    public string ZonePattern { get; init; } = "";

    /// <summary>Zone abbreviations by IANA id (<c>Asia/Jakarta: WIB</c>).</summary>
    public IReadOnlyDictionary<string, string> Zones { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>A day with a time: <c>{0}</c> the date, <c>{1}</c> the time (id <c>{0} {1}</c>; AP time first, <c>{1} {0}</c>).</summary>
    public string WithDate { get; init; } = "";
}

/// <summary>
/// <c>plurals:</c> CLDR rule strings by category (<c>one: i = 1 and v = 0</c>); <c>other</c> is implied.
/// </summary>
public sealed record PluralSection
{
    /// <summary>Cardinal rules (<c>1 hour</c>, <c>2 hours</c>).</summary>
    public IReadOnlyDictionary<string, string> Cardinal { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Ordinal rules (<c>21st</c>, <c>22nd</c>).</summary>
    public IReadOnlyDictionary<string, string> Ordinal { get; init; } = ReadOnlyDictionary<string, string>.Empty;
}

/// <summary>One unit or counted noun.</summary>
public sealed record UnitData
{
    /// <summary>Patterns by cardinal plural category, <c>{0}</c> for the number (<c>other: "{0} jam"</c>).</summary>
    public IReadOnlyDictionary<string, string> Forms { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>A measure (length, weight, time span…) always takes digits, whatever the spelling policy.</summary>
    public bool Measure { get; init; }

    /// <summary>
    /// The unit as a compound modifier before a noun (<c>{0}-day</c>: a 14-day state of emergency),
    /// written for <c>{name:modifier}</c>; empty uses the ordinary plural form (Indonesian needs none).
    /// </summary>
    public string Modifier { get; init; } = "";
}

/// <summary><c>counts:</c></summary>
public sealed record CountSection
{
    /// <summary>The policy used when none is named (<c>eyd5</c>, <c>ap</c>).</summary>
    public string DefaultSpell { get; init; } = "";

    /// <summary>Spelling policies by name.</summary>
    public IReadOnlyDictionary<string, SpellRule> Spell { get; init; } = ReadOnlyDictionary<string, SpellRule>.Empty;

    /// <summary>
    /// A whole count opening a sentence is spelled out when its words number at most this many
    /// (EYD V: 2, <c>Dua belas orang</c>); null spells every such count (AP: <c>Twelve people</c>).
    /// </summary>
    public int? SentenceStartMaxWords { get; init; }

    /// <summary>
    /// How a count too long to spell opens a sentence, <c>{0}</c> for the count in digits
    /// (EYD V: <c>Sebanyak {0}</c>); empty leaves the digits (the check warns).
    /// </summary>
    public string SentenceStartRecast { get; init; } = "";
}

/// <summary>
/// When a whole number is spelled out. It is spelled when every given condition holds; a rule with
/// no condition never spells (<c>digits: {}</c>).
/// </summary>
public sealed record SpellRule
{
    /// <summary>Spell only if the spelled form has at most this many words (EYD V: 1, PUEBI: 2).</summary>
    public int? MaxWords { get; init; }

    /// <summary>Smallest value spelled (AP: 1).</summary>
    public long? Min { get; init; }

    /// <summary>Largest value spelled (AP: 9).</summary>
    public long? Max { get; init; }

    /// <summary>True when the rule can spell anything.</summary>
    public bool Spells => MaxWords is not null || Min is not null || Max is not null;
}

/// <summary>
/// <c>words:</c> a spell-out built from small numbers, tens, the hundred and scale words.
/// Patterns take <c>{0}</c> (the multiplier in words) and joins take <c>{0}</c> and <c>{1}</c>.
/// </summary>
public sealed record WordsSection
{
    /// <summary>Words for 0, 1, 2 … (at least 0-9; id and en give 0-19).</summary>
    public IReadOnlyList<string> Small { get; init; } = [];

    /// <summary>Tens by digit (<c>2: dua puluh</c>, <c>4: forty</c>) for every ten past <see cref="Small"/>.</summary>
    public IReadOnlyDictionary<int, string> Tens { get; init; } = ReadOnlyDictionary<int, string>.Empty;

    /// <summary>Joins a ten and a unit (<c>{0} {1}</c>, en <c>{0}-{1}</c>).</summary>
    public string TensJoin { get; init; } = "";

    /// <summary>The hundred.</summary>
    public WordsScale Hundred { get; init; } = new();

    /// <summary>Scale words from 1000 up, in any order.</summary>
    public IReadOnlyList<WordsScale> Scales { get; init; } = [];

    /// <summary>Joins a hundred or scale part and the rest (<c>{0} {1}</c>).</summary>
    public string Join { get; init; } = "";

    /// <summary>A negative number (<c>minus {0}</c>).</summary>
    public string Negative { get; init; } = "";
}

/// <summary>A hundred or scale word.</summary>
public sealed record WordsScale
{
    /// <summary>The value (100, 1000, 1000000 …).</summary>
    public long Value { get; init; }

    /// <summary>The pattern for a multiple (<c>{0} ratus</c>, <c>{0} hundred</c>).</summary>
    public string Pattern { get; init; } = "";

    /// <summary>The special form for exactly one (<c>seratus</c>, <c>seribu</c>); empty uses the pattern.</summary>
    public string One { get; init; } = "";
}

/// <summary><c>ordinals:</c></summary>
public sealed record OrdinalSection
{
    /// <summary>The default form writes words up to this value and digits above (0: digits only).</summary>
    public long DefaultWordsUpTo { get; init; }

    /// <summary>Digit patterns by ordinal plural category (<c>other: ke-{0}</c>, <c>one: "{0}st"</c>).</summary>
    public IReadOnlyDictionary<string, string> Digits { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Ordinals in words for particular values (<c>1: pertama</c>, <c>9: ninth</c>).</summary>
    public IReadOnlyDictionary<long, string> Words { get; init; } = ReadOnlyDictionary<long, string>.Empty;

    /// <summary>The pattern applied to the cardinal in words (<c>ke{0}</c>); empty falls back to digits.</summary>
    public string WordsPattern { get; init; } = "";
}
