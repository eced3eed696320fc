using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// The figures real stories need beyond single positive values: basis and percentage points, and
/// ranges written as a two-item list (<c>percent: [4.6, 5.4]</c>, <c>amount: [10 billion, 12 billion]</c>).
/// </summary>
internal sealed partial class FigureMapper
{
    /// <summary>The key that carries a kind's value, and whether it takes a scale word.</summary>
    private static (string Key, bool Scale, string Example)? ValueKey(string kind) => kind switch
    {
        "money" => ("amount", true, "amount: [10 billion, 12 billion]"),
        "quantity or number" => ("value", true, "value: [10, 20]"),
        "percent" => ("percent", false, "percent: [4.6, 5.4]"),
        "basis points" => ("basis_points", false, "basis_points: [25, 50]"),
        "percentage points" => ("percentage_points", false, "percentage_points: [0.25, 0.5]"),
        _ => null,
    };

    /// <summary>The value field when it is written as a list (a range), else null.</summary>
    private static KeyValuePair<YamlScalarNode, YamlNode>? RangeField(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string kind) =>
        ValueKey(kind) is { } key && fields.TryGetValue(key.Key, out var field) && field.Value is YamlSequenceNode ? field : null;

    /// <summary>Basis or percentage points: a signed plain number (no scale word) with its unit.</summary>
    private PointsFigure? MapPoints(string name, LocalizedText? label, Qualifier qualifier, SourceLocation location, string kind, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string context)
    {
        var (key, _, _) = ValueKey(kind)!.Value;
        var unit = key == "basis_points" ? PointUnit.Basis : PointUnit.Percentage;
        var value = reader.Number(fields[key].Value, $"the {kind} of {context}", key == "basis_points" ? "basis_points: 25" : "percentage_points: 0.5", allowScale: false, allowNegative: true);
        return value is { } v ? new PointsFigure(name, label, qualifier, location, v, unit) : null;
    }

    /// <summary>
    /// A range: exactly two numbers, the first below the second, each read as a single value of the
    /// kind would be (same precision, scale words and sign rules). A range says its own bounds, so it
    /// takes no qualifier; it is never converted, so it takes no <c>reported</c> or <c>per</c>.
    /// </summary>
    private RangeFigure? MapRange(string name, LocalizedText? label, SourceLocation location, string kind, YamlMappingNode mapping,
        Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, KeyValuePair<YamlScalarNode, YamlNode> field, string context)
    {
        var (key, scale, example) = ValueKey(kind)!.Value;
        var list = (YamlSequenceNode)field.Value;
        var ok = true;
        foreach (var refused in new[] { "qualifier", "reported", "per" })
        {
            if (fields.TryGetValue(refused, out var r))
            {
                Reporter.Report(DiagnosticDescriptors.FactsInvalidRange, r.Key.Location,
                    $"Figure `{name}` is a range, which takes no `{refused}`: " + refused switch
                    {
                        "qualifier" => "a range states its own bounds; remove the qualifier, or write a single value with it.",
                        "reported" => "a range is never converted; remove `reported`, or split the range into two figures.",
                        _ => "remove `per`, or write a single per-unit amount.",
                    });
                ok = false;
            }
        }

        if (list.Items.Count != 2)
        {
            Reporter.Report(DiagnosticDescriptors.FactsInvalidRange, list.Location,
                $"`{key}` of {context} is a list of {list.Items.Count} item{(list.Items.Count == 1 ? "" : "s")}; a range is exactly two numbers, lower first: write `{example}`, or a single number.");
            return null;
        }

        var what = $"the {key.Replace('_', ' ')} of {context}";
        var from = reader.Number(list.Items[0], $"the lower end of {what}", example, allowScale: scale, allowNegative: true);
        var to = reader.Number(list.Items[1], $"the upper end of {what}", example, allowScale: scale, allowNegative: true);
        string? unit = null;
        string? currency = null;
        switch (kind)
        {
            case "money":
                reader.Require(fields, "currency", mapping, context, "currency: IDR");
                currency = fields.TryGetValue("currency", out var c) ? reader.Currency(c.Value, $"the currency of {context}", "currency: IDR") : null;
                ok &= currency is not null;
                break;
            case "quantity or number" when fields.TryGetValue("unit", out var u):
                unit = ReadUnit(u.Value, context);
                ok &= unit is not null;
                if (from < 0 && unit is not null)
                {
                    Reporter.Report(DiagnosticDescriptors.FactsNegativeNumber, list.Items[0].Location,
                        $"The lower end of {what} counts {unit} and cannot be negative; write sizes, or drop `unit` for signed plain numbers.");
                    ok = false;
                }

                break;
        }

        if (from is not { } low || to is not { } high || !ok)
        {
            return null;
        }

        if (low >= high)
        {
            var lowText = low.ToString(CultureInfo.InvariantCulture);
            var highText = high.ToString(CultureInfo.InvariantCulture);
            Reporter.Report(DiagnosticDescriptors.FactsRangeOrder, list.Items[1].Location, low == high
                ? $"The range `{key}` of {context} starts and ends at {lowText}: a range with equal ends is one value; write `{key}: {lowText}`."
                : $"The range `{key}` of {context} runs from {lowText} down to {highText}; write the lower end first: `{key}: [{highText}, {lowText}]`.");
            return null;
        }

        Figure End(decimal value) => kind switch
        {
            "money" => new MoneyFigure(name, null, Qualifier.None, location, value, currency!, new Dictionary<string, decimal>(StringComparer.Ordinal)),
            "quantity or number" when unit is not null => new QuantityFigure(name, null, Qualifier.None, location, value, unit),
            "quantity or number" => new NumberFigure(name, null, Qualifier.None, location, value),
            "percent" => new PercentFigure(name, null, Qualifier.None, location, value),
            _ => new PointsFigure(name, null, Qualifier.None, location, value, key == "basis_points" ? PointUnit.Basis : PointUnit.Percentage),
        };

        return new RangeFigure(name, label, location, End(low), End(high));
    }

    /// <summary>
    /// A reported amount states the same amount in another currency, so it has the amount's sign: a
    /// loss of Rp350 miliar is not reported as a profit of US$21 juta.
    /// </summary>
    private bool SameSign(decimal amount, Dictionary<string, decimal> reported, YamlMappingNode node, string context)
    {
        var ok = true;
        foreach (var (key, value) in node.Entries)
        {
            if (reported.TryGetValue(key.Value, out var r) && r != 0 && amount != 0 && Math.Sign(r) != Math.Sign(amount))
            {
                var fixedValue = (-r).ToString(CultureInfo.InvariantCulture);
                Reporter.Report(DiagnosticDescriptors.FactsReportedSign, value.Location,
                    $"The reported {key.Value} amount of {context} is {(r < 0 ? "negative" : "positive")} but the amount is {(amount < 0 ? "negative" : "positive")}; " +
                    $"a reported amount is the same amount in another currency: write `{key.Value}: {fixedValue}`, or fix the amount's sign.");
                ok = false;
            }
        }

        return ok;
    }
}
