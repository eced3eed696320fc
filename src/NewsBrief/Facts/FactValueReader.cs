using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Reads typed values from located nodes, strictly: shapes, texts, exact decimal numbers with
/// scale words, ISO dates, allowlisted URLs and known keys. Reports each problem with a fix.
/// </summary>
internal sealed partial class FactValueReader(FactReporter reporter, FactsVocabulary vocabulary)
{
    /// <summary>
    /// Every number of a facts file (amount, value, percent, rate, reported amount) is below this.
    /// With <see cref="MaxDecimals"/>, a ratio of two numbers stays below 10^27, which a decimal holds
    /// (7.9 × 10^28); products (a conversion through a rate) are checked where they are made.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000_000m;

    /// <summary>Decimals a number of a facts file may have (a rate of 0.0000604 needs seven).</summary>
    public const int MaxDecimals = 9;

    private const string MaxMagnitudeText = "1,000,000,000,000,000,000";

    public FactReporter Reporter { get; } = reporter;

    public FactsVocabulary Vocabulary { get; } = vocabulary;

    /// <summary>
    /// The known keys of <paramref name="mapping"/>; reports every unknown key with a suggestion.
    /// </summary>
    public Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> Fields(YamlMappingNode mapping, string context, IReadOnlyList<string> known)
    {
        var fields = new Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (known.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                fields[entry.Key.Value] = entry;
            }
            else
            {
                Reporter.Report(DiagnosticDescriptors.FactsUnknownKey, entry.Key.Location,
                    $"Unknown key `{entry.Key.Value}` in {context}.{KeySuggester.DidYouMean(entry.Key.Value, known)} Rename or remove it; the keys here are: {string.Join(", ", known)}.");
            }
        }

