using System.CommandLine;

namespace NewsBrief.Cli.Import;

/// <summary><c>newsbrief import SOURCE ...</c>: facts files written from data; each source is its own subcommand.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli) => new("import", "Write facts files from data: a CSV of a story kind's fields.")
    {
        CsvImportCommand.Create(cli),
    };
}
