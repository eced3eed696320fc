using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace NewsBrief.Tests.Architecture;

/// <summary>
/// The stages of the pipeline as the README and docs draw them (facts → formatting → templates →
/// Markdown → HTML → site, the CLI on top), as rules over compiled types: a reference counts
/// whether it came from a <c>using</c>, a fully qualified name, a base type, a field, a local, a
/// call or a generic argument.
/// </summary>
/// <remarks>
/// One table, read under a namespace <paramref name="root"/>: the library and CLI under
/// <c>NewsBrief</c>, and a deliberately broken copy under the tests' own fixture namespace to
/// show that the rules catch what they claim to catch.
/// </remarks>
internal sealed class StageLayers(string root)
{
    /// <summary>A stage: its namespace (below the root) and what it may use besides itself and the BCL.</summary>
    internal sealed record Stage(string Namespace, string[] MayUse, string[] Libraries);

    /// <summary>
    /// Each stage may use only the stages before it. A stage's own sub-namespaces are separate stages
    /// (Rendering.Html knows nothing of templates); <see cref="Stage.Libraries"/> names the
    /// third-party libraries a stage may touch, so Markdig stays in HTML and Scriban in templates.
    /// </summary>
    public static readonly Stage[] Table =
    [
        new("Diagnostics", [], []),
        new("Localization", ["Diagnostics"], ["YamlDotNet"]),
        new("Facts", ["Diagnostics"], ["YamlDotNet"]),
        new("Formatting", ["Diagnostics", "Localization", "Facts"], []),
        new("Recognition", ["Diagnostics", "Localization", "Facts", "Formatting"], []),
        new("Checks", ["Diagnostics", "Localization", "Facts", "Formatting", "Recognition"], []),
        new("Extraction", ["Diagnostics", "Localization", "Facts", "Formatting", "Recognition"], []),
        // The feed importers (import bmkg|usgs) read JSON feeds and write facts files' text: no later stage.
        new("Importing", ["Diagnostics"], ["YamlDotNet"]),
        new("Rendering.Templates", ["Diagnostics", "Localization", "Facts", "Formatting"], ["Scriban"]),
        new("Rendering.Html", ["Diagnostics"], ["Markdig"]),
        new("Rendering", ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering.Templates", "Rendering.Html"], ["Scriban"]),
        // Story kinds write a brief's texts from its data with the templates' own engine and helpers.
        new("Kinds", ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering.Templates"], ["Scriban", "YamlDotNet"]),
        // The composition root: finds the project folder, loads locales, templates, kinds and vocabulary,
        // and builds the renderer every command and the site use. Nothing it loads knows of the site.
        new("Project", ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering", "Rendering.Templates", "Rendering.Html", "Kinds"], []),
        // The site and its section pages use each other: the sections are planned from the site's brief
        // summaries, and the site writes them; together they are one stage in two namespaces.
        new("Site", ["Diagnostics", "Localization", "Facts", "Formatting", "Checks", "Rendering", "Rendering.Templates", "Rendering.Html", "Kinds", "Project", "Site.Sections"], []),
        new("Site.Sections", ["Diagnostics", "Localization", "Facts", "Formatting", "Rendering", "Rendering.Templates", "Rendering.Html", "Project", "Site"], []),
        // The CLI is on top: it may use every library stage; nothing below may use it.
        new("Cli", [.. Library, "Cli.Desk", "Cli.Import"], ["System.CommandLine", "Microsoft.AspNetCore", "Microsoft.Extensions"]),
        // `newsbrief import csv|bmkg|usgs`: commands over the library, beside the others.
        new("Cli.Import", [.. Library, "Cli"], ["System.CommandLine"]),
        new("Cli.Desk", [.. Library, "Cli"], ["Microsoft.AspNetCore", "Microsoft.Extensions"]),
    ];

    private static string[] Library =>
        ["Diagnostics", "Localization", "Facts", "Formatting", "Recognition", "Checks", "Extraction", "Importing", "Rendering", "Rendering.Templates", "Rendering.Html", "Kinds", "Project", "Site", "Site.Sections"];

    /// <summary>Every third-party library some stage may use: the others may not touch it.</summary>
    private static readonly string[] Libraries = ["YamlDotNet", "Scriban", "Markdig", "System.CommandLine", "Microsoft.AspNetCore", "Microsoft.Extensions"];

    private string Full(string stage) => root + "." + stage;

    /// <summary>One rule per stage: its types depend on no stage or library it may not use.</summary>
    public IEnumerable<(Stage Stage, IArchRule Rule)> Rules()
    {
        foreach (var stage in Table)
        {
            // Stages by exact namespace (every namespace is a row, so a sub-namespace is its own stage);
            // libraries with everything below them.
            var stages = Table.Select(s => s.Namespace).Where(other => other != stage.Namespace && !stage.MayUse.Contains(other));
            var libraries = Libraries.Where(l => !stage.Libraries.Contains(l));
            var forbidden = "^(" + string.Join("|", stages.Select(s => Regex.Escape(Full(s)) + "$")
                .Concat(libraries.Select(l => Regex.Escape(l) + "(\\.|$)"))) + ")";

            var rule = Types().That().ResideInNamespace(Full(stage.Namespace))
                .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(forbidden))
                .Because($"{stage.Namespace} may use only {string.Join(", ", stage.MayUse.Concat(stage.Libraries).DefaultIfEmpty("the BCL"))}");
            yield return (stage, rule);
        }
    }

    /// <summary>Every namespace of the table, for the rule that no type lives outside a stage.</summary>
    public string AnyStagePattern() =>
        "^(" + string.Join("|", Table.Select(s => Regex.Escape(Full(s.Namespace)))) + ")$";

    /// <summary>Failures of one rule as readable lines (type and what it should not use).</summary>
    public static IReadOnlyList<string> Violations(IArchRule rule, ArchUnitNET.Domain.Architecture architecture) =>
        rule.Evaluate(architecture).Where(r => !r.Passed).Select(r => r.Description).ToList();
}
