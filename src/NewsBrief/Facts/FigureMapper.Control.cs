using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

// Per-figure control (docs/facts.md, "Per-figure control"): `convert: false` keeps a money figure
// from being converted through the story's rates; `headline: optional` lets one locale's headline
// leave the figure out (check NB7006 otherwise asks every headline for the same figures).
internal sealed partial class FigureMapper
{
    /// <summary>The value <c>headline:</c> takes.</summary>
    internal const string HeadlineOptional = "optional";

    /// <summary>What <c>convert</c> and <c>headline</c> say; null when either is wrong (reported).</summary>
    private (bool Convert, bool HeadlineOptional)? ReadControl(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string? kind, string context)
    {
        var ok = true;
        var convert = true;
        if (fields.TryGetValue("convert", out var c))
        {
            var flag = ReadFlag(c.Value, context);
            if (flag is null)
            {
                ok = false;
            }
            else if (kind is not null and not "money")
            {
                Reporter.Report(DiagnosticDescriptors.FactsConvertNotMoney, c.Key.Location,
                    $"`convert` applies to money only, but {context} is a {kind}: only an amount in a currency is converted through the story's rates. Delete its `convert` key.");
                ok = false;
            }
            else if (flag == true && fields.ContainsKey("per"))
            {
                Reporter.Report(DiagnosticDescriptors.FactsConvertNotMoney, c.Key.Location,
                    $"A per-unit amount (`per`) is never converted: its equivalent would be another rate. Delete `convert: true` from {context}.");
                ok = false;
            }
            else
            {
                convert = flag.Value;
            }
        }

        var optional = false;
        if (fields.TryGetValue("headline", out var h))
        {
            var text = reader.Text(h.Value, $"the `headline` of {context}", "headline: optional");
            if (text is null)
            {
                ok = false;
            }
            else if (!string.Equals(text, HeadlineOptional, StringComparison.Ordinal))
            {
                Reporter.Report(DiagnosticDescriptors.FactsInvalidHeadlineControl, h.Value.Location,
                    $"`headline: {text}` is not a setting.{KeySuggester.DidYouMean(text, [HeadlineOptional])} Write `headline: optional` to let one locale's headline leave {context} out, or delete the key: by default every locale's headline that can write it should.");
                ok = false;
            }
            else
            {
                optional = true;
            }
        }

        return ok ? (convert, optional) : null;
    }

    /// <summary>A YAML 1.2 core boolean written plainly: <c>true</c> or <c>false</c> (never <c>yes</c>, <c>no</c>, <c>"false"</c>).</summary>
    private bool? ReadFlag(YamlNode node, string context)
    {
        var scalar = reader.Scalar(node, $"`convert` of {context}", "convert: false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Value is "true" or "false")
        {
            return scalar.Value == "true";
        }

        Reporter.Report(DiagnosticDescriptors.FactsInvalidFlag, scalar.Location,
            $"`convert` of {context} must be `true` or `false`, unquoted, but this is {scalar.Describe()}. Write `convert: false` to keep the figure from being converted.");
        return null;
    }

    private static Figure? WithControl(Figure? figure, (bool Convert, bool HeadlineOptional) control) => figure switch
    {
        null => null,
        MoneyFigure money => money with { Convert = control.Convert, HeadlineOptional = control.HeadlineOptional },
        _ => figure with { HeadlineOptional = control.HeadlineOptional },
    };
}
