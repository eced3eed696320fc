using System.CommandLine;

namespace NewsBrief.Cli.Import;

/// <summary>
/// <c>newsbrief import SOURCE ...</c>: facts files written from data. Only the parent; each source is
/// its own subcommand in its own file (csv: docs/import-csv.md; bmkg, usgs: docs/feeds.md).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("import", "Write facts files of a story kind from data: a CSV of a kind's fields, or a BMKG or USGS earthquake feed.");
        command.Subcommands.Add(CsvImportCommand.Create(cli));
        command.Subcommands.Add(ImportBmkgCommand.Create(cli));
        command.Subcommands.Add(ImportUsgsCommand.Create(cli));
        return command;
    }
}
