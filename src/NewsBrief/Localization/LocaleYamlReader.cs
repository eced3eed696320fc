using System.Globalization;
using System.Text;
using NewsBrief.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Localization;

/// <summary>
/// Reads a locale file straight from YamlDotNet's event parser into typed values, with the shape
/// given by field tables (<see cref="LocaleDataParser"/>): a table maps each key of a mapping to
/// the code that reads its value. No reflection: with YamlDotNet's object deserializer, which this
/// replaces, reading and checking en.yml and id.yml took about 110 ms of every command's start (it
/// emitted a setter per property and compiled regexes); now about 50 ms. Every problem is reported
/// with its line and column, not only the first; the value in question is skipped and reading goes on.
/// </summary>
internal sealed partial class LocaleYamlReader
{
    private const string Fix = "Fix the locale file; see docs/adding-a-locale.md for its keys.";

    private readonly IParser parser;
    private readonly string path;
    private readonly DiagnosticBag diagnostics;
    private readonly List<string> keys = []; // where the reader is, for messages: money, currencies, USD
    private Mark key = Mark.Empty; // the innermost key's position: an empty value is reported there
    private int errors;

    private LocaleYamlReader(IParser parser, string path, DiagnosticBag diagnostics)
    {
        this.parser = parser;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reads the value of one key into <paramref name="target"/>; consumes exactly one node.</summary>
    public delegate void Field<in T>(LocaleYamlReader reader, T target);

    /// <summary>Turns a mapping key into a dictionary key; false when the text is not one.</summary>
    public delegate bool KeyParser<TKey>(string text, out TKey key);

    /// <summary>
    /// Reads the file's one document, a mapping read with <paramref name="fields"/> into a new
    /// <typeparamref name="T"/>; null when the file is empty or anything in it was reported.
    /// </summary>
    public static T? Read<T>(string text, string path, DiagnosticBag diagnostics, IReadOnlyDictionary<string, Field<T>> fields, string emptyMessage)
        where T : class, new() =>
        Read(new Parser(new StringReader(text)), path, diagnostics, fields, emptyMessage);

    /// <summary>As <see cref="Read{T}(string, string, DiagnosticBag, IReadOnlyDictionary{string, Field{T}}, string)"/>, from events (a project's locale laid over the shipped one).</summary>
    public static T? Read<T>(IParser events, string path, DiagnosticBag diagnostics, IReadOnlyDictionary<string, Field<T>> fields, string emptyMessage)
        where T : class, new()
    {
        var reader = new LocaleYamlReader(events, path, diagnostics);
        try
        {
            var parser = reader.parser;
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || reader.TryNull())
            {
                diagnostics.Add(DiagnosticDescriptors.LocaleSyntax, SourceLocation.StartOf(path), emptyMessage);
                return null;
            }

            var result = reader.Object(fields, new T());
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                reader.Report(second.Start, "A second YAML document starts here; a locale file holds one. Delete this `---` and what follows.");
            }

            return reader.errors > 0 ? null : result;
        }
        catch (YamlException e)
        {
            reader.Report(e.Start, $"{(e.InnerException ?? e).Message.TrimEnd('.')}. {Fix}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1.0 throws this on some malformed plain scalars (see FactYamlReader).
            reader.Report(reader.parser.Current?.Start ?? Mark.Empty, $"The YAML cannot be read from here on: a bracket, brace or quote opened here is probably never closed. {Fix}");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet 18.1.0 throws this on a damaged tag ("Global tags must be valid URIs": `!!int` in a flow list).
            reader.Report(reader.parser.Current?.Start ?? Mark.Empty, $"The YAML cannot be read from here on: a `!` tag here is not valid. Delete the `!` and what follows it up to the next space. {Fix}");
            return null;
        }
    }

