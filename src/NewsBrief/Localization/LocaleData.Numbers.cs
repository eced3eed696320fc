using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// Sections read by the number, money, percent, compact and numeric range formatters.
// Every word, symbol and pattern the formatters write comes from here; patterns use {0}
// for the number (and {1} for the second part of a pair or range).
public sealed partial record LocaleData
{
    /// <summary>Separators and the minus sign (<c>number:</c>).</summary>
    public NumberSection? Number { get; init; }

    /// <summary>Currencies, the scale threshold and pair patterns (<c>money:</c>).</summary>
    public MoneySection? Money { get; init; }

    /// <summary>Percent patterns per text style (<c>percent:</c>).</summary>
    public PercentSection? Percent { get; init; }

    /// <summary>Scale words and symbols, shared by compact numbers and scaled money (<c>compact:</c>).</summary>
    public CompactSection? Compact { get; init; }

    /// <summary>Numeric range patterns (<c>ranges:</c>).</summary>
    public RangeSection? Ranges { get; init; }

    /// <summary>Qualifier patterns (<c>qualifiers:</c>).</summary>
    public QualifierSection? Qualifiers { get; init; }

    /// <summary>
    /// True when headlines capitalise qualifier and scale words (<c>Sekitar Rp4,87 Miliar</c>)
    /// (<c>headline_capitals:</c>).
    /// </summary>
    public bool? HeadlineCapitals { get; init; }

    /// <summary>
    /// Words a title-case headline leaves in lower case (particles, conjunctions, prepositions:
    /// <c>dan</c>, <c>di</c>; <c>and</c>, <c>of</c>) unless they open it (<c>headline_minor_words:</c>).
    /// Figure words inserted into a title-case headline are capitalised except these.
    /// </summary>
    public IReadOnlyList<string> HeadlineMinorWords { get; init; } = [];

    /// <summary>
    /// Abbreviations that end in a period without ending a sentence (<c>Sept</c>, <c>Tbk</c>), so a
    /// figure after them is not a sentence start (<c>abbreviations:</c>, without the period).
    /// Single letters and dotted forms (<c>U.S.</c>) are abbreviations without being listed.
    /// </summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>The currencies this locale can write (ISO 4217 codes), ordered.</summary>
    public IEnumerable<string> CurrencyCodes =>
        (Money?.Currencies.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal);

    /// <summary>
    /// Long scale word to multiplier (<c>miliar</c> → 1 000 000 000, <c>billion</c> → 1 000 000 000),
    /// for amounts such as <c>4.87 billion</c> in facts files. Keys compare case-insensitively.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ScaleWordValues()
    {
        var words = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var scale in Compact?.Scales ?? [])
        {
            var word = scale.Long.Replace("{0}", "", StringComparison.Ordinal).Trim();
            if (word.Length > 0)
            {
                words.TryAdd(word, scale.Value);
            }
        }

        return words;
    }

    internal NumberSection NumberData => Number ?? throw MissingSection("number");

    internal MoneySection MoneyData => Money ?? throw MissingSection("money");

    internal PercentSection PercentData => Percent ?? throw MissingSection("percent");

    internal CompactSection CompactData => Compact ?? throw MissingSection("compact");

    internal RangeSection RangesData => Ranges ?? throw MissingSection("ranges");

    internal QualifierSection QualifiersData => Qualifiers ?? throw MissingSection("qualifiers");

    private InvalidOperationException MissingSection(string key) =>
        new($"The locale '{Code}' has no '{key}' section; locales are validated when loaded, so this one was built by hand.");
}

/// <summary>Separators and signs of plain numbers.</summary>
public sealed record NumberSection
{
    /// <summary>Between the integer and fraction digits (<c>,</c> for id, <c>.</c> for en).</summary>
    public string DecimalSeparator { get; init; } = "";

    /// <summary>Between groups of three integer digits (<c>.</c> for id, <c>,</c> for en).</summary>
    public string GroupSeparator { get; init; } = "";

    /// <summary>Written before negative numbers and amounts (<c>-</c>).</summary>
    public string MinusSign { get; init; } = "";
}

/// <summary>How money is written.</summary>
public sealed record MoneySection
{
    /// <summary>With automatic scaling, amounts from this value up take a scale word (1 000 000).</summary>
    public decimal ScaleFrom { get; init; }

    /// <summary>An amount with a reported (published) equivalent: <c>{0} ({1})</c>.</summary>
    public string Pair { get; init; } = "";

    /// <summary>An amount with an approximate conversion: <c>{0} (sekitar {1})</c>.</summary>
    public string ApproximatePair { get; init; } = "";

    /// <summary>
    /// True when the amount's own currency always comes first and a reported home-currency amount
    /// follows in parentheses (AP/Reuters: <c>5 trillion rupiah ($304.2 million)</c>); false puts a
    /// reported home-currency amount first (<c>sekitar Rp4,87 miliar (US$294.000)</c>) (<c>original_first:</c>).
    /// </summary>
    public bool OriginalFirst { get; init; }

    /// <summary>A per-unit amount: <c>{0} per {1}</c>, the amount and the unit's name (<c>per:</c>); empty means <c>{0} per {1}</c>.</summary>
    public string Per { get; init; } = "";

    /// <summary>The currencies the locale can write, by ISO 4217 code.</summary>
    public IReadOnlyDictionary<string, CurrencySection> Currencies { get; init; } = ReadOnlyDictionary<string, CurrencySection>.Empty;
}

