using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Reads a kind's <c>kind.yml</c> with the facts files' strict YAML reader (positions, no anchors,
/// no duplicate keys) into a <see cref="KindDefinition"/>; every mistake is NB2101 or NB2103 at its
/// line and column. Null when the file has errors.
/// </summary>
public static partial class KindDefinitionParser
{
    private static readonly string[] TopKeys = ["fields", "figures", "description"];
    private static readonly string[] FieldKeys = ["type", "required", "negative", "min", "max", "values", "item", "fields", "description"];

    /// <summary>Keys of a kind figure whose value must name a data field (a number, a date: data, never a literal).</summary>
    private static readonly string[] FieldOnlyKeys = ["amount", "value", "percent", "basis_points", "percentage_points", "day", "time", "period", "date"];

    private static readonly Dictionary<string, KindFieldType> Types = Enum.GetValues<KindFieldType>()
        .ToDictionary(t => t.ToString().ToLowerInvariant(), t => t, StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/> as the definition of kind <paramref name="name"/>.</summary>
    public static KindDefinition? Parse(string name, string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var reporter = new FactReporter(path, text, diagnostics);
        if (!FactTextScanner.Check(text, reporter) || FactYamlReader.Read(text, reporter) is not { } root)
        {
            return null;
        }

        var parser = new Reader(reporter);
        if (root is not YamlMappingNode mapping)
        {
            parser.Fail(root.Location, "A kind.yml is a mapping with `fields:` (the data block's fields) and optionally `figures:`; see docs/kinds.md.");
            return null;
        }

        var top = parser.Keys(mapping, "kind.yml", TopKeys);
        if (!top.TryGetValue("fields", out var fieldsNode))
        {
            parser.Fail(mapping.Location, "A kind.yml needs `fields:`, the fields of the facts file's `data:` block, e.g. `fields: { rate: { type: percent, required: true } }`.");
            return null;
        }

        var fields = parser.FieldMap(fieldsNode, "") ?? [];
        var figures = top.TryGetValue("figures", out var figuresNode) ? parser.Figures(figuresNode, fields) : [];
        return reporter.ErrorCount > 0 ? null : new KindDefinition(name, path, fields, figures);
    }

    /// <summary>The field at a dotted path (<c>epicenter.distance_km</c>) of <paramref name="fields"/>, through objects only.</summary>
    public static KindField? Resolve(IReadOnlyList<KindField> fields, string path)
    {
        KindField? found = null;
        var level = fields;
        foreach (var part in path.Split('.'))
        {
            found = level.FirstOrDefault(f => string.Equals(f.Name, part, StringComparison.Ordinal));
            if (found is null)
            {
                return null;
            }

            level = found.Fields;
        }

        return found;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex FieldName();

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPath();

    private sealed class Reader(FactReporter reporter)
    {
        public void Fail(SourceLocation at, string message) => reporter.Report(DiagnosticDescriptors.KindDefinitionInvalid, at, message);

        public Dictionary<string, YamlNode> Keys(YamlMappingNode mapping, string where, IReadOnlyList<string> known)
        {
            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Entries)
            {
                if (known.Contains(key.Value, StringComparer.Ordinal))
                {
                    result[key.Value] = value;
                }
                else
                {
                    Fail(key.Location, $"Unknown key `{key.Value}` in {where}.{KeySuggester.DidYouMean(key.Value, known)} The keys there are: {string.Join(", ", known)}.");
                }
            }

            return result;
        }

        public List<KindField>? FieldMap(YamlNode node, string prefix)
        {
            if (node is not YamlMappingNode mapping || mapping.Entries.Count == 0)
            {
                Fail(node.Location, $"`{(prefix.Length == 0 ? "fields" : prefix + "fields")}` is a mapping of field names to their types, e.g. `rate: {{ type: percent, required: true }}`.");
                return null;
            }

            var fields = new List<KindField>();
            foreach (var (key, value) in mapping.Entries)
            {
                if (!FieldName().IsMatch(key.Value))
                {
                    Fail(key.Location, $"The field name `{key.Value}` must be lower-case letters, digits and `_`, starting with a letter (templates read it as `data.{key.Value}`).");
                    continue;
                }

                if (Field(key, value, prefix + key.Value) is { } field)
                {
                    fields.Add(field);
                }
            }

            return fields;
        }

        private KindField? Field(YamlScalarNode name, YamlNode node, string path)
        {
            // `rate: percent` is short for `rate: { type: percent }`.
            if (node is YamlScalarNode shorthand)
            {
                return TypeOf(shorthand, path) is { } t && t is not KindFieldType.List and not KindFieldType.Object
                    ? new KindField(name.Value, t, name.Location)
                    : null;
            }

            if (node is not YamlMappingNode mapping)
            {
                Fail(node.Location, $"Field `{path}` is a type (`{name.Value}: percent`) or a mapping (`{name.Value}: {{ type: percent, required: true }}`).");
                return null;
            }

            var keys = Keys(mapping, $"field `{path}`", FieldKeys);
            if (!keys.TryGetValue("type", out var typeNode))
            {
                Fail(mapping.Location, $"Field `{path}` has no `type`; write one of {string.Join(", ", Types.Keys)}.");
                return null;
            }

            if (typeNode is not YamlScalarNode typeScalar || TypeOf(typeScalar, path) is not { } type)
            {
                if (typeNode is not YamlScalarNode)
                {
                    Fail(typeNode.Location, $"The type of field `{path}` is one word: {string.Join(", ", Types.Keys)}.");
                }

                return null;
            }

            var field = new KindField(name.Value, type, name.Location)
            {
                Required = keys.TryGetValue("required", out var r) && Flag(r, path, "required"),
                Negative = keys.TryGetValue("negative", out var n) && Flag(n, path, "negative"),
                Min = keys.TryGetValue("min", out var min) ? Number(min, path, "min") : null,
                Max = keys.TryGetValue("max", out var max) ? Number(max, path, "max") : null,
                Values = keys.TryGetValue("values", out var values) ? Values(values, path) : [],
            };

            if (type == KindFieldType.Key && field.Values.Count == 0)
            {
                Fail(typeNode.Location, $"Field `{path}` is a key: list the keys it may take, e.g. `values: [bi, fed]`.");
            }

            if ((min is not null || max is not null || n is not null) && type is not (KindFieldType.Integer or KindFieldType.Number or KindFieldType.Percent or KindFieldType.Amount))
            {
                Fail(mapping.Location, $"`min`, `max` and `negative` are for numbers; field `{path}` is {type.ToString().ToLowerInvariant()}.");
            }

            if (type == KindFieldType.List)
            {
                if (!keys.TryGetValue("item", out var item))
                {
                    Fail(mapping.Location, $"List field `{path}` needs `item:`, a type (`item: text`) or the fields of each item (`item: {{ date: date, rate: percent }}`).");
                    return null;
                }

                return field with { Item = Item(item, path + "[]") };
            }

            if (type == KindFieldType.Object)
            {
                if (!keys.TryGetValue("fields", out var inner))
                {
                    Fail(mapping.Location, $"Object field `{path}` needs `fields:`, e.g. `fields: {{ name: {{ type: text, required: true }} }}`.");
                    return null;
                }

                return field with { Fields = FieldMap(inner, path + ".") ?? [] };
            }

            if (keys.ContainsKey("item") || keys.ContainsKey("fields"))
            {
                Fail(mapping.Location, $"`item` is for a list and `fields` for an object; field `{path}` is {type.ToString().ToLowerInvariant()}.");
            }

            return field;
        }

        /// <summary>A list's item: a type (<c>item: text</c>), a typed mapping (<c>item: { type: key, values: [...] }</c>) or the fields of an object.</summary>
        private KindField? Item(YamlNode node, string path)
        {
            var name = new YamlScalarNode(node.Location, "item", true, 0, 0);
            if (node is YamlMappingNode mapping && !mapping.Entries.Exists(e => e.Key.Value == "type" && e.Value is YamlScalarNode))
            {
                return new KindField("item", KindFieldType.Object, node.Location) { Fields = FieldMap(node, path + ".") ?? [] };
            }

            return Field(name, node, path);
        }

        private KindFieldType? TypeOf(YamlScalarNode node, string path)
        {
            if (Types.TryGetValue(node.Value, out var type))
            {
                return type;
            }

            Fail(node.Location, $"Unknown type `{node.Value}` for field `{path}`.{KeySuggester.DidYouMean(node.Value, Types.Keys)} The types are: {string.Join(", ", Types.Keys)}.");
            return null;
        }

        private bool Flag(YamlNode node, string path, string key)
        {
            if (node is YamlScalarNode { IsPlain: true, Value: "true" or "false" } s)
            {
                return s.Value == "true";
            }

            Fail(node.Location, $"`{key}` of field `{path}` is `true` or `false`.");
            return false;
        }

        private decimal? Number(YamlNode node, string path, string key)
        {
            if (node is YamlScalarNode { IsPlain: true } s && decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Fail(node.Location, $"`{key}` of field `{path}` is a plain number, e.g. `{key}: 0`.");
            return null;
        }

        private List<string> Values(YamlNode node, string path)
        {
            if (node is YamlSequenceNode list && list.Items.Count > 0 && list.Items.TrueForAll(i => i is YamlScalarNode { Value.Length: > 0 }))
            {
                var values = list.Items.Cast<YamlScalarNode>().Select(i => i.Value).ToList();
                if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
                {
                    Fail(node.Location, $"`values` of field `{path}` lists a value twice; keep one.");
                }

                return values;
            }

            Fail(node.Location, $"`values` of field `{path}` is a list of the allowed values, e.g. `values: [bi, fed]`.");
            return [];
        }

        public List<KindFigure> Figures(YamlNode node, IReadOnlyList<KindField> fields)
        {
            var figures = new List<KindFigure>();
            if (node is not YamlMappingNode mapping)
            {
                reporter.Report(DiagnosticDescriptors.KindFigureInvalid, node.Location,
                    "`figures` is a mapping of figure names to figures whose values name data fields, e.g. `rate: { percent: rate }`.");
                return figures;
            }

            foreach (var (name, value) in mapping.Entries)
            {
                if (!LocalizedTextMapper.FigureName().IsMatch(name.Value))
                {
                    reporter.Report(DiagnosticDescriptors.KindFigureInvalid, name.Location, $"The figure name `{name.Value}` must be lower-case letters, digits and `_`, starting with a letter.");
                    continue;
                }

                if (value is not YamlMappingNode spec)
                {
                    reporter.Report(DiagnosticDescriptors.KindFigureInvalid, value.Location, $"Figure `{name.Value}` is a mapping like a facts file's figure, its values naming data fields: `{name.Value}: {{ percent: {name.Value} }}`.");
                    continue;
                }

                var entries = new List<(YamlScalarNode, YamlNode, string?)>();
                foreach (var (key, v) in spec.Entries)
                {
                    string? fieldPath = null;
                    if (v is YamlScalarNode { IsPlain: true } scalar && FieldPath().IsMatch(scalar.Value) && Resolve(fields, scalar.Value) is { } field)
                    {
                        fieldPath = scalar.Value;
                        if (field.Type is KindFieldType.List or KindFieldType.Object)
                        {
                            reporter.Report(DiagnosticDescriptors.KindFigureInvalid, v.Location, $"`{key.Value}: {scalar.Value}` of figure `{name.Value}` names a {field.Type.ToString().ToLowerInvariant()}; a figure takes a single value.");
                        }
                    }
                    else if (FieldOnlyKeys.Contains(key.Value, StringComparer.Ordinal))
                    {
                        var written = v is YamlScalarNode s ? s.Value : v.Describe();
                        reporter.Report(DiagnosticDescriptors.KindFigureInvalid, v.Location,
                            $"`{key.Value}: {written}` of figure `{name.Value}` names no field of this kind.{KeySuggester.DidYouMean(written, AllPaths(fields, "").ToList())} A figure's `{key.Value}` takes its value from the data: name a field.");
                        continue;
                    }

                    entries.Add((key, v, fieldPath));
                }

                if (!entries.Exists(e => e.Item3 is not null))
                {
                    reporter.Report(DiagnosticDescriptors.KindFigureInvalid, name.Location, $"Figure `{name.Value}` takes nothing from the data; name a field, e.g. `{name.Value}: {{ percent: {fields.FirstOrDefault()?.Name ?? "rate"} }}`.");
                    continue;
                }

                figures.Add(new KindFigure(name.Value, name.Location) { Entries = entries });
            }

            return figures;
        }

        private static IEnumerable<string> AllPaths(IReadOnlyList<KindField> fields, string prefix) =>
            fields.SelectMany(f => f.Type == KindFieldType.Object ? AllPaths(f.Fields, prefix + f.Name + ".") : [prefix + f.Name]);
    }
}
