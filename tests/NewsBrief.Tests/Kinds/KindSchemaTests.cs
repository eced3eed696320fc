using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Kinds;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// schema/facts.schema.json describes each shipped kind's data (<c>if kind then data</c>), made from
/// its kind.yml by <see cref="KindSchema"/>: a kind.yml changed without the schema fails here.
/// <c>NEWSBRIEF_UPDATE_SCHEMA=1</c> rewrites the schema's kind entries (review the diff).
/// </summary>
public sealed class KindSchemaTests
{
    private static string SchemaPath => Path.Combine(RepoFiles.Root, "schema", "facts.schema.json");

    private static List<KindDefinition> ShippedKinds()
    {
        var bag = new DiagnosticBag();
        var kinds = Directory.GetDirectories(Path.Combine(RepoFiles.Root, "kinds"))
            .Where(d => !Path.GetFileName(d).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(d => KindDefinitionParser.Parse(Path.GetFileName(d), File.ReadAllText(Path.Combine(d, "kind.yml")), "kinds/" + Path.GetFileName(d) + "/kind.yml", bag))
            .ToList();
        Assert.Empty(bag.Sorted());
        return kinds.OfType<KindDefinition>().ToList();
    }

    [Fact]
    public void TheSchema_HasEveryShippedKindsData_AsItsKindYmlSays()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var allOf = schema["allOf"]!.AsArray();
        var expected = ShippedKinds().Select(KindSchema.Entry).ToList();
        Assert.NotEmpty(expected);

        if (Environment.GetEnvironmentVariable("NEWSBRIEF_UPDATE_SCHEMA") == "1")
        {
            Rewrite(expected);
            return;
        }

        var actual = allOf.Skip(1).ToList();
        Assert.True(actual.Count == expected.Count && actual.Zip(expected).All(p => JsonNode.DeepEquals(p.First, p.Second)),
            "schema/facts.schema.json's kind entries differ from the shipped kind.yml files; run the tests with NEWSBRIEF_UPDATE_SCHEMA=1 and review. Expected:\n" +
            string.Join(",\n", expected.Select(e => e.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))));
    }

    [Fact]
    public void TheSchema_RejectsARateDecisionWithAnUnknownBank_AndAcceptsTheExample()
    {
        // Without its $id: the schema tests register the file under it already.
        var node = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        node.Remove("$id");
        var schema = Json.Schema.JsonSchema.FromText(node.ToJsonString());
        var good = YamlJson.Read(File.ReadAllText(Path.Combine(RepoFiles.Data("kinds-examples"), "bi-rate-2025-09.yml")));
        var bad = YamlJson.Read(File.ReadAllText(Path.Combine(RepoFiles.Data("kinds-examples"), "bi-rate-2025-09.yml")).Replace("bank: bi", "bank: bx", StringComparison.Ordinal));
        var noData = YamlJson.Read("date: 2025-09-17\nkind: rate-decision\nsource: { name: BI }\n");

        static JsonElement Element(JsonNode? node) => JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();
        Assert.True(schema.Evaluate(Element(good)).IsValid);
        Assert.False(schema.Evaluate(Element(bad)).IsValid);
        Assert.False(schema.Evaluate(Element(noData)).IsValid);
    }

    /// <summary>Writes the kind entries into the repository's schema file (found from the test's source path).</summary>
    private static void Rewrite(List<JsonObject> entries, [System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "schema", "facts.schema.json"));
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var allOf = schema["allOf"]!.AsArray();
        while (allOf.Count > 1)
        {
            allOf.RemoveAt(1);
        }

        foreach (var entry in entries)
        {
            allOf.Add(entry);
        }

        File.WriteAllText(path, schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
