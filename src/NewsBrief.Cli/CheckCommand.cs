using System.CommandLine;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;

namespace NewsBrief.Cli;

/// <summary>
/// <c>newsbrief check PATH... [--strict] [--format text|github|json] [--verbose] [--templates DIR] [--locales DIR]</c>: validates facts, locales
/// and templates, runs the figure checks (NB7xxx) (each brief is rendered in every locale, in memory) and prints every diagnostic.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Facts files or folders of facts files; - reads one from standard input.", Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as a locale missing from a text) as errors." };
        var format = CommonOptions.Format();
        var verbose = new Option<bool>("--verbose") { Description = "Also print which templates and locales folders are in use (the project's over the shipped ones)." };
        var overrides = new OverrideOptions();
        var command = new Command("check", "Validate facts files, locales and templates; print diagnostics.") { paths, strict, format, verbose, overrides.Templates, overrides.Locales };
        command.SetAction(parse => Run(cli, parse.GetValue(paths)!, parse.GetValue(strict), parse.GetValue(format), parse.GetValue(verbose), overrides.Get(parse)));
        return command;
    }

    private static int Run(CliContext cli, string[] paths, bool strict, DiagnosticFormat format, bool verbose, ProjectOverrides overrides)
    {
        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, format, strict);
        var files = FactsInput.Expand(cli, paths, bag, standardInput: true);
        var workspace = CommonOptions.LoadWorkspace(cli, files.Count > 0 ? files : paths.Select(p => p == FactsInput.StandardInput ? p : cli.Resolve(p)), bag, overrides);
        if (verbose && workspace is not null)
        {
            foreach (var line in OverrideOptions.Describe(cli, workspace))
            {
                cli.Error.WriteLine($"newsbrief check: {line}");
            }
        }

        var checkedFiles = 0;
        if (workspace is not null)
        {
            var checker = new FigureChecker(workspace.Locales);
            foreach (var file in files)
            {
                checkedFiles++;
                var facts = FactsInput.Read(cli, workspace, file, printer, bag, out var source);
                if (facts is null || source is null)
                {
                    continue;
                }

                checker.Check(facts, source, bag);

                foreach (var locale in workspace.Locales.Codes)
                {
                    workspace.Renderer.Render(facts, locale, bag);
                }
            }
        }

        var diagnostics = printer.Finalize(bag);
        printer.Print(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (format == DiagnosticFormat.Text)
        {
            cli.Error.WriteLine($"newsbrief check: {checkedFiles} file(s), {errors} error(s), {warnings} warning(s).");
        }

        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