    /// <summary>A mapping read key by key with <paramref name="fields"/> into <paramref name="target"/>; null for an empty value.</summary>
    public T? Object<T>(IReadOnlyDictionary<string, Field<T>> fields, T target)
        where T : class
    {
        if (TryNull())
        {
            return null;
        }

        if (!Begin<MappingStart>("a mapping of keys (`key: value` lines, or `{ key: value }`)"))
        {
            return null;
        }

        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (Key(seen) is not { } key)
            {
                continue;
            }

            if (!fields.TryGetValue(key.Value, out var field))
            {
                Report(key.Start, $"Unknown key `{key.Value}` in {Where}.{KeySuggester.DidYouMean(key.Value, fields.Keys)} The keys there are: {string.Join(", ", fields.Keys)}.");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            keys.Add(key.Value);
            this.key = key.Start;
            field(this, target);
            keys.RemoveAt(keys.Count - 1);
        }

        return target;
    }

    /// <summary>A mapping with keys of the file's own choosing (currency codes, unit names), each value read by <paramref name="value"/>.</summary>
    public Dictionary<string, TValue> Map<TValue>(Func<LocaleYamlReader, TValue> value) =>
        Map<string, TValue>(AnyText, "", value);

    /// <summary>A mapping whose keys are whole numbers (<c>tens: { 2: twenty }</c>), each value read by <paramref name="value"/>.</summary>
    public Dictionary<TKey, TValue> Map<TKey, TValue>(KeyParser<TKey> parseKey, string keyKind, Func<LocaleYamlReader, TValue> value)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, TValue>();
        if (TryNull() || !Begin<MappingStart>("a mapping of keys (`key: value` lines, or `{ key: value }`)"))
        {
            return map;
        }

        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (Key(seen) is not { } key)
            {
                continue;
            }

            if (!parseKey(key.Value, out var parsed))
            {
                Report(key.Start, $"The key `{key.Value}` in {Where} should be {keyKind}.");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            if (map.ContainsKey(parsed))
            {
                Report(key.Start, $"The key `{key.Value}` in {Where} is the same number as an earlier key. Keep one of the two.");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            keys.Add(key.Value);
            this.key = key.Start;
            map[parsed] = value(this);
            keys.RemoveAt(keys.Count - 1);
        }

        return map;
    }

    /// <summary>A list, each item read by <paramref name="item"/>; empty for an empty value.</summary>
    public List<TItem> List<TItem>(Func<LocaleYamlReader, TItem> item)
    {
        var list = new List<TItem>();
        if (TryNull() || !Begin<SequenceStart>("a list (`[a, b]`, or lines starting with `- `)"))
        {
            return list;
        }

        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            keys.Add("[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
            list.Add(item(this));
            keys.RemoveAt(keys.Count - 1);
        }

        return list;
    }

    /// <summary>A text; empty for an empty value (the validator then names the missing key).</summary>
    public string String() => Scalar("a text") is { } scalar && !IsNull(scalar) ? scalar.Value : "";

    /// <summary>A decimal number written with a point (<c>1000000</c>, <c>0.5</c>).</summary>
    public decimal Decimal() => Parsed(ParseDecimal, "a number such as 1000000", required: true) ?? 0m;

    /// <summary>A whole number.</summary>
    public int Int() => Parsed(ParseInt, "a whole number such as 2", required: true) ?? 0;

    /// <summary>A whole number, or nothing.</summary>
    public int? NullableInt() => Parsed(ParseInt, "a whole number such as 2", required: false);

    /// <summary>A whole number (up to 19 digits).</summary>
    public long Long() => Parsed(ParseLong, "a whole number such as 1000000", required: true) ?? 0L;

    /// <summary>A whole number (up to 19 digits), or nothing.</summary>
    public long? NullableLong() => Parsed(ParseLong, "a whole number such as 1000000", required: false);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool Bool() => Parsed(ParseBool, "true or false", required: true) ?? false;

    /// <summary><c>true</c>, <c>false</c>, or nothing.</summary>
    public bool? NullableBool() => Parsed(ParseBool, "true or false", required: false);

    /// <summary>Reads a whole number written in digits (a key such as <c>2</c> in <c>tens: { 2: twenty }</c>).</summary>
    public static bool TryParseInt(string text, out int value) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a whole number of up to 19 digits.</summary>
    public static bool TryParseLong(string text, out long value) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool AnyText(string text, out string key)
    {
        key = text;
        return true;
    }

