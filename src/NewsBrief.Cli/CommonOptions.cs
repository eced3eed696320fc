using System.CommandLine;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>
/// Options and steps shared by commands. The flag vocabulary lives here, in one place: <c>--format
/// text|github|json</c> is how diagnostics print on every command, <c>--output md|html</c> what
/// <c>render</c> writes. The spellings before that (<c>render --format md|html</c>, <c>render
/// --diagnostics</c>) are kept, hidden, for one release (see <see cref="RenderCommand"/>).
/// </summary>
internal static class CommonOptions
{
    /// <summary>The values of <c>--format</c>, as written on the command line and in help.</summary>
    public static readonly IReadOnlyList<string> FormatNames = ["text", "github", "json"];

    /// <summary>The values of <c>render --output</c>.</summary>
    public static readonly IReadOnlyList<string> OutputNames = ["md", "html"];

    /// <summary><c>--format text|github|json</c>: how diagnostics print. Values are matched ignoring case, as the enum they replace was.</summary>
    public static Option<DiagnosticFormat> Format() => FormatOption("--format",
        "How to print diagnostics: text (stderr, with the offending line), github (workflow annotations) or json (one array on stdout).");

    /// <summary>A diagnostics-format option under any name (the hidden <c>render --diagnostics</c> too).</summary>
    public static Option<DiagnosticFormat> FormatOption(string name, string description)
    {
        var option = new Option<DiagnosticFormat>(name)
        {
            Description = description + " Default: text.",
            HelpName = string.Join('|', FormatNames),
            CustomParser = result => ParseFormat(result.Tokens.Count > 0 ? result.Tokens[0].Value : "text", out var format)
                ? format
                : Invalid(result, $"'{result.Tokens[0].Value}' is not a diagnostics format. Use one of: {string.Join(", ", FormatNames)}."),
            // No DefaultValueFactory: help would print "[default: Text]" after the description's "Default: text."; an absent option reads as Text (0).
        };
        option.CompletionSources.Add(FormatNames.ToArray());
        return option;
    }

    /// <summary>Reads a <c>--format</c> value, ignoring case.</summary>
    public static bool ParseFormat(string text, out DiagnosticFormat format)
    {
        var index = FormatNames.ToList().FindIndex(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        format = index switch { 1 => DiagnosticFormat.Github, 2 => DiagnosticFormat.Json, _ => DiagnosticFormat.Text };
        return index >= 0;
    }

    private static DiagnosticFormat Invalid(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return DiagnosticFormat.Text;
    }

    /// <summary>Loads locales and templates for the given facts files; prints and returns null on errors.</summary>
    public static Workspace? LoadWorkspace(CliContext cli, IEnumerable<string> factsPaths, DiagnosticBag diagnostics, ProjectOverrides? overrides = null)
    {
        // Each folder once: a build of 10,000 files in one folder would otherwise walk up 10,000 times when no project is found.
        // Standard input has no folder: the project is then found from the current folder.
        var starts = factsPaths.Where(p => p != FactsInput.StandardInput)
            .Select(p => File.Exists(p) ? Path.GetDirectoryName(p)! : p).Append(cli.CurrentDirectory).Distinct(StringComparer.Ordinal);
        return OverrideOptions.Resolve(cli, starts, overrides ?? ProjectOverrides.None, diagnostics) is { } folders ? Workspace.Load(folders, diagnostics) : null;
    }
}
