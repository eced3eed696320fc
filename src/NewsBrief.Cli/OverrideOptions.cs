using System.CommandLine;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>Explicit <c>--templates DIR</c> and <c>--locales DIR</c>, laid over the shipped ones as a project's folders are.</summary>
internal sealed record ProjectOverrides(string? Templates, string? Locales)
{
    public static readonly ProjectOverrides None = new(null, null);
}

/// <summary>The <c>--templates</c> and <c>--locales</c> options, for the commands that load templates and locales.</summary>
internal sealed class OverrideOptions
{
    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "A templates folder whose files replace the shipped ones of the same path (the rest come from the shipped templates). Default: templates/ of the nearest folder above the facts that has one.",
        HelpName = "DIR",
    };

    public Option<string?> Locales { get; } = new("--locales")
    {
        Description = "A locales folder whose files set keys over the shipped locale of the same name (a new name is a new locale). Default: locales/ of the nearest folder above the facts that has one.",
        HelpName = "DIR",
    };

    public ProjectOverrides Get(ParseResult parse) => new(parse.GetValue(Templates), parse.GetValue(Locales));

    /// <summary>
    /// The folders to load: explicit ones as given; otherwise the nearest project above the facts (or
    /// the current folder). Null, with NB6032, when an explicit folder does not exist.
    /// </summary>
    public static WorkspaceFolders? Resolve(CliContext cli, IEnumerable<string> starts, ProjectOverrides overrides, DiagnosticBag diagnostics)
    {
        var found = WorkspaceFolders.ForProject(ProjectDirectory.Find(starts));
        string? Explicit(string? given, string option)
        {
            if (given is null)
            {
                return null;
            }

            var full = cli.Resolve(given);
            if (!Directory.Exists(full))
            {
                diagnostics.Add(DiagnosticDescriptors.OverrideFolderMissing, SourceLocation.PathOnly(given),
                    $"The {option} folder '{given}' does not exist. Give an existing folder (relative to the current folder), or leave {option} out to use the project's or the shipped one.");
            }

            return full;
        }

        var templates = Explicit(overrides.Templates, "--templates");
        var locales = Explicit(overrides.Locales, "--locales");
        return diagnostics.HasErrors ? null : found with { Templates = templates ?? found.Templates, Locales = locales ?? found.Locales };
    }

    /// <summary>
    /// Which folders the run reads, one line each: <c>templates: project/templates (2 files; the rest shipped)</c>.
    /// </summary>
    public static IEnumerable<string> Describe(CliContext cli, Workspace workspace)
    {
        string Line(string what, string? folder, IReadOnlyList<string> files, string unit) => folder is null
            ? $"{what}: shipped ({cli.Display(Path.Combine(workspace.Folders.Shipped, what))})"
            : files.Count == 0
                ? $"{what}: {cli.Display(folder)}/ (the same as the shipped ones)"
                : $"{what}: {cli.Display(folder)}/ ({files.Count} changed {unit}{(files.Count == 1 ? "" : "s")}: {string.Join(", ", files)}), the rest shipped";
        yield return Line("templates", workspace.Folders.Templates, workspace.OverriddenTemplates, "file");
        yield return Line("locales", workspace.Folders.Locales, workspace.OverriddenLocales, "file");
        if (workspace.Folders.Kinds is not null)
        {
            yield return Line("kinds", workspace.Folders.Kinds, workspace.OverriddenKinds, "file");
        }
    }
}