    private static int? ParseInt(string text) => TryParseInt(text, out var v) ? v : null;

    private static long? ParseLong(string text) => TryParseLong(text, out var v) ? v : null;

    // YAML 1.2's core schema spellings; yes/no/on/off (YAML 1.1) are refused rather than guessed.
    private static bool? ParseBool(string text) => text switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private string Where
    {
        get
        {
            if (keys.Count == 0)
            {
                return "the top level";
            }

            var where = new StringBuilder("`");
            foreach (var key in keys)
            {
                where.Append(where.Length > 1 && !key.StartsWith('[') ? "." : "").Append(key);
            }

            return where.Append('`').ToString();
        }
    }

    /// <summary><see cref="Where"/> at the start of a sentence.</summary>
    private string Subject => keys.Count == 0 ? "The top level" : Where;

    private TValue? Parsed<TValue>(Func<string, TValue?> parse, string expected, bool required)
        where TValue : struct
    {
        if (Scalar(expected) is not { } scalar)
        {
            return null;
        }

        if (IsNull(scalar))
        {
            if (required)
            {
                Report(key, $"{Subject} needs a value: {expected}.");
            }

            return null;
        }

        if (parse(scalar.Value) is { } value)
        {
            return value;
        }

        Report(scalar.Start, $"{Subject} should be {expected}, not `{scalar.Value}`.");
        return null;
    }

    private Scalar? Scalar(string expected)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            Check(scalar);
            return scalar;
        }

        Wrong(expected);
        return null;
    }

    /// <summary>Consumes a plain empty value, <c>~</c> or <c>null</c>, if that is what comes next.</summary>
    private bool TryNull()
    {
        if (parser.Accept<Scalar>(out var scalar) && IsNull(scalar))
        {
            Check(scalar);
            parser.MoveNext();
            return true;
        }

        return false;
    }

    private static bool IsNull(Scalar scalar) => scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private bool Begin<TStart>(string expected)
        where TStart : NodeEvent
    {
        if (parser.TryConsume<TStart>(out var start))
        {
            Check(start);
            return true;
        }

        Wrong(expected);
        return false;
    }

    /// <summary>Reads a mapping key; on a problem reports it, skips the key's value and returns null.</summary>
    private Scalar? Key(Dictionary<string, Mark> seen)
    {
        if (!parser.TryConsume<Scalar>(out var key))
        {
            Report(parser.Current!.Start, $"A key in {Where} must be a single word, not a list or mapping; write `key: value`.");
            parser.SkipThisAndNestedEvents();
            parser.SkipThisAndNestedEvents();
            return null;
        }

        Check(key);
        if (seen.TryGetValue(key.Value, out var first))
        {
            Report(key.Start, $"Duplicate key `{key.Value}` in {Where}: it is also at line {first.Line}, column {first.Column}. Keep one of the two.");
            parser.SkipThisAndNestedEvents();
            return null;
        }

        seen.Add(key.Value, key.Start);
        return key;
    }

    /// <summary>Reports that the next node is not what <see cref="Where"/> takes, and skips it.</summary>
    private void Wrong(string expected)
    {
        var found = parser.Current switch
        {
            MappingStart => "a mapping of keys",
            SequenceStart => "a list",
            AnchorAlias alias => $"the alias `*{alias.Value}` (aliases are not read in locale files; write the value out)",
            Scalar scalar => $"the text `{scalar.Value}`",
            _ => "nothing",
        };
        Report(parser.Current!.Start, $"{Subject} should be {expected}, not {found}.");
        parser.SkipThisAndNestedEvents();
    }

    private void Check(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            Report(node.Start, $"Anchor `&{node.Anchor}` is not read in locale files; delete it and write repeated values out.");
        }

        if (!node.Tag.IsEmpty)
        {
            Report(node.Start, $"Tag `{node.Tag}` is not read in locale files; delete it (every value's type follows from its key).");
        }
    }

    private void Report(Mark mark, string message)
    {
        errors++;
        diagnostics.Add(DiagnosticDescriptors.LocaleSyntax, new SourceLocation(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column)), message);
    }
}
