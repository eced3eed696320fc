using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// schema/facts.schema.json is hand-written for editors (descriptions and examples on every field)
/// and held to the parser here so the two cannot drift: the same keys at every level, the same
/// qualifiers and scale words, every example parses, every real facts file validates, and the
/// malformed corpus is rejected except where a schema cannot see the problem (listed, with why).
/// </summary>
public sealed partial class FactsSchemaTests
{
    private static readonly Lazy<JsonNode> SchemaNode = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "schema", "facts.schema.json")))!);

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaNode.Value.ToJsonString()));

    private static readonly Lazy<Workspace> Shipped = new(() =>
        Workspace.Load(RepoFiles.Root, new DiagnosticBag()) ?? throw new InvalidOperationException("shipped workspace has errors"));

    private static JsonObject Defs => SchemaNode.Value["$defs"]!.AsObject();

    private static EvaluationResults Validate(JsonNode? instance, JsonSchema? schema = null)
    {
        using var doc = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return (schema ?? Schema.Value).Evaluate(doc.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static IReadOnlyList<string> Parse(string yaml, string name = "example.yml")
    {
        var bag = new DiagnosticBag();
        var facts = Shipped.Value.ParseFacts(yaml, name, bag);
        var problems = bag.Sorted().Select(d => d.ToString()).ToList();
        if (facts is null && problems.Count == 0)
        {
            problems.Add("parser returned null");
        }

        return problems;
    }

    private static string[] Properties(JsonNode schema) => schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Schema_IsDraft2020_12_AndLoads()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)SchemaNode.Value["$schema"]);
        Assert.NotNull(Schema.Value);
    }

    [Fact]
    public void Schema_HasTheParsersKeysAtEveryLevel()
    {
        Assert.Equal(Sorted(FactFileMapper.TopKeys), Properties(SchemaNode.Value));
        Assert.Equal(Sorted(FactFileMapper.SourceKeys), Properties(Defs["source"]!));
        Assert.Equal(Sorted(FactFileMapper.RateKeys), Properties(Defs["rate"]!));
        Assert.Equal(Sorted(FactFileMapper.EventKeys), Properties(Defs["event"]!));
        Assert.Equal(Sorted(FigureMapper.Keys), Properties(Defs["figure"]!));
        Assert.Equal(Sorted(FigureMapper.Qualifiers.Keys), Sorted(Defs["figure"]!["properties"]!["qualifier"]!["enum"]!.AsArray().Select(q => (string)q!)));

        // The required keys are the ones the parser reports as missing (NB1016) from a hand-written
        // brief: the schema's own, and those it asks for when there is no story kind's `data:`.
        var required = SchemaNode.Value["required"]!.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
        required.UnionWith(SchemaNode.Value["allOf"]![0]!["else"]!["required"]!.AsArray().Select(r => (string)r!));
        foreach (var key in FactFileMapper.TopKeys)
        {
            var missing = Parse(RemoveTopKey(SeedYaml(), key));
            Assert.Equal(required.Contains(key), missing.Any(m => m.Contains("NB1016", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Schema_ScaleWordsAreTheShippedLocalesScaleWords()
    {
        var pattern = (string)Defs["amount"]!["anyOf"]![1]!["pattern"]!;
        var words = ScaleAlternatives().Match(pattern).Groups[1].Value.Split('|');

        Assert.Equal(Sorted(Shipped.Value.Vocabulary.ScaleWords.Keys), Sorted(words));
    }

    [Fact]
    public void Schema_EveryPropertyHasADescriptionAndExamples()
    {
        var missing = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is not JsonObject obj)
            {
                return;
            }

            if (obj["properties"] is JsonObject props)
            {
                foreach (var (name, prop) in props)
                {
                    if (prop?["description"] is null || prop["examples"] is not JsonArray { Count: > 0 })
                    {
                        missing.Add($"{path}/properties/{name}");
                    }

                    Walk(prop, $"{path}/properties/{name}");
                }
            }

            foreach (var (name, child) in obj)
            {
                if (name is "$defs")
                {
                    foreach (var (def, sub) in child!.AsObject())
                    {
                        if (sub?["description"] is null || sub["examples"] is not JsonArray { Count: > 0 })
                        {
                            missing.Add($"#/$defs/{def}");
                        }

                        Walk(sub, $"#/$defs/{def}");
                    }
                }
            }
        }

        Walk(SchemaNode.Value, "#");
        Assert.True(missing.Count == 0, "without description or examples: " + string.Join(", ", missing));
    }

    [Fact]
    public void Schema_WholeFileExamples_ParseCleanlyAndValidate()
    {
        var examples = SchemaNode.Value["examples"]!.AsArray();
        Assert.True(examples.Count >= 2);
        foreach (var example in examples)
        {
            var yaml = ToYaml(example!);
            Assert.Empty(Parse(yaml));
            Assert.True(Validate(example).IsValid, Errors(Validate(example)));
        }
    }

    [Theory]
    [InlineData("figure", "figures.x")]
    [InlineData("source", "source")]
    [InlineData("rate", "rates[]")]
    [InlineData("event", "events[]")]
    [InlineData("text", "lede")]
    public void Schema_ObjectExamples_ParseInPlaceInAFullFile(string def, string place)
    {
        foreach (var example in Defs[def]!["examples"]!.AsArray())
        {
            var doc = SchemaNode.Value["examples"]![0]!.DeepClone().AsObject();
            switch (place)
            {
                case "figures.x":
                    doc["figures"]!.AsObject()["x"] = example!.DeepClone();
                    break;
                case "rates[]":
                    doc["rates"] = new JsonArray(example!.DeepClone());
                    break;
                case "events[]":
                    doc["events"] = new JsonArray(example!.DeepClone());
                    break;
                default:
                    doc[place] = example!.DeepClone();
                    break;
            }

            Assert.Empty(Parse(ToYaml(doc)));
            Assert.True(Validate(doc).IsValid, Errors(Validate(doc)));
        }
    }

    [Fact]
    public void Schema_EveryExample_MatchesTheSubschemaItDocuments()
    {
        var failures = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is not JsonObject obj)
            {
                return;
            }

            if (obj["examples"] is JsonArray examples && path != "#")
            {
                var sub = obj.DeepClone().AsObject();
                sub.Remove("examples");
                sub["$defs"] = Defs.DeepClone();
                var schema = JsonSchema.FromText(sub.ToJsonString());
                foreach (var example in examples)
                {
                    if (!Validate(example, schema).IsValid)
                    {
                        failures.Add($"{path}: {example?.ToJsonString()}");
                    }
                }
            }

            foreach (var (name, child) in obj)
            {
                if (name != "examples")
                {
                    Walk(child, path + "/" + name);
                }
            }
        }

        Walk(SchemaNode.Value, "#");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public static TheoryData<string> RealFactsFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.Examples, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/'));
        }

        data.Add("Data/third-locale/story.yml");
        return data;
    }

    [Theory]
    [MemberData(nameof(RealFactsFiles))]
    public void Schema_AcceptsEveryExampleAndGoldenFactsFile(string relative)
    {
        var json = YamlJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relative)));

        var results = Validate(json);

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Schema_AcceptsTheNewSkeleton_WhoseFirstLinePointsAtTheSchema()
    {
        using var dir = new TempDir();
        var briefs = Path.Combine(dir.Path, "briefs");
        CopyProjectInto(dir.Path);

        var result = CliRunner.Run(dir.Path, "new", "rice-prices", "--dir", "briefs");
        var text = File.ReadAllText(Path.Combine(briefs, "rice-prices.yml"));

        Assert.Equal(0, result.ExitCode);
        var first = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        Assert.Equal("# yaml-language-server: $schema=../schema/facts.schema.json", first);
        Assert.True(File.Exists(Path.Combine(briefs, "../schema/facts.schema.json")));
        var results = Validate(YamlJson.Read(text));
        Assert.True(results.IsValid, Errors(results));

        // The parser's only complaint is the unfilled TODO markers (NB1044): the schema is a syntax
        // aid, and a skeleton must never be published as it stands.
        Assert.All(Parse(text, "rice-prices.yml").Where(d => d.Contains("error", StringComparison.Ordinal)),
            d => Assert.Contains("NB1044", d, StringComparison.Ordinal));
    }

    [Fact]
    public void New_OutsideAProjectWithASchema_PutsOneInTheProject_AndNeverPointsIntoTheTool()
    {
        using var dir = new TempDir();

        var result = CliRunner.Run(RepoFiles.Root, "new", "rice-prices", "--dir", dir.Path);
        var first = File.ReadLines(Path.Combine(dir.Path, "rice-prices.yml")).First();

        Assert.True(result.ExitCode == 0, result.Error);
        var reference = first["# yaml-language-server: $schema=".Length..];
        Assert.Equal(".newsbrief/facts.schema.json", reference);
        Assert.Equal(File.ReadAllText(RepoFiles.At("schema/facts.schema.json")), File.ReadAllText(Path.Combine(dir.Path, reference)));
    }

    /// <summary>
    /// Malformed files a JSON Schema cannot reject, and why. Everything else in the corpus must be
    /// rejected by the schema or (listed in <see cref="YamlLevel"/>) by the editor's YAML reader.
    /// </summary>
    private static readonly Dictionary<string, string> NotCatchable = new(StringComparer.Ordinal)
    {
        // The corpus's story-kind files use the tests' own kind `sample` (FactsTestSupport), which is
        // no shipped kind: the schema describes the shipped kinds' data only.
        ["kind-unknown.yml"] = "a kind name the schema cannot know (a project may add kinds)",
        ["kind-value-not-allowed.yml"] = "the data of the tests' own kind `sample`",
        ["kind-number-out-of-bounds.yml"] = "the data of the tests' own kind `sample`",
        ["kind-invalid-instant.yml"] = "the data of the tests' own kind `sample`",
        ["kind-figure-clash.yml"] = "a hand-written figure named like one the kind builds",
        ["kind-unknown-field.yml"] = "the data of the tests' own kind `sample`",
        ["kind-negative-field.yml"] = "the data of the tests' own kind `sample`",
        ["kind-list-wrong-type.yml"] = "the data of the tests' own kind `sample`",
        ["Invalid_Slug.yml"] = "the slug is the file name, which a schema never sees",
        ["impossible-date.yml"] = "2025-02-30 has the shape of a date; whether the day exists needs a calendar (JSON Schema's `format: date` is only an annotation by default)",
        ["unknown-placeholder.yml"] = "{name} must name a figure of the same file: a cross-reference no draft 2020-12 keyword expresses",
        ["unknown-placeholder-quoted.yml"] = "the same cross-reference as unknown-placeholder.yml",
        ["unknown-currency.yml"] = "currencies come from the locale files (data); the schema checks the ISO shape only",
        ["unknown-unit.yml"] = "units come from the locale files (data); the schema checks the key shape only",
        ["unknown-per.yml"] = "currencies and units come from the locale files (data); the schema checks the shape only",
        ["convert-a-rate.yml"] = "`convert: true` is fine on money and `per` is fine on money: only the two together are refused, a cross-field rule the schema leaves to the parser (NB1051)",
        ["unknown-locale.yml"] = "locales are data (a third locale needs no schema change); the schema checks the code's shape only",
        ["amount-exponent.yml"] = "YAML 1.2 reads 2.94e5 as the number 294000; the schema sees the value, only the parser sees how it was written",
        ["amount-hex.yml"] = "YAML 1.2 reads 0x10 as the number 16 (same reason)",
        ["octal-amount.yml"] = "YAML 1.2 reads 010 as the number 10 (same reason)",
        ["byte-order-mark-inside.yml"] = "a U+FEFF inside a value is still a valid string character",
        ["control-character.yml"] = "a control character inside a value is still a valid string character",
        ["amount-plus-sign.yml"] = "YAML 1.2 reads +294000 as the number 294000 (same reason)",
        ["bidi-override.yml"] = "bidirectional controls are valid string characters",
        ["escape-control.yml"] = "a control character written as an escape is a valid string character once decoded",
        ["escape-nul.yml"] = "the same, for U+0000 written as \\0",
        ["escape-escape-character.yml"] = "the same, for U+001B written as \\e",
        ["escape-bidi-override.yml"] = "the same, for a bidirectional control written as \\u202E",
        ["escape-noncharacter.yml"] = "a noncharacter is a valid JSON string character",
        ["raw-noncharacter.yml"] = "the same, written as itself",
        ["amount-tiny-with-reported.yml"] = "the 9-decimal limit is the parser's: multipleOf on binary floating point cannot state it reliably",
        ["url-control-escape.yml"] = "a control character written as an escape is a valid string character once decoded",
        ["yaml-1-1-directive.yml"] = "a directive is not part of the data a schema sees",
        ["conversion-out-of-range.yml"] = "amount times rate is a cross-field product no draft 2020-12 keyword expresses",
        ["unfilled-new-skeleton.yml"] = "a draft marker is valid text: the schema guides an editor through the skeleton `new` writes, so it accepts it; the parser refuses to publish it (NB1044)",
        ["unfilled-extract-draft.yml"] = "the same for the `<text>` marker of an `extract` draft",
        ["range-reversed.yml"] = "that a range's lower end comes first compares two items, which no draft 2020-12 keyword expresses",
        ["range-equal-ends.yml"] = "the same comparison: equal ends",
        ["range-with-qualifier.yml"] = "a qualifier is refused only when the value is a list, a cross-field rule the parser states (NB1047)",
        ["reported-other-sign.yml"] = "a reported amount's sign must match the amount's: a comparison of two values (NB1049)",
        ["change-on-range.yml"] = "{name:change} must name a figure with a single value: a cross-reference, as unknown-placeholder.yml (NB1048)",
        ["negative-count.yml"] = "a plain `value` may be negative, one with a `unit` may not: a cross-field rule the parser states (NB1020)",
        ["period-backwards.yml"] = "the order of the two dates of a range is a comparison no pattern expresses",
        ["period-mixed-precision.yml"] = "the schema's pattern allows each end any precision; that both match is the parser's check",
        ["period-leap-day-2025.yml"] = "2025-02-29 has the shape of a date, as impossible-date.yml",
        ["form-misfit.yml"] = "whether a form fits its figure is a cross-reference, as unknown-placeholder.yml",
        ["form-short-on-range.yml"] = "the same cross-reference between a placeholder's form and its figure",
    };

    /// <summary>Problems the editor's YAML reader reports itself, before any schema applies.</summary>
    private static readonly Dictionary<string, string> YamlLevel = new(StringComparer.Ordinal)
    {
        ["binary-garbage.yml"] = "not YAML text",
        ["syntax-error.yml"] = "YAML syntax error",
        ["unclosed-flow.yml"] = "YAML syntax error",
        ["tab-indentation.yml"] = "YAML forbids tabs in indentation",
        ["two-documents.yml"] = "more than one YAML document",
        ["duplicate-key.yml"] = "YAML forbids duplicate keys (\"Map keys must be unique\")",
        ["duplicate-figure.yml"] = "a duplicate key, as above",
        ["empty-key.yml"] = "a line starting with `: ` (a value without a key), which the YAML parser cannot pair",
        ["complex-key.yml"] = "a key that is not a scalar has no JSON form",
        ["type-tag.yml"] = "an unknown tag (\"Unresolved tag\")",
        ["nul-in-text.yml"] = "a NUL character is not allowed in a YAML document",
        ["next-line-character.yml"] = "U+0085 is a YAML line break, which breaks the mapping here",
        ["self-alias.yml"] = "an alias to an anchor that is not yet defined",
        ["merge-key.yml"] = "`<<` merge keys are YAML 1.1, not 1.2",
    };

    public static TheoryData<string> BadFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.Data("bad-facts"), "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Schema_RejectsTheMalformedCorpus_ExceptWhereNoSchemaCan(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.Data("bad-facts"), file));
        JsonNode? json;
        try
        {
            json = YamlJson.Read(text);
        }
        catch (YamlJson.YamlLevelException e)
        {
            Assert.True(YamlLevel.ContainsKey(file), $"{file}: the YAML reader stopped ({e.Message}) but the file is not listed as a YAML-level problem");
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or StackOverflowException or InsufficientExecutionStackException)
        {
            Assert.True(YamlLevel.ContainsKey(file), $"{file}: {e.Message}");
            return;
        }

        Assert.False(YamlLevel.ContainsKey(file), $"{file} is listed as YAML-level but reads as YAML");
        var results = Validate(json);
        if (NotCatchable.TryGetValue(file, out var why))
        {
            Assert.True(results.IsValid, $"{file} is listed as not catchable ({why}) but the schema rejects it; move it out of the list");
        }
        else
        {
            Assert.False(results.IsValid, $"{file}: the schema accepts a file the parser rejects");
        }
    }

    // ---- helpers ----

    private static string SeedYaml() => ToYaml(SchemaNode.Value["examples"]![0]!);

    private static string RemoveTopKey(string yaml, string key)
    {
        var doc = YamlJson.Read(yaml)!.AsObject();
        doc.Remove(key);
        return ToYaml(doc);
    }

    private static void CopyProjectInto(string target)
    {
        foreach (var folder in new[] { "locales", "templates", "schema" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Root, folder), "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(target, folder, Path.GetRelativePath(Path.Combine(RepoFiles.Root, folder), file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
    }

    /// <summary>Writes JSON as block YAML the strict parser reads: strings double-quoted unless they are safe plain words, numbers as written.</summary>
    internal static string ToYaml(JsonNode node)
    {
        var sb = new System.Text.StringBuilder();
        Write(node, 0, sb);
        return sb.ToString();

        static void Write(JsonNode? node, int indent, System.Text.StringBuilder sb)
        {
            var pad = new string(' ', indent);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        sb.Append(pad).Append(key).Append(':');
                        WriteValue(value, indent, sb);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        sb.Append(pad).Append("-");
                        WriteValue(item, indent, sb);
                    }

                    break;
            }
        }

        static void WriteValue(JsonNode? value, int indent, System.Text.StringBuilder sb)
        {
            switch (value)
            {
                case JsonObject { Count: 0 }:
                    sb.Append(" {}\n");
                    break;
                case JsonArray { Count: 0 }:
                    sb.Append(" []\n");
                    break;
                case JsonObject or JsonArray:
                    sb.Append('\n');
                    Write(value, indent + 2, sb);
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    var s = v.GetValue<string>();
                    sb.Append(' ').Append(PlainSafe().IsMatch(s) ? s : JsonSerializer.Serialize(s, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).Append('\n');
                    break;
                default:
                    sb.Append(' ').Append(value?.ToJsonString() ?? "").Append('\n');
                    break;
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 .,/'()\-]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"\(([a-z|]+)\)\$$")]
    private static partial Regex ScaleAlternatives();
}
