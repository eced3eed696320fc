using System.CommandLine;
using NewsBrief.Diagnostics;
using NewsBrief.Extraction;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>
/// <c>newsbrief extract ARTICLE.txt [--lang id|en]</c>: prints a draft facts file to stdout. Writes
/// nothing on error: exit 1 with a positioned diagnostic for an unreadable or empty article, exit 2
/// for usage errors (including an article whose language cannot be told without <c>--lang</c>).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Articles larger than this are refused: a news story is a few KB.</summary>
    public const long MaxArticleBytes = 1024 * 1024;

    public static Command Create(CliContext cli)
    {
        var article = new Argument<string>("ARTICLE") { Description = "The article as a UTF-8 text file (title on the first line, paragraphs separated by blank lines)." };
        var lang = new Option<string?>("--lang")
        {
            Description = "The article's language (a locale code: id or en). Default: guessed from the words of the locales' vocabulary " +
                "(qualifiers, scale words, units, months, spelled numbers); when the guess is not clear, extract asks for --lang (exit 2).",
        };
        var command = new Command(
            "extract",
            "Print a facts file drafted from an article: figures as named entries, dated sentences as events, " +
            "the sentences with figures as comments with {placeholders}. Fill in every <...>, then run check.")
        {
            article, lang,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(article)!, parse.GetValue(lang)));
        return command;
    }

    private static int Run(CliContext cli, string file, string? lang)
    {
        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, DiagnosticFormat.Text, strict: false);
        var full = cli.Resolve(file);
        var workspace = CommonOptions.LoadWorkspace(cli, [full], bag);
        if (workspace is null)
        {
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        if (lang is not null && !workspace.Locales.TryGet(lang, out _))
        {
            cli.Error.WriteLine($"newsbrief: unknown language '{lang}'. Known: {string.Join(", ", workspace.Locales.Codes)}.");
            return ExitCodes.Usage;
        }

        var display = cli.Display(full);
        var text = Read(full, display, bag);
        if (text is null)
        {
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        if (lang is null)
        {
            var (guess, scores) = LanguageGuess.Guess(text, workspace.Locales);
            if (guess is null)
            {
                var counts = string.Join(", ", scores.Select(s => $"{s.Locale} {s.Words}"));
                cli.Error.WriteLine($"newsbrief: cannot tell the language of '{display}' (words only one locale knows: {counts}). Pass --lang {string.Join(" or --lang ", workspace.Locales.Codes)}.");
                return ExitCodes.Usage;
            }

            lang = guess;
        }

        cli.Out.Write(new ArticleExtractor(workspace.Locales).Extract(text, lang, Path.GetFileName(full)));
        return ExitCodes.Success;
    }

    /// <summary>The article's text, or null with NB6001 (cannot read) or NB6006 (no text) at its start.</summary>
    private static string? Read(string full, string display, DiagnosticBag bag)
    {
        var at = SourceLocation.StartOf(display);
        try
        {
            if (!File.Exists(full))
            {
                bag.Add(DiagnosticDescriptors.FileAccess, at, $"'{display}' does not exist. Check the path (it is relative to the current folder).");
                return null;
            }

            if (FileKinds.Of(full, followLinks: true) is (FileKind.Device or FileKind.Socket) and var kind)
            {
                // /dev/zero would be read forever.
                bag.Add(DiagnosticDescriptors.NotARegularFile, at, $"'{display}' is {FileKinds.Describe(kind)}, not a text file. Save the article as a UTF-8 text file and name that.");
                return null;
            }

            var length = new FileInfo(full).Length;
            if (length > MaxArticleBytes)
            {
                bag.Add(DiagnosticDescriptors.FileAccess, at, $"The file is {length} bytes; an article may be at most {MaxArticleBytes} bytes. Save only the story's text.");
                return null;
            }

            var text = File.ReadAllText(full);
            var bad = text.IndexOfAny(['\0', '\uFFFD']);
            if (bad >= 0)
            {
                bag.Add(DiagnosticDescriptors.ArticleEmpty, at, "The file is not UTF-8 text (it has NUL bytes or invalid UTF-8). Save the article as plain UTF-8 text.");
                return null;
            }

            if (string.IsNullOrWhiteSpace(text.Trim('\uFEFF')))
            {
                bag.Add(DiagnosticDescriptors.ArticleEmpty, at, "The article is empty; paste the story's text into the file (title on the first line, then the paragraphs).");
                return null;
            }

            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticDescriptors.FileAccess, at, $"Cannot read the file: {e.Message}");
            return null;
        }
    }
}
