using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsBrief.Tests.Architecture;

/// <summary>
/// Data flows one way: facts → formatting → templates → Markdown → HTML. Each folder of the
/// library may import only the stages before it; this reads every source file's usings.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["Localization"] = ["Diagnostics", "YamlDotNet"],
        ["Facts"] = ["Diagnostics", "YamlDotNet"],
        ["Formatting"] = ["Diagnostics", "Localization", "Facts"],
        ["Rendering/Templates"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Scriban"],
        ["Rendering/Html"] = ["Diagnostics", "Markdig"],
        ["Rendering"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering.Templates", "Rendering.Html", "Scriban"],
        ["Site"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering", "Rendering.Templates", "Rendering.Html"],
        // The section pages (list pages, section feeds, sitemap) are part of the site stage, planned from its brief summaries.
        ["Site/Sections"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering", "Rendering.Templates", "Rendering.Html", "Site"],
        ["Recognition"] = ["Diagnostics", "Localization", "Facts", "Formatting"],
        ["Checks"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Recognition"],
        ["Extraction"] = ["Diagnostics", "Localization", "Facts", "Formatting", "Recognition"],
        // The feed importers (import bmkg|usgs) read JSON feeds and write facts files' text: no later stage.
        ["Importing"] = ["Diagnostics", "YamlDotNet"],
    };

    private static string LibraryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "NewsBrief"));

    [Fact]
    public void EveryFolder_ImportsOnlyEarlierStages()
    {
        var violations = new List<string>();
        var root = LibraryRoot();
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace('\\', '/');
            if (!Allowed.TryGetValue(folder, out var allowed))
            {
                violations.Add($"{folder}: folder not in the layering table (add it deliberately)");
                continue;
            }

            var own = folder.Replace('/', '.');
            foreach (Match m in Using().Matches(File.ReadAllText(file)))
            {
                var ns = m.Groups[1].Value;
                string? stage = ns.StartsWith("NewsBrief.", StringComparison.Ordinal) ? ns["NewsBrief.".Length..]
                    : ns.Split('.')[0] is "Scriban" or "Markdig" or "YamlDotNet" ? ns.Split('.')[0]
                    : null; // the BCL
                if (stage is null || stage == own || stage.StartsWith(own + ".", StringComparison.Ordinal) || allowed.Contains(stage))
                {
                    continue;
                }

                violations.Add($"{Path.GetRelativePath(root, file)}: {folder} must not import {ns}");
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Library_HasNoCultureOrClockDependentCalls()
    {
        // Output never depends on the machine: no current culture, no wall clock, no local time zone.
        string[] banned = ["CultureInfo.CurrentCulture", "CultureInfo.CurrentUICulture", "DateTime.Now", "DateTime.Today", "DateTimeOffset.Now", "TimeZoneInfo.Local", "new CultureInfo(", "CultureInfo.GetCultureInfo("];
        var offenders = Directory.GetFiles(LibraryRoot(), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => banned.Where(b => File.ReadAllText(f).Contains(b, StringComparison.Ordinal)).Select(b => $"{Path.GetFileName(f)}: {b}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^using\s+(?:static\s+)?([A-Za-z][A-Za-z0-9_.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
