using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Reads a facts file strictly: YAML through YamlDotNet's event parser (no anchors, aliases, tags,
/// duplicate keys or YAML 1.1 conversions; bounded nesting), then maps and validates the located
/// nodes into a <see cref="FactFile"/>. Reports every problem, not just the first.
/// </summary>
/// <remarks>
/// Stages: <see cref="FactTextScanner"/> (size, binary, control and bidi characters) →
/// <see cref="FactYamlReader"/> (events → located node tree) → <see cref="FactFileMapper"/> and
/// <see cref="FigureMapper"/> (tree → model). Positions are 1-based; a leading byte order mark
/// is ignored.
/// </remarks>
public static partial class FactFileParser
{
    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/>; null when it has errors.</summary>
    public static FactFile? Parse(string text, string path, FactsVocabulary vocabulary, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(diagnostics);

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var reporter = new FactReporter(path, text, diagnostics);
        var slug = Slug(path, reporter);
        if (!FactTextScanner.Check(text, reporter))
        {
            return null;
        }

        var root = FactYamlReader.Read(text, reporter);
        if (root is null)
        {
            return null;
        }

        var file = new FactFileMapper(new FactValueReader(reporter, vocabulary)).Map(root, slug);
        return reporter.ErrorCount > 0 ? null : file;
    }

    private static string Slug(string path, FactReporter reporter)
    {
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".yml", StringComparison.Ordinal))
        {
            reporter.Report(DiagnosticDescriptors.FactsInvalidSlug, reporter.Start,
                $"A facts file name ends in `.yml` (its name is the brief's slug); rename `{name}` to `{Path.GetFileNameWithoutExtension(name)}.yml`.");
            return "";
        }

        var slug = name[..^4];
        if (!SlugShape().IsMatch(slug))
        {
            var suggestion = string.Join('-', NonSlug().Split(slug.ToLowerInvariant()).Where(p => p.Length > 0));
            reporter.Report(DiagnosticDescriptors.FactsInvalidSlug, reporter.Start,
                $"The file name `{slug}` is the brief's URL slug and must be lower-case words of `a-z` and `0-9` joined by single hyphens" +
                (suggestion.Length > 0 ? $"; rename the file to `{suggestion}.yml`." : "."));
        }

        return slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();
}
