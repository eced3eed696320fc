using System.CommandLine;
using NewsBrief.Importing;

namespace NewsBrief.Cli.Import;

/// <summary><c>newsbrief import bmkg FILE --out DIR</c>: BMKG's autogempa.json, gempaterkini.json or gempadirasakan.json.</summary>
internal static class ImportBmkgCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A BMKG feed as downloaded: autogempa.json, gempaterkini.json or gempadirasakan.json." };
        var output = QuakeImport.OutOption();
        var format = CommonOptions.Format();
        var command = new Command("bmkg", "Write (or update) one earthquake brief per event of a BMKG feed.") { file, output, format };
        command.SetAction(parse => QuakeImport.Run(cli, "bmkg", parse.GetValue(file)!, parse.GetValue(output)!, parse.GetValue(format),
            (root, display, bag) => BmkgFeedReader.Read(root, display, bag)));
        return command;
    }
}
