using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary><c>newsbrief new SLUG [--dir DIR]</c>: writes a facts file to fill in. Never overwrites.</summary>
internal static partial class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var slug = new Argument<string>("SLUG") { Description = "The story's slug: lower-case letters, digits and '-' (it becomes the URL)." };
        var dir = new Option<string>("--dir") { Description = "Folder to write SLUG.yml in (default: the current folder).", DefaultValueFactory = _ => "." };
        var command = new Command("new", "Write SLUG.yml, a facts file to fill in (never overwrites).") { slug, dir };
        command.SetAction(parse => Run(cli, parse.GetValue(slug)!, parse.GetValue(dir)!));
        return command;
    }

    private static int Run(CliContext cli, string slug, string dir)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            cli.Error.WriteLine($"newsbrief: '{slug}' is not a slug. Use lower-case letters, digits and single '-' (for example deepseek-r1-training-cost).");
            return ExitCodes.Usage;
        }

        var folder = cli.Resolve(dir);
        var path = Path.Combine(folder, slug + ".yml");
        var bag = new DiagnosticBag();
        var workspace = CommonOptions.LoadWorkspace(cli, [folder], bag);
        var printer = new DiagnosticPrinter(cli, DiagnosticFormat.Text, strict: false);
        if (workspace is null)
        {
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        try
        {
            Directory.CreateDirectory(folder);

            // CreateNew fails if the file exists, even if it appeared after any check: never overwrites.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.Write(Skeleton(workspace.Locales.Codes.ToList(), SchemaReference(folder)));
        }
        catch (IOException) when (File.Exists(path))
        {
            bag.Add(DiagnosticDescriptors.WouldOverwrite, SourceLocation.StartOf(cli.Display(path)),
                $"'{cli.Display(path)}' already exists; 'new' never overwrites. Choose another slug or edit the existing file.");
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(cli.Display(path)), $"Cannot write the file: {e.Message}");
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        cli.Error.WriteLine($"Wrote {cli.Display(path)}. Fill it in, then run 'newsbrief check {cli.Display(path)}'.");
        return ExitCodes.Success;
    }

    /// <summary>Where the schema lives relative to every project and to the tool.</summary>
    internal const string SchemaFile = "schema/facts.schema.json";

    /// <summary>
    /// The schema as the file's folder should reference it: relative, so the line stays true in every
    /// checkout of the project. The nearest <c>schema/facts.schema.json</c> above the folder (a
    /// newsroom's repository, like this one) wins; otherwise the copy that ships with the tool.
    /// </summary>
    internal static string SchemaReference(string folder)
    {
        var full = Path.GetFullPath(folder);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SchemaFile)))
            {
                return Relative(full, Path.Combine(dir.FullName, SchemaFile));
            }
        }

        return Relative(full, Path.Combine(AppContext.BaseDirectory, SchemaFile));
    }

    private static string Relative(string from, string to) => Path.GetRelativePath(from, to).Replace('\\', '/');

    /// <summary>
    /// A facts file that parses as it is: every locale present, one figure of each common kind. Its
    /// first line points the editor's YAML language server at the schema (completion and hover help).
    /// </summary>
    internal static string Skeleton(IReadOnlyList<string> locales, string schemaReference)
    {
        string Texts(string indent, string what) =>
            string.Concat(locales.Select(l => $"{indent}{l}: {what} ({l})\n"));

        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=").Append(schemaReference).Append('\n');
        sb.Append("# Facts of one story. Format: see README.md (\"Facts file\"). Replace every TODO.\n");
        sb.Append("date: 2025-01-31                # publication date of the brief\n");
        sb.Append("kind: brief\n");
        sb.Append("tags: []\n");
        sb.Append("source:\n  name: TODO source name\n  date: 2025-01-31\n  url: https://example.com/\n");
        sb.Append("rates: []                       # e.g. - { pair: USD/IDR, rate: 16565, date: 2025-01-31 }\n");
        sb.Append("figures:\n");
        sb.Append("  cost:\n    amount: 1.5 million\n    currency: USD\n    qualifier: about\n    label:\n").Append(Texts("      ", "TODO label"));
        sb.Append("headline:\n").Append(Texts("  ", "TODO headline with {cost}"));
        sb.Append("lede:\n").Append(Texts("  ", "TODO lede with {cost}"));
        sb.Append("points:\n  - ").Append(Texts("    ", "TODO point")[4..]);
        sb.Append("events: []\n");
        return sb.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
