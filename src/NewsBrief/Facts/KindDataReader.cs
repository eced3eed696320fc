using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Validates a facts file's <c>data:</c> against its kind's fields, reporting every problem at its
/// line and column: unknown fields (with a suggestion), missing required ones, wrong shapes and
/// types, a sign where the field allows none, a value outside <c>values:</c>, <c>min</c> or <c>max</c>.
/// </summary>
internal sealed partial class KindDataReader(FactValueReader reader)
{
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);

    /// <summary>Top-level and object fields' nodes by path, for the kind's figures to take.</summary>
    public Dictionary<string, YamlNode> Nodes { get; } = new(StringComparer.Ordinal);

    private FactReporter Reporter => reader.Reporter;

    public KindData? Read(KindDefinition kind, YamlNode node)
    {
        var before = Reporter.ErrorCount;
        var values = Fields(kind.Fields, node, "data", "`data`", "");
        return values is null || Reporter.ErrorCount > before ? null : new KindData(kind, values, node.Location) { Locations = locations };
    }

    private Dictionary<string, object?>? Fields(IReadOnlyList<KindField> fields, YamlNode node, string key, string what, string prefix)
    {
        var example = string.Join(", ", fields.Where(f => f.Required).Take(2).Select(f => f.Name + ": ..."));
        var mapping = reader.Mapping(node, what, $"{key}: {{ {example} }}");
        if (mapping is null)
        {
            return null;
        }

        var names = fields.Select(f => f.Name).ToList();
        var given = reader.Fields(mapping, what, names);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!given.TryGetValue(field.Name, out var entry) || entry.Value is YamlScalarNode { IsNull: true })
            {
                if (field.Required)
                {
                    reader.Require(given, field.Name, mapping, what, $"{field.Name}: {Example(field)}");
                    if (given.ContainsKey(field.Name))
                    {
                        Reporter.Report(DiagnosticDescriptors.FactsEmptyValue, entry.Value.Location, $"`{prefix}{field.Name}` has no value; write {field.Describe()}, e.g. `{field.Name}: {Example(field)}`.");
                    }
                }

                values[field.Name] = null;
                continue;
            }

            var path = prefix + field.Name;
            locations[path] = entry.Key.Location;
            if (!prefix.Contains('[', StringComparison.Ordinal))
            {
                Nodes[path] = entry.Value;
            }

            values[field.Name] = Value(field, entry.Value, path);
        }

        return values;
    }

    private object? Value(KindField field, YamlNode node, string path)
    {
        var what = $"`{path}`";
        var example = $"{field.Name}: {Example(field)}";
        switch (field.Type)
        {
            case KindFieldType.Text:
                return reader.Text(node, what, example);

            case KindFieldType.Key:
                var key = reader.Text(node, what, example);
                if (key is not null && !field.Values.Contains(key, StringComparer.Ordinal))
                {
                    Reporter.Report(DiagnosticDescriptors.FactsKindValueNotAllowed, node.Location,
                        $"`{key}` is not a value of {what}.{KeySuggester.DidYouMean(key, field.Values)} Write one of {string.Join(", ", field.Values)}.");
                    return null;
                }

                return key;

            case KindFieldType.Boolean:
                if (node is YamlScalarNode { IsPlain: true, Value: "true" or "false" } flag)
                {
                    return flag.Value == "true";
                }

                if (reader.Scalar(node, what, example) is not null)
                {
                    Reporter.Report(DiagnosticDescriptors.FactsInvalidFlag, node.Location, $"{what} is `true` or `false` (unquoted); write `{field.Name}: true` or `{field.Name}: false`, or leave it out.");
                }

                return null;

            case KindFieldType.Integer or KindFieldType.Number or KindFieldType.Percent or KindFieldType.Amount:
                return Number(field, node, what, example);

            case KindFieldType.Date:
                var date = reader.Date(node, what, example);
                if (date is { Precision: not DatePrecision.Day })
                {
                    Reporter.Report(DiagnosticDescriptors.FactsDatePrecision, node.Location, $"{what} is a day: write `yyyy-MM-dd`, e.g. `{example}`.");
                    return null;
                }

                return date?.ToString();

            case KindFieldType.Instant:
                return Instant(node, what, example);

            case KindFieldType.Period:
                var text = reader.Text(node, what, example);
                if (text is not null && Period.Parse(text.Trim(), out var error) is null)
                {
                    Reporter.Report(DiagnosticDescriptors.FactsInvalidPeriod, node.Location, error);
                    return null;
                }

                return text?.Trim();

            case KindFieldType.List:
                var list = reader.Sequence(node, what, $"{field.Name}: [...]");
                if (list is null)
                {
                    return null;
                }

                if (list.Items.Count > FactFileMapper.MaxListItems)
                {
                    Reporter.Report(DiagnosticDescriptors.FactsTooManyItems, list.Items[FactFileMapper.MaxListItems].Location,
                        $"{what} has {list.Items.Count} items; a facts file may have at most {FactFileMapper.MaxListItems} (this is the first one over). Remove the extra items.");
                    return null;
                }

                var items = new List<object?>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    locations[itemPath] = list.Items[i].Location;
                    items.Add(field.Item is null ? null
                        : field.Item.Type == KindFieldType.Object ? Fields(field.Item.Fields, list.Items[i], "-", $"item {i + 1} of {what}", itemPath + ".")
                        : Value(field.Item with { Name = field.Name }, list.Items[i], itemPath));
                }

                return items;

            case KindFieldType.Object:
                return Fields(field.Fields, node, field.Name, what, path + ".");

            default:
                return null;
        }
    }

    private decimal? Number(KindField field, YamlNode node, string what, string example)
    {
        var value = reader.Number(node, what, example, allowScale: field.Type == KindFieldType.Amount, allowNegative: field.Negative);
        if (value is not { } v)
        {
            return null;
        }

        if (field.Type == KindFieldType.Integer && v != decimal.Truncate(v))
        {
            Reporter.Report(DiagnosticDescriptors.FactsKindNumberOutOfBounds, node.Location, $"{what} is a whole number; drop the decimals, e.g. `{example}`.");
            return null;
        }

        if (field.Min is { } min && v < min || field.Max is { } max && v > max)
        {
            var bounds = (field.Min, field.Max) switch
            {
                ({ } lo, { } hi) => $"from {Plain(lo)} to {Plain(hi)}",
                ({ } lo, null) => $"at least {Plain(lo)}",
                (null, { } hi) => $"at most {Plain(hi)}",
                _ => "",
            };
            Reporter.Report(DiagnosticDescriptors.FactsKindNumberOutOfBounds, node.Location, $"{what} is {Plain(v)}; it must be {bounds}. Check the number (and its scale word).");
            return null;
        }

        return v;
    }

    /// <summary>An ISO 8601 instant with seconds and a zone (<c>Z</c> or <c>+07:00</c>), returned in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    private string? Instant(YamlNode node, string what, string example)
    {
        var text = reader.Text(node, what, example);
        if (text is null)
        {
            return null;
        }

        if (InstantShape().IsMatch(text.Trim()) && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        Reporter.Report(DiagnosticDescriptors.FactsKindInvalidInstant, node.Location,
            $"`{text}` is not an instant; write the date and time in UTC with a `Z` (or with its offset), e.g. `{example}`.");
        return null;
    }

    private static string Plain(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Example(KindField field) => field.Type switch
    {
        KindFieldType.Key => field.Values.FirstOrDefault() ?? "...",
        KindFieldType.Boolean => "true",
        KindFieldType.Integer => "6",
        KindFieldType.Number or KindFieldType.Percent => "4.75",
        KindFieldType.Amount => "1.25 triliun",
        KindFieldType.Date => "2025-09-17",
        KindFieldType.Instant => "2025-12-12T07:35:21Z",
        KindFieldType.Period => "2025-Q3",
        KindFieldType.List => "[...]",
        KindFieldType.Object => "{ ... }",
        _ => "...",
    };

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantShape();
}
