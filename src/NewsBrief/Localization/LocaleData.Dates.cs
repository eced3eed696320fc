namespace NewsBrief.Localization;

// Sections read by the date, time, words, ordinal, plural and count formatters.
// Every word, symbol and pattern lives in the locale file; these classes only give it a shape.
public sealed partial class LocaleData
{
    private PluralRules? cardinalRules;
    private PluralRules? ordinalRules;

    /// <summary>Month and weekday names and date patterns (<c>dates:</c>).</summary>
    public DateSection Dates { get; set; } = new();

    /// <summary>Time-of-day patterns, day periods and zone abbreviations (<c>time:</c>).</summary>
    public TimeSection Time { get; set; } = new();

    /// <summary>CLDR plural rules, cardinal and ordinal (<c>plurals:</c>).</summary>
    public PluralSection Plurals { get; set; } = new();

    /// <summary>Units and counted nouns by key (<c>units: { hour: ... }</c>).</summary>
    public Dictionary<string, UnitData> Units { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When counts are spelled out (<c>counts:</c>).</summary>
    public CountSection Counts { get; set; } = new();

    /// <summary>The spell-out of whole numbers (<c>words:</c>).</summary>
    public WordsSection Words { get; set; } = new();

    /// <summary>Ordinal patterns and words (<c>ordinals:</c>).</summary>
    public OrdinalSection Ordinals { get; set; } = new();

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
public sealed class DateSection
{
    /// <summary>Month names, January first (12).</summary>
    public List<string> Months { get; set; } = [];

    /// <summary>Month forms for pattern letter <c>MMM</c> (en AP: <c>Sept.</c>, <c>March</c>), January first (12).</summary>
    public List<string> MonthsWithDay { get; set; } = [];

    /// <summary>Weekday names, Sunday first (7).</summary>
    public List<string> Weekdays { get; set; } = [];

    /// <summary>One pattern per precision and variant.</summary>
    public DatePatterns Patterns { get; set; } = new();

    /// <summary>Compact range patterns (CLDR interval style: the first repeated field starts the second date).</summary>
    public DateRangePatterns Ranges { get; set; } = new();

    /// <summary>
    /// When set, <see cref="DatePatterns.Dateline"/> is used only for days at most this many days
    /// from the story's date, and the date without the weekday beyond (AP: <c>Thursday</c> within a
    /// week, else <c>Oct. 30</c>); null uses the dateline pattern for every day.
    /// </summary>
    public int? DatelineWeekdayWithin { get; set; }
}

/// <summary><c>dates.patterns:</c></summary>
public sealed class DatePatterns
{
    /// <summary>Day precision (<c>d MMMM y</c>).</summary>
    public string Day { get; set; } = "";

    /// <summary>Day precision with the weekday (<c>EEEE, d MMMM y</c>).</summary>
    public string DayWeekday { get; set; } = "";

    /// <summary>Day precision without the year (<c>MMM d</c>).</summary>
    public string DayNoYear { get; set; } = "";

    /// <summary>Day precision with the weekday, without the year.</summary>
    public string DayWeekdayNoYear { get; set; } = "";

    /// <summary>Month precision (<c>MMMM y</c>).</summary>
    public string Month { get; set; } = "";

    /// <summary>Year precision (<c>y</c>).</summary>
    public string Year { get; set; } = "";

    /// <summary>The day an event happened as news copy dates it (<c>EEEE (d/M/y)</c>: <c>Kamis (30/10/2025)</c>; AP <c>EEEE</c>).</summary>
    public string Dateline { get; set; } = "";
}

/// <summary><c>dates.ranges:</c></summary>
public sealed class DateRangePatterns
{
    /// <summary>Two days of one month (<c>d—d MMMM y</c>).</summary>
    public string DaySameMonth { get; set; } = "";

    /// <summary>Two days of one year (<c>d MMMM—d MMMM y</c>).</summary>
    public string DaySameYear { get; set; } = "";

    /// <summary>Two days of different years.</summary>
    public string Day { get; set; } = "";

    /// <summary>Two months of one year (<c>MMMM—MMMM y</c>).</summary>
    public string MonthSameYear { get; set; } = "";

    /// <summary>Two months of different years.</summary>
    public string Month { get; set; } = "";

    /// <summary>Two years (<c>y—y</c>).</summary>
    public string Year { get; set; } = "";

    /// <summary>Two dates of different precision, each formatted alone (<c>{0}—{1}</c>).</summary>
    public string Fallback { get; set; } = "";
}

/// <summary>
/// <c>time:</c>. Patterns use CLDR letters: <c>H</c>/<c>HH</c> 0-23, <c>h</c>/<c>hh</c> 1-12,
/// <c>mm</c> minutes, <c>a</c> day period; letters in quotes are literal.
/// </summary>
public sealed class TimeSection
{
    /// <summary>The time pattern (<c>'pukul' HH.mm</c>, <c>h:mm a</c>).</summary>
    public string Pattern { get; set; } = "";

    /// <summary>The pattern for a full hour, when it differs (<c>h a</c>: <c>9 a.m.</c>); empty uses <see cref="Pattern"/>.</summary>
    public string PatternOnTheHour { get; set; } = "";

    /// <summary>Day period words for <c>a</c>: keys <c>am</c> and <c>pm</c>.</summary>
    public Dictionary<string, string> DayPeriods { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Times written as a word, keyed <c>HH:mm</c> (<c>12:00: noon</c>).</summary>
    public Dictionary<string, string> Named { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How a zone follows the time: <c>{0}</c> the time, <c>{1}</c> the abbreviation.</summary>
    public string ZonePattern { get; set; } = "";

    /// <summary>Zone abbreviations by IANA id (<c>Asia/Jakarta: WIB</c>).</summary>
    public Dictionary<string, string> Zones { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A day with a time: <c>{0}</c> the date, <c>{1}</c> the time (id <c>{0} {1}</c>; AP time first, <c>{1} {0}</c>).</summary>
    public string WithDate { get; set; } = "";
}

/// <summary>
/// <c>plurals:</c> CLDR rule strings by category (<c>one: i = 1 and v = 0</c>); <c>other</c> is implied.
/// </summary>
public sealed class PluralSection
{
    /// <summary>Cardinal rules (<c>1 hour</c>, <c>2 hours</c>).</summary>
    public Dictionary<string, string> Cardinal { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ordinal rules (<c>21st</c>, <c>22nd</c>).</summary>
    public Dictionary<string, string> Ordinal { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One unit or counted noun.</summary>
public sealed class UnitData
{
    /// <summary>Patterns by cardinal plural category, <c>{0}</c> for the number (<c>other: "{0} jam"</c>).</summary>
    public Dictionary<string, string> Forms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A measure (length, weight, time span…) always takes digits, whatever the spelling policy.</summary>
    public bool Measure { get; set; }

    /// <summary>
    /// The unit as a compound modifier before a noun (<c>{0}-day</c>: a 14-day state of emergency),
    /// written for <c>{name:modifier}</c>; empty uses the ordinary plural form (Indonesian needs none).
    /// </summary>
    public string Modifier { get; set; } = "";
}

/// <summary><c>counts:</c></summary>
public sealed class CountSection
{
    /// <summary>The policy used when none is named (<c>eyd5</c>, <c>ap</c>).</summary>
    public string DefaultSpell { get; set; } = "";

    /// <summary>Spelling policies by name.</summary>
    public Dictionary<string, SpellRule> Spell { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A whole count opening a sentence is spelled out when its words number at most this many
    /// (EYD V: 2, <c>Dua belas orang</c>); null spells every such count (AP: <c>Twelve people</c>).
    /// </summary>
    public int? SentenceStartMaxWords { get; set; }

    /// <summary>
    /// How a count too long to spell opens a sentence, <c>{0}</c> for the count in digits
    /// (EYD V: <c>Sebanyak {0}</c>); empty leaves the digits (the check warns).
    /// </summary>
    public string SentenceStartRecast { get; set; } = "";
}

/// <summary>
/// When a whole number is spelled out. It is spelled when every given condition holds; a rule with
/// no condition never spells (<c>digits: {}</c>).
/// </summary>
public sealed class SpellRule
{
    /// <summary>Spell only if the spelled form has at most this many words (EYD V: 1, PUEBI: 2).</summary>
    public int? MaxWords { get; set; }

    /// <summary>Smallest value spelled (AP: 1).</summary>
    public long? Min { get; set; }

    /// <summary>Largest value spelled (AP: 9).</summary>
    public long? Max { get; set; }

    /// <summary>True when the rule can spell anything.</summary>
    public bool Spells => MaxWords is not null || Min is not null || Max is not null;
}

/// <summary>
/// <c>words:</c> a spell-out built from small numbers, tens, the hundred and scale words.
/// Patterns take <c>{0}</c> (the multiplier in words) and joins take <c>{0}</c> and <c>{1}</c>.
/// </summary>
public sealed class WordsSection
{
    /// <summary>Words for 0, 1, 2 … (at least 0-9; id and en give 0-19).</summary>
    public List<string> Small { get; set; } = [];

    /// <summary>Tens by digit (<c>2: dua puluh</c>, <c>4: forty</c>) for every ten past <see cref="Small"/>.</summary>
    public Dictionary<int, string> Tens { get; set; } = [];

    /// <summary>Joins a ten and a unit (<c>{0} {1}</c>, en <c>{0}-{1}</c>).</summary>
    public string TensJoin { get; set; } = "";

    /// <summary>The hundred.</summary>
    public WordsScale Hundred { get; set; } = new();

    /// <summary>Scale words from 1000 up, in any order.</summary>
    public List<WordsScale> Scales { get; set; } = [];

    /// <summary>Joins a hundred or scale part and the rest (<c>{0} {1}</c>).</summary>
    public string Join { get; set; } = "";

    /// <summary>A negative number (<c>minus {0}</c>).</summary>
    public string Negative { get; set; } = "";
}

/// <summary>A hundred or scale word.</summary>
public sealed class WordsScale
{
    /// <summary>The value (100, 1000, 1000000 …).</summary>
    public long Value { get; set; }

    /// <summary>The pattern for a multiple (<c>{0} ratus</c>, <c>{0} hundred</c>).</summary>
    public string Pattern { get; set; } = "";

    /// <summary>The special form for exactly one (<c>seratus</c>, <c>seribu</c>); empty uses the pattern.</summary>
    public string One { get; set; } = "";
}

/// <summary><c>ordinals:</c></summary>
public sealed class OrdinalSection
{
    /// <summary>The default form writes words up to this value and digits above (0: digits only).</summary>
    public long DefaultWordsUpTo { get; set; }

    /// <summary>Digit patterns by ordinal plural category (<c>other: ke-{0}</c>, <c>one: "{0}st"</c>).</summary>
    public Dictionary<string, string> Digits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ordinals in words for particular values (<c>1: pertama</c>, <c>9: ninth</c>).</summary>
    public Dictionary<long, string> Words { get; set; } = [];

    /// <summary>The pattern applied to the cardinal in words (<c>ke{0}</c>); empty falls back to digits.</summary>
    public string WordsPattern { get; set; } = "";
}
