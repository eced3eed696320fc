namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>A facts file is larger than the reader accepts.</summary>
    public static readonly DiagnosticDescriptor FactsFileTooLarge = new("NB1001", Severity.Error, "Facts file too large");

    /// <summary>A facts file is not UTF-8 text (NUL bytes, invalid UTF-8).</summary>
    public static readonly DiagnosticDescriptor FactsNotText = new("NB1002", Severity.Error, "Facts file is not UTF-8 text");

    /// <summary>A control or invisible line-separator character in a facts file.</summary>
    public static readonly DiagnosticDescriptor FactsControlCharacter = new("NB1003", Severity.Error, "Control character in facts file");

    /// <summary>A bidirectional override or isolate character in a facts file.</summary>
    public static readonly DiagnosticDescriptor FactsBidiCharacter = new("NB1004", Severity.Error, "Bidirectional control character in facts file");

    /// <summary>The YAML itself cannot be read.</summary>
    public static readonly DiagnosticDescriptor FactsSyntax = new("NB1005", Severity.Error, "Facts file is not valid YAML");

    /// <summary>The file is empty or only comments.</summary>
    public static readonly DiagnosticDescriptor FactsEmpty = new("NB1006", Severity.Error, "Facts file is empty");

    /// <summary>The top level is not a mapping of keys.</summary>
    public static readonly DiagnosticDescriptor FactsRootNotMapping = new("NB1007", Severity.Error, "Facts file is not a mapping");

    /// <summary>More than one YAML document in one file.</summary>
    public static readonly DiagnosticDescriptor FactsMultipleDocuments = new("NB1008", Severity.Error, "More than one YAML document");

    /// <summary>An anchor (<c>&amp;a</c>) or alias (<c>*a</c>).</summary>
    public static readonly DiagnosticDescriptor FactsAnchorOrAlias = new("NB1009", Severity.Error, "Anchors and aliases are not allowed");

    /// <summary>An explicit tag (<c>!!str</c>, <c>!Type</c>).</summary>
    public static readonly DiagnosticDescriptor FactsTag = new("NB1010", Severity.Error, "Tags are not allowed");

    /// <summary>A merge key (<c>&lt;&lt;</c>).</summary>
    public static readonly DiagnosticDescriptor FactsMergeKey = new("NB1011", Severity.Error, "Merge keys are not allowed");

    /// <summary>Nesting deeper than the reader's bound.</summary>
    public static readonly DiagnosticDescriptor FactsTooDeep = new("NB1012", Severity.Error, "Nesting too deep");

    /// <summary>The same key twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor FactsDuplicateKey = new("NB1013", Severity.Error, "Duplicate key");

    /// <summary>A key that is a list or mapping instead of a word.</summary>
    public static readonly DiagnosticDescriptor FactsComplexKey = new("NB1014", Severity.Error, "Key is not a plain word");

    /// <summary>A key the facts format does not have.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownKey = new("NB1015", Severity.Error, "Unknown key");

    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticDescriptor FactsMissingField = new("NB1016", Severity.Error, "Required key missing");

    /// <summary>A value of the wrong shape (text where a mapping is needed, and so on).</summary>
    public static readonly DiagnosticDescriptor FactsWrongType = new("NB1017", Severity.Error, "Value has the wrong type");

    /// <summary>A key with no value (or <c>null</c>, <c>~</c>, <c>""</c>).</summary>
    public static readonly DiagnosticDescriptor FactsEmptyValue = new("NB1018", Severity.Error, "Value is empty");

    /// <summary>A number not written as plain digits with an optional <c>.</c> fraction.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidNumber = new("NB1019", Severity.Error, "Not a valid number");

    /// <summary>A negative amount, value or percentage.</summary>
    public static readonly DiagnosticDescriptor FactsNegativeNumber = new("NB1020", Severity.Error, "Negative number");

    /// <summary>A number too large, too precise, or zero where it must be positive.</summary>
    public static readonly DiagnosticDescriptor FactsNumberOutOfRange = new("NB1021", Severity.Error, "Number out of range");

    /// <summary>A word after a number that is not a known scale word.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownScaleWord = new("NB1022", Severity.Error, "Unknown scale word");

    /// <summary>A date that is not ISO <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, or not a real day.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidDate = new("NB1023", Severity.Error, "Not a valid date");

    /// <summary>The brief's publication date lacks a day.</summary>
    public static readonly DiagnosticDescriptor FactsDatePrecision = new("NB1024", Severity.Error, "Publication date needs a day");

    /// <summary>A figure name outside <c>[a-z][a-z0-9_]*</c>.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidFigureName = new("NB1025", Severity.Error, "Invalid figure name");

    /// <summary>A currency no locale can write.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownCurrency = new("NB1026", Severity.Error, "Unknown currency");

    /// <summary>A unit key the locales do not define.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownUnit = new("NB1027", Severity.Error, "Unknown unit");

    /// <summary>A qualifier outside the fixed list.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownQualifier = new("NB1028", Severity.Error, "Unknown qualifier");

    /// <summary>A figure with keys of more than one kind (money, quantity, percent).</summary>
    public static readonly DiagnosticDescriptor FactsFigureKindConflict = new("NB1029", Severity.Error, "Figure mixes kinds");

    /// <summary>A figure with no value key at all.</summary>
    public static readonly DiagnosticDescriptor FactsFigureKindMissing = new("NB1030", Severity.Error, "Figure has no value");

    /// <summary>A rate pair not written <c>USD/IDR</c>.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidRatePair = new("NB1031", Severity.Error, "Invalid currency pair");

    /// <summary>A URL that is not absolute http, https or mailto.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidUrl = new("NB1032", Severity.Error, "URL not allowed");

    /// <summary>A source list with no source.</summary>
    public static readonly DiagnosticDescriptor FactsNoSource = new("NB1033", Severity.Error, "No source");

    /// <summary>A text keyed by a locale that does not exist.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownLocale = new("NB1034", Severity.Error, "Unknown locale");

    /// <summary>A text lacks one of the locales (an error under <c>--strict</c>).</summary>
    public static readonly DiagnosticDescriptor FactsMissingLocale = new("NB1035", Severity.Warning, "Text missing for a locale");

    /// <summary>A <c>{name}</c> placeholder naming no figure.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownPlaceholder = new("NB1036", Severity.Error, "Unknown figure in placeholder");

    /// <summary>Braces in text that are not a <c>{name}</c> placeholder.</summary>
    public static readonly DiagnosticDescriptor FactsPlaceholderSyntax = new("NB1037", Severity.Error, "Invalid placeholder");

    /// <summary>A file name that is not a valid slug.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidSlug = new("NB1038", Severity.Error, "Invalid slug");

    /// <summary>A <c>kind</c> that is not a template family name.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidKind = new("NB1039", Severity.Error, "Invalid kind");

    /// <summary>The reader stopped after too many errors in one file.</summary>
    public static readonly DiagnosticDescriptor FactsTooManyErrors = new("NB1040", Severity.Error, "Too many errors");

    /// <summary>A noncharacter (U+FFFE, U+FFFF, U+FDD0-U+FDEF ...) or a lone surrogate: not text, and XML cannot carry it.</summary>
    public static readonly DiagnosticDescriptor FactsNotTextCharacter = new("NB1041", Severity.Error, "Character that is not text");

    /// <summary>A <c>%YAML</c> directive for a version other than 1.2.</summary>
    public static readonly DiagnosticDescriptor FactsYamlVersion = new("NB1042", Severity.Error, "YAML version not supported");

    /// <summary>A list or mapping with more items than the templates can show.</summary>
    public static readonly DiagnosticDescriptor FactsTooManyItems = new("NB1043", Severity.Error, "Too many items");

    /// <summary>A text still holds a draft's marker: <c>TODO</c> from <c>new</c>, <c>&lt;text&gt;</c> from <c>extract</c>.</summary>
    public static readonly DiagnosticDescriptor FactsUnfilledMarker = new("NB1044", Severity.Error, "Draft marker not filled in");

    /// <summary>A money figure's <c>per</c> names no currency or unit.</summary>
    public static readonly DiagnosticDescriptor FactsUnknownPer = new("NB1045", Severity.Error, "Unknown per-unit");

    /// <summary>A range whose ends are out of order or equal (<c>percent: [5.4, 4.6]</c>).</summary>
    public static readonly DiagnosticDescriptor FactsRangeOrder = new("NB1046", Severity.Error, "Range ends out of order");

    /// <summary>A range that is not two numbers, or that carries a qualifier, <c>reported</c> or <c>per</c>.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidRange = new("NB1047", Severity.Error, "Invalid range");

    /// <summary><c>{name:size}</c> or <c>{name:change}</c> on a figure with no single signed value (a range, a count of units).</summary>
    public static readonly DiagnosticDescriptor FactsFormMismatch = new("NB1048", Severity.Error, "Placeholder form does not fit the figure");

    /// <summary>A <c>reported</c> amount whose sign differs from the figure's amount.</summary>
    public static readonly DiagnosticDescriptor FactsReportedSign = new("NB1049", Severity.Error, "Reported amount of the other sign");
    // NB1050-NB1054: per-figure control (the money branch's block; the lead renumbers at merge).

    /// <summary>A figure's <c>convert</c> that is not a plain <c>true</c> or <c>false</c>.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidFlag = new("NB1050", Severity.Error, "Not true or false");

    /// <summary><c>convert</c> on a figure that is never converted (not money, or a per-unit amount).</summary>
    public static readonly DiagnosticDescriptor FactsConvertNotMoney = new("NB1051", Severity.Error, "Convert on a figure that is never converted");

    /// <summary>A figure's <c>headline</c> that is not <c>optional</c>.</summary>
    public static readonly DiagnosticDescriptor FactsInvalidHeadlineControl = new("NB1052", Severity.Error, "Unknown headline setting");
}