/// <summary>How one currency is written.</summary>
public sealed record CurrencySection
{
    /// <summary>The symbol pattern (<c>Rp{0}</c>, <c>US${0}</c>, <c>${0}</c>); optional when <see cref="Usual"/> is <c>name</c>.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>The name pattern (<c>{0} dolar AS</c>, <c>{0} rupiah</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// The name pattern when the amount written is exactly 1 (<c>{0} euro</c>, <c>{0} riyal</c>)
    /// (<c>name_one:</c>); empty uses <see cref="Name"/> (Indonesian and invariant names: <c>{0} yen</c>).
    /// </summary>
    public string NameOne { get; init; } = "";

    /// <summary>
    /// The currency's name for one unit, after <c>per</c> (<c>dolar AS</c>, <c>dollar</c>) (<c>unit_name:</c>);
    /// empty uses <see cref="Name"/> without its number.
    /// </summary>
    public string UnitName { get; init; } = "";

    /// <summary>The locale's usual form of this currency: <c>symbol</c> (default) or <c>name</c>.</summary>
    public string Usual { get; init; } = "symbol";

    /// <summary>Decimals of a full figure that is not whole (<c>Rp500,50</c>, <c>$2.50</c>).</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>Amounts below one unit written in the minor unit (<c>50 cents</c>); optional.</summary>
    public MinorUnitSection? Minor { get; init; }
}

/// <summary>A minor unit used for small amounts (<c>50 cents</c>).</summary>
public sealed record MinorUnitSection
{
    /// <summary>Amounts below this (and above zero) use the minor unit.</summary>
    public decimal Below { get; init; }

    /// <summary>Minor units per major unit (100).</summary>
    public decimal Factor { get; init; }

    /// <summary>The pattern for exactly one minor unit (<c>{0} cent</c>); optional, else <see cref="Other"/>.</summary>
    public string One { get; init; } = "";

    /// <summary>The pattern for any other count (<c>{0} cents</c>).</summary>
    public string Other { get; init; } = "";
}

/// <summary>Percent patterns by text style.</summary>
public sealed record PercentSection
{
    /// <summary>Running text (<c>{0} persen</c>, <c>{0}%</c>).</summary>
    public string Prose { get; init; } = "";

    /// <summary>Table cells (<c>{0}%</c>); optional, else <see cref="Prose"/>.</summary>
    public string Table { get; init; } = "";

    /// <summary>Headlines (<c>{0}%</c>); optional, else <see cref="Prose"/>.</summary>
    public string Headline { get; init; } = "";
}

/// <summary>Scale words and symbols, smallest first.</summary>
public sealed record CompactSection
{
    /// <summary>The scales (thousand, million, billion, trillion), in ascending order of value.</summary>
    public IReadOnlyList<ScaleSection> Scales { get; init; } = [];
}

/// <summary>One scale: its multiplier and how a scaled number is written with it.</summary>
public sealed record ScaleSection
{
    /// <summary>The multiplier (1000, 1 000 000, ...).</summary>
    public decimal Value { get; init; }

    /// <summary>Long form (<c>{0} miliar</c>, <c>{0} billion</c>), used in prose money and long compact numbers.</summary>
    public string Long { get; init; } = "";

    /// <summary>Short form for tables (<c>{0} M</c>, <c>{0}B</c>).</summary>
    public string Short { get; init; } = "";

    /// <summary>
    /// Headline form (<c>{0}B</c>); optional, else <see cref="Long"/>, capitalised when
    /// <see cref="LocaleData.HeadlineCapitals"/> is set.
    /// </summary>
    public string Headline { get; init; } = "";
}

/// <summary>Numeric range patterns.</summary>
public sealed record RangeSection
{
    /// <summary>Prose range (<c>{0} hingga {1}</c>, <c>{0} to {1}</c>).</summary>
    public string Words { get; init; } = "";

    /// <summary>Compact range with a mark (<c>{0}—{1}</c>, <c>{0}-{1}</c>).</summary>
    public string Symbol { get; init; } = "";
}

/// <summary>Qualifier patterns, each with {0} for the figure (<c>sekitar {0}</c>).</summary>
public sealed record QualifierSection
{
    /// <summary><c>sekitar {0}</c>, <c>about {0}</c>.</summary>
    public string About { get; init; } = "";

    /// <summary><c>lebih dari {0}</c>, <c>more than {0}</c>.</summary>
    public string MoreThan { get; init; } = "";

    /// <summary><c>kurang dari {0}</c>, <c>less than {0}</c>.</summary>
    public string LessThan { get; init; } = "";

    /// <summary><c>hampir {0}</c>, <c>nearly {0}</c>.</summary>
    public string Nearly { get; init; } = "";

    /// <summary><c>hingga {0}</c>, <c>up to {0}</c>.</summary>
    public string UpTo { get; init; } = "";

    /// <summary><c>setidaknya {0}</c>, <c>at least {0}</c>.</summary>
    public string AtLeast { get; init; } = "";

    /// <summary>
    /// The keys of <c>qualifiers:</c>, in file order: the locale side of the one qualifier vocabulary
    /// (facts name the same keys: Facts.QualifierKeys; a test holds the two, the parser's table and
    /// the schema together).
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } = ["about", "more_than", "less_than", "nearly", "up_to", "at_least"];

    /// <summary>The pattern of a key of <see cref="Keys"/>.</summary>
    public string Pattern(string key) => key switch
    {
        "about" => About,
        "more_than" => MoreThan,
        "less_than" => LessThan,
        "nearly" => Nearly,
        "up_to" => UpTo,
        "at_least" => AtLeast,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a qualifier key: " + string.Join(", ", Keys) + "."),
    };
}
