using System.CommandLine;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Rendering;

namespace NewsBrief.Cli;

/// <summary><c>newsbrief render FILE [--locale L] [--format md|html]</c>: one brief to stdout.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The facts file (.yml) of one story; - reads it from standard input." };
        var locale = new Option<string?>("--locale") { Description = "Render one locale (for example id or en); all locales when omitted." };
        var output = new Option<string>("--format") { Description = "md (Markdown) or html (an HTML fragment).", DefaultValueFactory = _ => "md" };
        output.AcceptOnlyFromAmong("md", "html");
        var diagnosticsFormat = new Option<DiagnosticFormat>("--diagnostics") { Description = "How to print diagnostics: text, github or json.", DefaultValueFactory = _ => DiagnosticFormat.Text };

        var command = new Command("render", "Render one brief to standard output, in every locale or one.") { file, locale, output, diagnosticsFormat };
        command.SetAction(parse => Run(cli, parse.GetValue(file)!, parse.GetValue(locale), parse.GetValue(output)!, parse.GetValue(diagnosticsFormat)));
        return command;
    }

    private static int Run(CliContext cli, string file, string? locale, string format, DiagnosticFormat diagnosticsFormat)
    {
        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, diagnosticsFormat, strict: false);
        var full = file == FactsInput.StandardInput ? file : cli.Resolve(file);
        var workspace = CommonOptions.LoadWorkspace(cli, [full], bag);
        if (workspace is null)
        {
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        if (locale is not null && !workspace.Locales.TryGet(locale, out _))
        {
            cli.Error.WriteLine($"newsbrief: unknown locale '{locale}'. Known: {string.Join(", ", workspace.Locales.Codes)}.");
            return ExitCodes.Usage;
        }

        if (full != FactsInput.StandardInput && !File.Exists(full))
        {
            var message = Directory.Exists(full)
                ? $"'{file}' is a folder; render takes one facts file. Name a .yml file, or build every brief of the folder with 'newsbrief build {file} --out site'."
                : $"'{file}' does not exist. Check the path (it is relative to the current folder).";
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(file), message);
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        var facts = FactsInput.Read(cli, workspace, full, printer, bag);
        var rendered = new List<RenderedBrief>();
        if (facts is not null)
        {
            foreach (var code in locale is null ? workspace.Locales.Codes : [locale])
            {
                if (workspace.Renderer.Render(facts, code, bag) is { } brief)
                {
                    rendered.Add(brief);
                }
            }
        }

        printer.Print(printer.Finalize(bag));
        if (bag.HasErrors || facts is null)
        {
            return ExitCodes.Errors; // nothing on stdout: a failing command writes nothing
        }

        cli.Out.Write(Compose(rendered, format, separate: locale is null));
        return ExitCodes.Success;
    }

    /// <summary>All locales one after the other, each introduced by a comment naming it.</summary>
    private static string Compose(IReadOnlyList<RenderedBrief> briefs, string format, bool separate)
    {
        var sb = new StringBuilder();
        foreach (var brief in briefs)
        {
            if (separate)
            {
                sb.Append(sb.Length > 0 ? "\n" : "").Append("<!-- ").Append(brief.Locale).Append(" -->\n");
            }

            sb.Append(format == "html" ? brief.Html : brief.Markdown);
        }

        return sb.ToString();
    }
}
