using System.CommandLine;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Rendering;

namespace NewsBrief.Cli;

/// <summary><c>newsbrief render FILE [--locale L] [--output md|html] [--format text|github|json]</c>: one brief to stdout.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The facts file (.yml) of one story; - reads it from standard input." };
        var locale = new Option<string?>("--locale") { Description = "Render one locale (for example id or en); all locales when omitted." };
        var output = new Option<string?>("--output")
        {
            Description = "What to write: md (Markdown) or html (an HTML fragment). Default: md.",
            HelpName = string.Join('|', CommonOptions.OutputNames),
        };
        output.AcceptOnlyFromAmong([.. CommonOptions.OutputNames]);

        // --format is the diagnostics format here as on every command. Until the next release it also
        // takes md|html, its meaning before --output existed, and --diagnostics stays as a hidden alias.
        var format = new Option<string?>("--format")
        {
            Description = "How to print diagnostics: text (stderr, with the offending line), github (workflow annotations) or json (one array on stdout). Default: text.",
            HelpName = string.Join('|', CommonOptions.FormatNames),
        };
        format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !CommonOptions.OutputNames.Contains(text) && !CommonOptions.ParseFormat(text, out _))
            {
                result.AddError($"'{text}' is not a diagnostics format. Use one of: {string.Join(", ", CommonOptions.FormatNames)} (and --output md|html for what render writes).");
            }
        });
        format.CompletionSources.Add([.. CommonOptions.FormatNames]);
        var legacyDiagnostics = CommonOptions.FormatOption("--diagnostics", "Old name of --format.");
        legacyDiagnostics.Hidden = true;

        var explain = new Option<bool>("--explain")
        {
            Description = "For a story kind's brief: instead of the brief, print for each generated text (headline, lede, each point) the template line that set it and the data fields behind it, or where the facts file overrides it.",
        };
        var overrides = new OverrideOptions();
        var command = new Command("render", "Render one brief to standard output, in every locale or one.") { file, locale, output, format, explain, overrides.Templates, overrides.Locales, legacyDiagnostics };
        command.SetAction(parse =>
        {
            var formatText = parse.GetValue(format);
            var outputText = parse.GetValue(output);
            var diagnostics = DiagnosticFormat.Text;
            if (formatText is not null && CommonOptions.OutputNames.Contains(formatText))
            {
                cli.Error.WriteLine($"newsbrief: 'render --format {formatText}' is now 'render --output {formatText}'; --format names the diagnostics format (text, github or json). The old spelling goes in the next release.");
                outputText ??= formatText;
            }
            else if (formatText is not null)
            {
                CommonOptions.ParseFormat(formatText, out diagnostics);
            }

            if (parse.GetResult(legacyDiagnostics) is { Implicit: false })
            {
                cli.Error.WriteLine("newsbrief: 'render --diagnostics' is now 'render --format'. The old spelling goes in the next release.");
                diagnostics = parse.GetValue(legacyDiagnostics);
            }

            return Run(cli, parse.GetValue(file)!, parse.GetValue(locale), outputText ?? "md", diagnostics, overrides.Get(parse), parse.GetValue(explain));
        });
        return command;
    }

    private static int Run(CliContext cli, string file, string? locale, string format, DiagnosticFormat diagnosticsFormat, ProjectOverrides overrides, bool explain)
    {
        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, diagnosticsFormat, strict: false);
        var full = file == FactsInput.StandardInput ? file : cli.Resolve(file);
        var workspace = CommonOptions.LoadWorkspace(cli, [full], bag, overrides);
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
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(file), message);
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        var facts = FactsInput.Read(cli, workspace, full, printer, bag);
        if (explain)
        {
            return Explain(cli, workspace, facts, locale, printer, bag);
        }

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

    /// <summary>
    /// <c>render --explain</c>: per locale, each text of a kind brief with where it came from, e.g.
    /// <c>lede: kinds/rate-decision/id.sbn:29:5, from data.history[].date, data.rate</c>, then the text.
    /// </summary>
    private static int Explain(CliContext cli, Project.Workspace workspace, Facts.FactFile? facts, string? locale, DiagnosticPrinter printer, DiagnosticBag bag)
    {
        var explanations = facts is null ? [] : workspace.Explain(facts, bag);
        printer.Print(printer.Finalize(bag));
        if (bag.HasErrors || facts is null)
        {
            return ExitCodes.Errors;
        }

        if (facts.Data is null)
        {
            cli.Error.WriteLine($"newsbrief: {facts.Path} is a hand-written brief (kind: {facts.Kind}); --explain tells where a story kind's generated texts come from (docs/kinds.md).");
            return ExitCodes.Errors;
        }

        var sb = new StringBuilder();
        foreach (var group in explanations.Where(e => locale is null || e.Locale == locale).GroupBy(e => e.Locale))
        {
            sb.Append(sb.Length > 0 ? "\n" : "").Append("<!-- ").Append(group.Key).Append(" -->\n");
            foreach (var e in group)
            {
                var at = $"{e.Location.Path}:{e.Location.Line}:{e.Location.Column}";
                sb.Append(e.What).Append(": ").Append(e.Overridden ? $"written in {at} (replaces the generated text)"
                    : e.Fields.Count == 0 ? $"{at}, from no data field" : $"{at}, from {string.Join(", ", e.Fields)}").Append('\n');
                sb.Append("  ").Append(e.Text).Append('\n');
            }
        }

        cli.Out.Write(sb.ToString());
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
