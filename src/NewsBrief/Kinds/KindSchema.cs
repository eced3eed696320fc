using System.Globalization;
using System.Text.Json.Nodes;
using NewsBrief.Facts;

namespace NewsBrief.Kinds;

/// <summary>
/// The JSON Schema of a kind's <c>data:</c>, made from its kind.yml, for schema/facts.schema.json's
/// <c>allOf</c> (<c>if kind is rate-decision then data is ...</c>): editors' completion and hover
/// help for each kind. A test keeps the schema file equal to what this makes of the shipped kinds.
/// </summary>
public static class KindSchema
{
    /// <summary>The <c>allOf</c> entry of <paramref name="kind"/>: its name selects its data's shape.</summary>
    public static JsonObject Entry(KindDefinition kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } },
                ["required"] = new JsonArray("kind"),
            },
            ["then"] = new JsonObject
            {
                ["required"] = new JsonArray("data"),
                ["properties"] = new JsonObject
                {
                    ["data"] = Object(kind.Fields, $"The data of a brief of kind `{kind.Name}` (kinds/{kind.Name}/kind.yml).", kind.Name),
                },
            },
        };
    }

    private static JsonObject Object(IReadOnlyList<KindField> fields, string description, string kind)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Name] = Field(field, kind);
        }

        var result = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = description,
            ["properties"] = properties,
        };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        return result;
    }

    private static JsonObject Field(KindField field, string kind)
    {
        var description = $"{(field.Description is { } about ? about.TrimEnd('.') + ": " : "")}{field.Describe()}{(field.Required ? ", required" : "")} (`{field.Name}` of {kind}).";
        switch (field.Type)
        {
            case KindFieldType.List:
                var list = new JsonObject { ["type"] = "array", ["maxItems"] = FactFileMapper.MaxListItems, ["description"] = description, ["examples"] = new JsonArray(new JsonArray()) };
                if (field.Item is { } item)
                {
                    list["items"] = item.Type == KindFieldType.Object ? Object(item.Fields, $"An item of `{field.Name}`.", kind) : Field(item with { Name = field.Name + "[]" }, kind);
                }

                return list;
            case KindFieldType.Object:
                var obj = Object(field.Fields, description, kind);
                obj["examples"] = new JsonArray(new JsonObject());
                return obj;
        }

        var schema = field.Type switch
        {
            KindFieldType.Text => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            KindFieldType.Key => new JsonObject { ["enum"] = new JsonArray([.. field.Values.Select(v => (JsonNode?)v)]) },
            KindFieldType.Boolean => new JsonObject { ["type"] = "boolean" },
            KindFieldType.Integer => Number("integer", field),
            KindFieldType.Number or KindFieldType.Percent => Number("number", field),
            KindFieldType.Amount => new JsonObject { ["$ref"] = field.Negative ? "#/$defs/signedAmount" : "#/$defs/amount" },
            KindFieldType.Date => new JsonObject { ["$ref"] = "#/$defs/dayDate" },
            KindFieldType.Instant => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$" },
            KindFieldType.Period => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-(Q[1-4]|H[12]|9M|FY|[0-9]{2}))?$" },
            _ => new JsonObject(),
        };
        schema["description"] = description;
        schema["examples"] = new JsonArray(Example(field));
        return schema;
    }

    private static JsonObject Number(string type, KindField field)
    {
        var schema = new JsonObject { ["type"] = type };
        var min = field.Min ?? (field.Negative ? null : 0m);
        if (min is { } lo)
        {
            schema["minimum"] = lo;
        }

        if (field.Max is { } hi)
        {
            schema["maximum"] = hi;
        }

        return schema;
    }

    private static JsonNode? Example(KindField field) => field.Type switch
    {
        KindFieldType.Key => field.Values[0],
        KindFieldType.Boolean => true,
        KindFieldType.Integer => Math.Max(field.Min ?? 0m, Math.Min(field.Max ?? 6m, 6m)),
        KindFieldType.Number or KindFieldType.Percent => Math.Max(field.Min ?? 0m, Math.Min(field.Max ?? 4.75m, 4.75m)),
        KindFieldType.Amount => "1.25 triliun",
        KindFieldType.Date => "2025-09-17",
        KindFieldType.Instant => "2025-12-12T07:35:21Z",
        KindFieldType.Period => "2025-Q3",
        _ => field.Values.FirstOrDefault() ?? "...",
    };

    /// <summary>Formats a number the way JSON writes it (invariant), for messages.</summary>
    internal static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