        return fields;
    }

    /// <summary>Reports a required key that is missing, at the mapping that should hold it.</summary>
    public bool Require(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string key, YamlMappingNode mapping, string context, string example)
    {
        if (fields.ContainsKey(key))
        {
            return true;
        }

        Reporter.Report(DiagnosticDescriptors.FactsMissingField, mapping.Location, $"{Capitalize(context)} has no `{key}`; add it, e.g. `{example}`.");
        return false;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what, string example) =>
        Expect<YamlMappingNode>(node, what, "a mapping of keys", example);

    public YamlSequenceNode? Sequence(YamlNode node, string what, string example) =>
        Expect<YamlSequenceNode>(node, what, "a list", example);

    public YamlScalarNode? Scalar(YamlNode node, string what, string example) =>
        Expect<YamlScalarNode>(node, what, "a single value", example);

    /// <summary>A non-empty text in any scalar style.</summary>
    public string? Text(YamlNode node, string what, string example)
    {
        var scalar = Scalar(node, what, example);
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Reporter.Report(DiagnosticDescriptors.FactsEmptyValue, scalar.Location, $"{Capitalize(what)} is empty; write the text, e.g. `{example}`.");
            return null;
        }

        return scalar.Value;
    }

    private T? Expect<T>(YamlNode node, string what, string shape, string example)
        where T : YamlNode
    {
        switch (node)
        {
            case T typed when typed is not YamlScalarNode { IsNull: true }:
                return typed;
            case YamlRejectedNode:
                return null;
            case YamlScalarNode { IsNull: true }:
                Reporter.Report(DiagnosticDescriptors.FactsEmptyValue, node.Location, $"{Capitalize(what)} has no value; write {shape}, e.g. `{example}`.");
                return null;
            default:
                var hint = node is YamlMappingNode && typeof(T) == typeof(YamlScalarNode)
                    ? " A text that starts with `{` must be quoted: `\"{name} ...\"`."
                    : "";
                Reporter.Report(DiagnosticDescriptors.FactsWrongType, node.Location,
                    $"{Capitalize(what)} must be {shape}, but this is {node.Describe()}; write it like `{example}`.{hint}");
                return null;
        }
    }

    /// <summary>
    /// An exact decimal written as plain digits with an optional <c>.</c> fraction and, when
    /// <paramref name="allowScale"/>, a scale word: <c>4.87 billion</c>. A leading <c>-</c> is an
    /// error unless <paramref name="allowNegative"/> (a loss, a fall: <c>amount: -350 billion</c>);
    /// <c>-0</c> is zero, with no sign.
    /// </summary>
    public decimal? Number(YamlNode node, string what, string example, bool allowScale = true, bool allowNegative = false)
    {
        var scalar = Scalar(node, what, example);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (!scalar.IsPlain)
        {
            return Fail($"{Capitalize(what)} is quoted, so it is text; write the number without quotes: `{example}`.");
        }

        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 2)
        {
            return Fail($"`{text}` is not a number; write digits, an optional `.` fraction and at most one scale word: `{example}`.");
        }

        var digits = parts[0];
        var negative = digits.StartsWith('-');
        var unsigned = negative ? digits[1..] : digits;
        if (!PlainDecimal().IsMatch(unsigned))
        {
            return Fail($"`{text}` is not a number: {Explain(unsigned)} Write it as `{example}`.");
        }

        var significant = unsigned.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        if (significant.Length > 28 || !decimal.TryParse(unsigned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Reporter.Report(DiagnosticDescriptors.FactsNumberOutOfRange, scalar.Location,
                $"`{text}` has more digits than an exact decimal holds (28); round it or use a scale word: `{example}`.");
            return null;
        }

        if (parts.Length == 2)
        {
            var word = parts[1];
            if (!allowScale)
            {
                return Fail($"{Capitalize(what)} takes no scale word; write the plain number: `{example}`.");
            }

            if (!Vocabulary.ScaleWords.TryGetValue(word, out var scale))
            {
                var known = Vocabulary.ScaleWords.Keys.Order(StringComparer.Ordinal).ToList();
                Reporter.Report(DiagnosticDescriptors.FactsUnknownScaleWord, scalar.Location,
                    $"`{word}` is not a scale word.{KeySuggester.DidYouMean(word, known)} Use one of {string.Join(", ", known)}, or write all digits.");
                return null;
            }

            try
            {
                value *= scale;

                // 4.87 billion is 4870000000, not 4870000000.00: drop the decimals the scale word used up.
                var zeros = PowerOfTen(scale);
                if (zeros >= 0)
                {
                    var dot = unsigned.IndexOf('.', StringComparison.Ordinal);
                    var fractionDigits = dot < 0 ? 0 : unsigned.Length - dot - 1;
                    value = decimal.Round(value, Math.Max(0, fractionDigits - zeros), MidpointRounding.AwayFromZero); // exact: only zeros are dropped
                }
            }
            catch (OverflowException)
            {
                Reporter.Report(DiagnosticDescriptors.FactsNumberOutOfRange, scalar.Location, $"`{text}` is too large; check the number and the scale word.");
                return null;
            }
        }

        if (value >= MaxMagnitude || value != decimal.Round(value, MaxDecimals, MidpointRounding.AwayFromZero))
        {
            Reporter.Report(DiagnosticDescriptors.FactsNumberOutOfRange, scalar.Location,
                $"`{text}` is out of range: a number in a facts file is below {MaxMagnitudeText} (a quintillion) with at most {MaxDecimals} decimals, " +
                "so that every conversion, ratio and percentage of it can be computed exactly. Check the digits and the scale word.");
            return null;
        }

        if (negative && value != 0 && !allowNegative)
        {
            Reporter.Report(DiagnosticDescriptors.FactsNegativeNumber, scalar.Location,
                $"{Capitalize(what)} cannot be negative; write the size (`{text.TrimStart('-')}`). A signed figure is an `amount`, `percent`, plain `value` or points: write the loss or fall there, and `{{name:size}}` or `{{name:change}}` in the text.");
            return null;
        }

        return negative && value != 0 ? -value : value;

        decimal? Fail(string message)
        {
            Reporter.Report(DiagnosticDescriptors.FactsInvalidNumber, scalar.Location, message);
            return null;
        }
    }

    /// <summary>k when <paramref name="scale"/> is 10^k (k ≥ 0), else -1.</summary>
    private static int PowerOfTen(decimal scale)
    {
        var k = 0;
        while (scale > 1m && scale % 10m == 0m)
        {
            scale /= 10m;
            k++;
        }

        return scale == 1m ? k : -1;
    }

    private static string Explain(string s)
    {
        var lower = s.ToLowerInvariant();
        if (lower is "yes" or "no" or "on" or "off" or "y" or "n" or "true" or "false")
        {
            return $"`{s}` is a yes/no word (old YAML reads it as a boolean), not a number.";
        }

        if (lower.TrimStart('+') is ".inf" or "inf" or ".nan" or "nan" or "infinity")
        {
            return "infinity and NaN are not amounts.";
        }

        if (lower.StartsWith("0x", StringComparison.Ordinal) || lower.StartsWith("0o", StringComparison.Ordinal) || lower.StartsWith("0b", StringComparison.Ordinal))
        {
            return "hexadecimal, octal and binary forms are not allowed; write decimal digits.";
        }

        if (s.StartsWith('+'))
        {
            return "remove the `+` sign.";
        }

        if (s.Contains('_', StringComparison.Ordinal))
        {
            return "remove the `_` digit separators.";
        }

        if (ThousandsCommas().IsMatch(s))
        {
            return "remove the thousands separators (`,`).";
        }

        if (s.Contains(',', StringComparison.Ordinal))
        {
            return "the decimal separator is a dot, not a comma (`4.87`, not `4,87`).";
        }

        if (ExponentForm().IsMatch(s))
        {
            return "exponent notation is not allowed; write all digits or use a scale word (`1 billion`).";
        }

        if (LeadingZero().IsMatch(s))
        {
            return "a leading zero is not allowed (old YAML reads `010` as octal 8); drop the zero.";
        }

        if (s.StartsWith('.') || s.EndsWith('.'))
        {
            return "write a digit on both sides of the dot (`0.5`, `5.0`).";
        }

        return "write digits with an optional `.` fraction and an optional scale word.";
    }

    /// <summary>An ISO <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> date that exists.</summary>
    public PartialDate? Date(YamlNode node, string what, string example)
    {
        var scalar = Scalar(node, what, example);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        var message = IsoShape().IsMatch(text)
            ? $"`{text}` is not a real date (check the month and the day); write an existing date, e.g. `{example}`."
            : $"`{text}` is not an ISO date; write `yyyy-MM-dd`, `yyyy-MM` or `yyyy` (e.g. `{example}`), never `17/09/2025` or a month name.";
        Reporter.Report(DiagnosticDescriptors.FactsInvalidDate, scalar.Location, message);
        return null;
    }

    /// <summary>An absolute <c>http</c>, <c>https</c> or <c>mailto</c> URL.</summary>
    public string? Url(YamlNode node, string what)
    {
        const string example = "url: https://www.nature.com/";
        var text = Text(node, what, example);
        if (text is null)
        {
            return null;
        }

        if (UnsafeUrlCharacter(text) is { } bad)
        {
            Reporter.Report(DiagnosticDescriptors.FactsInvalidUrl, node.Location,
                $"{Capitalize(what)} contains {bad}, which would break the link in the page's Markdown; " +
                $"copy the address again from the browser's address bar (it percent-encodes such characters, e.g. a space as `%20`), e.g. `{example}`.");
            return null;
        }

        var ok = !text.Any(char.IsWhiteSpace)
            && (text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("mailto:", StringComparison.Ordinal))
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeMailto ? text.Length > "mailto:".Length : (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0);
        if (ok)
        {
            return text;
        }

        var why = text.StartsWith("//", StringComparison.Ordinal)
            ? "a link without a scheme (`//host`) is not allowed"
            : $"`{text}` is not an absolute http, https or mailto link";
        Reporter.Report(DiagnosticDescriptors.FactsInvalidUrl, node.Location,
            $"{Capitalize(what)}: {why}. Write the full address starting with `https://`, `http://` or `mailto:`, e.g. `{example}`.");
        return null;
    }

    /// <summary>
    /// The first character a link destination must not hold as itself, described for a message, or
    /// null: white space and control characters, the characters that end or break a Markdown link
    /// or an HTML attribute (<c>&lt; &gt; " ' ` \ { } | ^</c>), and unbalanced parentheses.
    /// </summary>
    private static string? UnsafeUrlCharacter(string url)
    {
        var depth = 0;
        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return c == ' ' ? "a space" : $"the invisible character U+{(int)c:X4}";
            }

            if (c is '<' or '>' or '"' or '\'' or '`' or '\\' or '{' or '}' or '|' or '^')
            {
                return $"`{c}`";
            }

            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return "a `)` without its `(`";
            }
        }

        return depth > 0 ? "a `(` without its `)`" : null;
    }

    /// <summary>A currency every locale can write.</summary>
    public string? Currency(YamlNode node, string what, string example)
    {
        var text = Text(node, what, example);
        return text is null ? null : KnownCurrency(text, Reporter, node.Location);
    }

    /// <summary>Checks a currency code against the vocabulary.</summary>
    public string? KnownCurrency(string code, FactReporter reporter, SourceLocation location)
    {
        if (Vocabulary.Currencies.Contains(code))
        {
            return code;
        }

        var known = Vocabulary.Currencies.Order(StringComparer.Ordinal).ToList();
        reporter.Report(DiagnosticDescriptors.FactsUnknownCurrency, location,
            $"Unknown currency `{code}`.{KeySuggester.DidYouMean(code, known)} Write an ISO 4217 code the locales know: {string.Join(", ", known)}.");
        return null;
    }

    public static string Capitalize(string s) => s.Length == 0 ? s : string.Concat(s[..1].ToUpperInvariant(), s.AsSpan(1));

    [GeneratedRegex("^(0|[1-9][0-9]*)(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDecimal();

    [GeneratedRegex("^[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsCommas();

    [GeneratedRegex("^[0-9.]*[0-9][eE][+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ExponentForm();

    [GeneratedRegex("^0[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();

    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
