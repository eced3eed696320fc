using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>
/// <c>newsbrief schema [--write] [--dir DIR]</c>: the facts files' JSON Schema, to stdout, or with
/// <c>--write</c> into the project as <c>.newsbrief/facts.schema.json</c>, where <c>new</c> points
/// the first line of every file it writes. A copy inside the project survives what a path into the
/// tool's install does not: <c>dotnet tool update</c>, a colleague's machine, a commit.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>Where <c>schema --write</c> puts the schema, relative to the project folder.</summary>
    public const string ProjectSchemaFile = ".newsbrief/facts.schema.json";

    /// <summary>Where the schema ships with the tool, relative to its folder (and in this repository).</summary>
    public const string ShippedSchemaFile = "schema/facts.schema.json";

    public static Command Create(CliContext cli)
    {
        var write = new Option<bool>("--write") { Description = $"Write the schema to {ProjectSchemaFile} in the project folder (replacing an older copy) instead of printing it." };
        var dir = new Option<string?>("--dir")
        {
            Description = "Where the project is. Default: the nearest folder above the current one with .newsbrief/, templates/, locales/ or .git/, else the current folder.",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Print the facts files' JSON Schema (editors' completion and hover help), or write it into the project with --write.") { write, dir };
        command.SetAction(parse => Run(cli, parse.GetValue(write), parse.GetValue(dir)));
        return command;
    }

    /// <summary>The schema that ships with the tool.</summary>
    public static string ShippedText() => File.ReadAllText(Path.Combine(ProjectDirectory.Shipped, ShippedSchemaFile));

    /// <summary>The schema's public, versioned <c>$id</c>: what <c>new</c> points at when the project has no copy.</summary>
    public static string PublicId() => JsonNode.Parse(ShippedText())!["$id"]!.GetValue<string>();

    /// <summary>
    /// The project folder for <paramref name="start"/>: the nearest folder at or above it with
    /// <c>.newsbrief/</c>, <c>templates/</c>, <c>locales/</c> or <c>.git</c>; else <paramref name="fallback"/>
    /// (the current folder) when <paramref name="start"/> is inside it, else <paramref name="start"/> itself.
    /// </summary>
    public static string ProjectRoot(string start, string? fallback = null)
    {
        var full = Path.GetFullPath(start);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".newsbrief")) || ProjectDirectory.IsProject(dir.FullName)
                || Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        var outer = fallback is null ? null : Path.GetFullPath(fallback);
        return outer is not null && !Path.GetRelativePath(outer, full).StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(Path.GetRelativePath(outer, full)) ? outer : full;
    }

    private static int Run(CliContext cli, bool write, string? dir)
    {
        var text = ShippedText();
        if (!write)
        {
            cli.Out.Write(text);
            return ExitCodes.Success;
        }

        return Write(cli, dir is null ? ProjectRoot(cli.CurrentDirectory) : cli.Resolve(dir), "'newsbrief new' now points new facts files at it; commit it with the project.");
    }

    /// <summary>Writes (or updates) <see cref="ProjectSchemaFile"/> under <paramref name="root"/>; prints what it did.</summary>
    public static int Write(CliContext cli, string root, string after)
    {
        var text = ShippedText();
        var path = Path.Combine(root, ProjectSchemaFile);
        try
        {
            var existing = File.Exists(path) ? File.ReadAllText(path) : null;
            if (existing == text)
            {
                cli.Error.WriteLine($"{cli.Display(path)} is up to date.");
                return ExitCodes.Success;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written next to the target and renamed over it: an editor never reads half a schema.
            var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            cli.Error.WriteLine($"{(existing is null ? "Wrote" : "Updated")} {cli.Display(path)}. {after}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var printer = new DiagnosticPrinter(cli, DiagnosticFormat.Text, strict: false);
            var bag = new DiagnosticBag();
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(cli.Display(path)), $"Cannot write the schema: {e.Message}");
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }
    }
}
