using System.CommandLine;
using NewsBrief.Diagnostics;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>Options and steps shared by commands.</summary>
internal static class CommonOptions
{
    public static Option<DiagnosticFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: text (stderr, with the offending line), github (workflow annotations) or json.",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
    };

    /// <summary>Loads locales and templates for the given facts files; prints and returns null on errors.</summary>
    public static Workspace? LoadWorkspace(CliContext cli, IEnumerable<string> factsPaths, DiagnosticBag diagnostics)
    {
        // Each folder once: a build of 10,000 files in one folder would otherwise walk up 10,000 times when no project is found.
        // Standard input has no folder: the project is then found from the current folder.
        var starts = factsPaths.Where(p => p != FactsInput.StandardInput)
            .Select(p => File.Exists(p) ? Path.GetDirectoryName(p)! : p).Append(cli.CurrentDirectory).Distinct(StringComparer.Ordinal);
        return Workspace.Load(ProjectDirectory.Find(starts), diagnostics);
    }
}
