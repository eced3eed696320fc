using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Story kinds (docs/kinds.md): <c>kind: rate-decision</c> with a <c>data:</c> block. The data is
/// validated against the kind's fields, and the kind's <c>figures:</c> become figures of the file
/// (next to any hand-written ones), each located at the data field it takes its value from. The
/// texts are written later, by the kind's templates (NewsBrief.Kinds); those the file writes itself
/// replace them.
/// </summary>
internal sealed partial class FactFileMapper
{
    /// <summary>The kind's definition when <paramref name="kind"/> names a story kind; reports <c>data:</c> without one.</summary>
    private KindDefinition? StoryKind(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string kind)
    {
        var kinds = reader.Vocabulary.Kinds;
        if (kinds.TryGetValue(kind, out var definition))
        {
            if (!fields.ContainsKey("data"))
            {
                Reporter.Report(DiagnosticDescriptors.FactsKindDataMissing, fields["kind"].Value.Location,
                    $"A `{kind}` brief is written from its `data:` block, and this file has none; add `data:` with the kind's fields ({string.Join(", ", definition.Fields.Select(f => f.Name))}), or write `kind: brief` for a hand-written brief.");
            }

            return definition;
        }

        if (fields.TryGetValue("data", out var data))
        {
            var known = kinds.Keys.Order(StringComparer.Ordinal).ToList();
            var list = known.Count == 0 ? "no story kinds are installed" : "the story kinds are " + string.Join(", ", known);
            if (fields.TryGetValue("kind", out var kindField) && kind != "brief")
            {
                Reporter.Report(DiagnosticDescriptors.FactsUnknownKind, kindField.Value.Location,
                    $"`kind: {kind}` names no story kind, so its `data:` cannot be read.{KeySuggester.DidYouMean(kind, known)} Write the kind's name ({list}), or add `kinds/{kind}/` to the project (docs/kinds.md).");
            }
            else
            {
                Reporter.Report(DiagnosticDescriptors.FactsUnknownKind, data.Key.Location,
                    $"`data:` is for a story kind, and this file names none; add `kind:` with the kind's name ({list}), or remove `data:`.");
            }
        }

        return null;
    }

    /// <summary>Reads <c>data:</c> and adds the kind's figures to <paramref name="figures"/>; null when it has errors.</summary>
    private KindData? KindData(KindDefinition kind, Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, List<Figure> figures, List<string> figureNames)
    {
        if (!fields.TryGetValue("data", out var entry))
        {
            return null;
        }

        var dataReader = new KindDataReader(reader);
        var data = dataReader.Read(kind, entry.Value);
        if (data is null)
        {
            return null;
        }

        var mapper = new FigureMapper(reader, texts);
        foreach (var figure in kind.Figures)
        {
            // A figure of an optional field left out is left out too.
            if (!figure.FieldPaths.All(dataReader.Nodes.ContainsKey))
            {
                continue;
            }

            var first = figure.FieldPaths.First();
            var at = data.Locations.TryGetValue(first, out var location) ? location : entry.Key.Location;
            if (figures.Find(f => f.Name == figure.Name) is { } clash)
            {
                Reporter.Report(DiagnosticDescriptors.FactsKindFigureClash, clash.Location,
                    $"Figure `{figure.Name}` is also a figure of the `{kind.Name}` kind (from `data.{first}`); rename this one, or remove it and write `{{{figure.Name}}}` to use the kind's.");
                continue;
            }

            var spec = new YamlMappingNode(at);
            foreach (var (key, value, path) in figure.Entries)
            {
                spec.Entries.Add(new(key, path is null ? value : dataReader.Nodes[path]));
            }

            figureNames.Add(figure.Name);
            if (mapper.Map(new YamlScalarNode(at, figure.Name, true, 0, 0), spec) is { } built)
            {
                figures.Add(built);
            }
        }

        return data;
    }
}
