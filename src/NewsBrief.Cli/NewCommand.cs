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
        var dir = new Option<string?>("--dir") { Description = "Folder to write SLUG.yml in. Default: the current folder.", HelpName = "DIR" };
        var command = new Command("new", "Write SLUG.yml, a facts file to fill in (never overwrites).") { slug, dir };
        command.SetAction(parse => Run(cli, parse.GetValue(slug)!, parse.GetValue(dir) ?? "."));
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

        var schema = SchemaReference(folder);
        if (!schema.Local && !File.Exists(path))
        {
            // No project copy yet: put one in the project, so the pointer below is relative and resolves everywhere.
            if (SchemaCommand.Write(cli, SchemaCommand.ProjectRoot(folder, cli.CurrentDirectory), "Editors' completion for facts files comes from it; commit it with the project ('newsbrief schema --write' updates it).") != ExitCodes.Success)
            {
                return ExitCodes.Errors;
            }

            schema = SchemaReference(folder);
        }

        try
        {
            Directory.CreateDirectory(folder);

            // CreateNew fails if the file exists, even if it appeared after any check: never overwrites.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.Write(Skeleton(workspace.Locales.Codes.ToList(), schema.Reference));
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

    /// <summary>
    /// The schema as the file's folder should reference it, never a path into the tool's install
    /// (it changes with every <c>dotnet tool update</c> and differs on every machine): the nearest
    /// project copy above the folder, relative (<c>.newsbrief/facts.schema.json</c> that
    /// <c>schema --write</c> puts there, or a repository's own <c>schema/facts.schema.json</c>, like
    /// this one's), so the line stays true in every checkout; otherwise the schema's public,
    /// versioned URL (its <c>$id</c>). <c>Local</c> says whether a project copy was found.
    /// </summary>
    internal static (string Reference, bool Local) SchemaReference(string folder)
    {
        var full = Path.GetFullPath(folder);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { SchemaCommand.ProjectSchemaFile, SchemaCommand.ShippedSchemaFile })
            {
                if (File.Exists(Path.Combine(dir.FullName, candidate)))
                {
                    return (Relative(full, Path.Combine(dir.FullName, candidate)), true);
                }
            }
        }

        return (SchemaCommand.PublicId(), false);
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
        sb.Append("# Facts of one story. Every key: docs/facts.md in NewsBrief's repository (and the hover help of the schema above). Replace every TODO.\n");
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
