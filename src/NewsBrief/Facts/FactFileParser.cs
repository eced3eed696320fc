using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Reads a facts file strictly: YAML through YamlDotNet's event parser (no anchors, aliases, tags,
/// duplicate keys or YAML 1.1 conversions; bounded nesting), then maps and validates the located
/// nodes into a <see cref="FactFile"/>. Reports every problem, not just the first.
/// </summary>
public static class FactFileParser
{
    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/>; null when it has errors.</summary>
    public static FactFile? Parse(string text, string path, FactsVocabulary vocabulary, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
