using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Maps one entry of <c>figures</c> to a <see cref="Figure"/>: exactly one kind (money, quantity,
/// percent, number), exact decimals, known currencies and units, a known qualifier.
/// </summary>
internal sealed partial class FigureMapper(FactValueReader reader, LocalizedTextMapper texts)
{
    internal static readonly string[] Keys = ["amount", "currency", "reported", "value", "unit", "percent", "qualifier", "label", "date", "per", "basis_points", "percentage_points", "convert", "headline", "day", "time", "zone", "period"];

    private static readonly (string Kind, string[] Keys)[] Kinds =
    [
        ("money", ["amount", "currency", "reported", "date", "per"]),
        ("quantity or number", ["value", "unit"]),
        ("percent", ["percent"]),
        ("basis points", ["basis_points"]),
        ("percentage points", ["percentage_points"]),
        ("day or time", ["day", "time", "zone"]),
        ("period", ["period"]),
    ];

    internal static IReadOnlyDictionary<string, Qualifier> Qualifiers => QualifierKeys.ByKey;

    private const string KindHelp =
        "A figure is exactly one of: money (`amount` + `currency`), quantity (`value` + `unit`), percent (`percent`), number (`value`), basis points (`basis_points`), percentage points (`percentage_points`), day or time (`day`, `time` + `zone`) or period (`period`).";

    private FactReporter Reporter => reader.Reporter;

    /// <summary>The figure, or null when it has errors (all reported).</summary>
    public Figure? Map(YamlScalarNode nameNode, YamlNode node)
    {
        var name = nameNode.Value;
        if (!LocalizedTextMapper.FigureName().IsMatch(name))
        {
            var fixedName = new string([.. name.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_')]).TrimStart('_', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            Reporter.Report(DiagnosticDescriptors.FactsInvalidFigureName, nameNode.Location,
                $"Figure name `{name}` must start with a lower-case letter and use only `a-z`, `0-9` and `_`" +
                (fixedName.Length > 0 ? $", e.g. `{fixedName}`." : "."));
        }

        var context = $"figure `{name}`";
        var mapping = reader.Mapping(node, context, "r1_cost: { amount: 294000, currency: USD }");
        if (mapping is null)
        {
            return null;
        }

        var fields = reader.Fields(mapping, context, Keys);
        var kind = Kind(mapping, fields, nameNode, name);
        var qualifier = Qualifier.None;
        if (fields.TryGetValue("qualifier", out var q))
        {
            qualifier = ReadQualifier(q.Value, context);
        }

        var label = fields.TryGetValue("label", out var l) ? texts.Map(l.Value, $"the label of {context}", "label") : null;
        var location = nameNode.Location;
        var control = ReadControl(fields, kind, context);
        if (control is null)
        {
            return null;
        }

        if (kind is not null && RangeField(fields, kind) is { } range)
        {
            // A two-item list is a range (percent: [4.6, 5.4]); FigureMapper.Numbers.cs reads it.
            return WithControl(MapRange(name, label, location, kind, mapping, fields, range, context), control.Value);
        }

        return WithControl(MapKind(kind, fields, mapping, context, name, label, qualifier, location), control.Value);
    }

    private Figure? MapKind(string? kind, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, YamlMappingNode mapping, string context,
        string name, LocalizedText? label, Qualifier qualifier, SourceLocation location)
    {
        switch (kind)
        {
            case "money":
                reader.Require(fields, "amount", mapping, context, "amount: 4.87 billion");
                reader.Require(fields, "currency", mapping, context, "currency: USD");
                var amount = fields.TryGetValue("amount", out var a) ? reader.Number(a.Value, $"the amount of {context}", "amount: 4.87 billion", allowNegative: true) : null;
                var currency = fields.TryGetValue("currency", out var c) ? reader.Currency(c.Value, $"the currency of {context}", "currency: USD") : null;
                var reported = fields.TryGetValue("reported", out var r) ? Reported(r.Value, context) : new Dictionary<string, decimal>(StringComparer.Ordinal);
                if (amount is { } signed && reported is not null && r.Value is YamlMappingNode reportedNode && !SameSign(signed, reported, reportedNode, context))
                {
                    return null;
                }

                PartialDate? amountDate = null;
                if (fields.TryGetValue("date", out var d))
                {
                    amountDate = reader.Date(d.Value, $"the date of {context}", "date: 2021-03");
                    if (amountDate is null)
                    {
                        return null;
                    }
                }

                string? per = null;
                if (fields.TryGetValue("per", out var perField))
                {
                    per = ReadPer(perField.Value, context);
                    if (per is null)
                    {
                        return null;
                    }
                }

                return amount is { } am && currency is not null && reported is not null
                    ? new MoneyFigure(name, label, qualifier, location, am, currency, reported) { Date = amountDate, Per = per }
                    : null;

            case "quantity or number":
                reader.Require(fields, "value", mapping, context, "value: 512");
                var value = fields.TryGetValue("value", out var v) ? reader.Number(v.Value, $"the value of {context}", "value: 512", allowNegative: true) : null;
                if (!fields.TryGetValue("unit", out var u))
                {
                    return value is { } plain ? new NumberFigure(name, label, qualifier, location, plain) : null;
                }

                var unit = ReadUnit(u.Value, context);
                if (value < 0)
                {
                    // A count of units is a size; a fall in it is a plain `value` or said in the text.
                    Reporter.Report(DiagnosticDescriptors.FactsNegativeNumber, v.Value.Location,
                        $"The value of {context} counts {unit ?? "units"} and cannot be negative; write the size (`value: {(-value)?.ToString(System.Globalization.CultureInfo.InvariantCulture)}`) and say in the text that it fell, or drop `unit` for a signed plain number.");
                    return null;
                }

                return value is { } counted && unit is not null ? new QuantityFigure(name, label, qualifier, location, counted, unit) : null;

            case "percent":
                var percent = reader.Number(fields["percent"].Value, $"the percentage of {context}", "percent: 5.3", allowScale: false, allowNegative: true);
                return percent is { } p ? new PercentFigure(name, label, qualifier, location, p) : null;

            case "basis points" or "percentage points":
                return MapPoints(name, label, qualifier, location, kind, fields, context);

            case "day or time":
                return MapMoment(fields, name, label, qualifier, location);

            case "period":
                return MapPeriod(fields, name, label, qualifier, location);

            default:
                return null;
        }
    }

    private string? Kind(YamlMappingNode mapping, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, YamlScalarNode nameNode, string name)
    {
        string? kind = null;
        YamlScalarNode? firstKey = null;
        foreach (var (key, _) in mapping.Entries)
        {
            if (!fields.ContainsKey(key.Value))
            {
                continue;
            }

            var keyKind = Array.Find(Kinds, k => k.Keys.Contains(key.Value, StringComparer.Ordinal)).Kind;
            if (keyKind is null)
            {
                continue;
            }

            if (kind is null)
            {
                kind = keyKind;
                firstKey = key;
            }
            else if (!string.Equals(kind, keyKind, StringComparison.Ordinal))
            {
                Reporter.Report(DiagnosticDescriptors.FactsFigureKindConflict, key.Location,
                    $"Figure `{name}` mixes {kind} (`{firstKey!.Value}`) with {keyKind} (`{key.Value}`). {KindHelp} Split it into two figures.");
                return null;
            }
        }

        if (kind is null)
        {
            Reporter.Report(DiagnosticDescriptors.FactsFigureKindMissing, nameNode.Location, $"Figure `{name}` has no value; add one. {KindHelp}");
        }

        return kind;
    }

    private Dictionary<string, decimal>? Reported(YamlNode node, string context)
    {
        var mapping = reader.Mapping(node, $"`reported` of {context}", "reported: { IDR: 4870000000 }");
        if (mapping is null)
        {
            return null;
        }

        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, value) in mapping.Entries)
        {
            var currency = reader.KnownCurrency(key.Value, Reporter, key.Location);
            var amount = reader.Number(value, $"the reported {key.Value} amount of {context}", $"{key.Value}: 4.87 billion", allowNegative: true);
            if (currency is not null && amount is { } a)
            {
                result[currency] = a;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? result : null;
    }

    private Qualifier ReadQualifier(YamlNode node, string context)
    {
        var text = reader.Text(node, $"the qualifier of {context}", "qualifier: about");
        if (text is null)
        {
            return Qualifier.None;
        }

        if (Qualifiers.TryGetValue(text, out var qualifier))
        {
            return qualifier;
        }

        Reporter.Report(DiagnosticDescriptors.FactsUnknownQualifier, node.Location,
            $"Unknown qualifier `{text}`.{KeySuggester.DidYouMean(text, Qualifiers.Keys)} Write one of {string.Join(", ", Qualifiers.Keys)}, or leave it out for an exact figure.");
        return Qualifier.None;
    }

    /// <summary>A per-unit amount's unit: a currency every locale writes (<c>USD</c>) or a unit key (<c>share</c>).</summary>
    private string? ReadPer(YamlNode node, string context)
    {
        var text = reader.Text(node, $"the `per` of {context}", "per: USD");
        if (text is null)
        {
            return null;
        }

        if (reader.Vocabulary.Currencies.Contains(text) || reader.Vocabulary.Units.Contains(text))
        {
            return text;
        }

        var known = reader.Vocabulary.Currencies.Concat(reader.Vocabulary.Units).Order(StringComparer.Ordinal).ToList();
        Reporter.Report(DiagnosticDescriptors.FactsUnknownPer, node.Location,
            $"`per: {text}` names no currency or unit.{KeySuggester.DidYouMean(text, known)} Write a currency code (`per: USD` for an exchange rate) or a unit key ({string.Join(", ", reader.Vocabulary.Units.Order(StringComparer.Ordinal))}).");
        return null;
    }

    private string? ReadUnit(YamlNode node, string context)
    {
        var text = reader.Text(node, $"the unit of {context}", "unit: chip");
        if (text is null)
        {
            return null;
        }

        if (reader.Vocabulary.Units.Contains(text))
        {
            return text;
        }

        var known = reader.Vocabulary.Units.Order(StringComparer.Ordinal).ToList();
        Reporter.Report(DiagnosticDescriptors.FactsUnknownUnit, node.Location,
            $"Unknown unit `{text}`.{KeySuggester.DidYouMean(text, known)} Use a unit key from the locale files ({string.Join(", ", known)}), or add the unit to every locale.");
        return null;
    }
}
