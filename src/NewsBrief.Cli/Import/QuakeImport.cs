using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Importing;

namespace NewsBrief.Cli.Import;

/// <summary>The steps every earthquake feed import shares: read the file, read the events, write the briefs, print.</summary>
internal static class QuakeImport
{
    public static Option<string> OutOption() => new("--out")
    {
        Description = "The folder of earthquake briefs (made if missing). Briefs already there are updated in place; nothing else is touched.",
        HelpName = "DIR",
        Required = true,
    };

    public static int Run(CliContext cli, string source, string file, string outDir, DiagnosticFormat format,
        Func<JsonNode, string, DiagnosticBag, FeedReading?> read)
    {
        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, format, strict: false);
        var full = cli.Resolve(file);
        var shown = cli.Display(full);
        int Fail()
        {
            printer.Print(printer.Finalize(bag));
            cli.Error.WriteLine($"newsbrief import {source}: nothing imported; fix the feed (above) and run again.");
            return ExitCodes.Errors;
        }

        if (Directory.Exists(full) || !File.Exists(full))
        {
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(shown), Directory.Exists(full)
                ? $"'{shown}' is a folder; name the feed file (for example gempaterkini.json)."
                : $"'{shown}' does not exist. Check the path (it is relative to the current folder).");
            return Fail();
        }

        var root = FeedFile.Load(full, shown, bag, out var bytes);
        if (bytes is not null)
        {
            printer.AddSource(shown, () => Encoding.UTF8.GetString(bytes));
        }

        var reading = root is null ? null : read(root, shown, bag);
        if (reading is null)
        {
            return Fail();
        }

        bag.AddRange(reading.EventErrors);
        var outcome = new QuakeImporter(cli.Resolve(outDir), cli.Display, bag).Import(reading.Reports, shown);
        foreach (var path in bag.Sorted().Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Where(p => p != shown))
        {
            var resolved = cli.Resolve(path);
            printer.AddSource(path, () => File.Exists(resolved) ? File.ReadAllText(resolved) : "");
        }

        printer.Print(printer.Finalize(bag));
        var skipped = outcome.Skipped + (reading.Events - reading.Reports.Count - reading.Filtered);
        var filtered = reading.Filtered > 0 ? $", {Count(reading.Filtered, "event")} left out by the filter" : "";
        var failed = bag.HasErrors ? $"; {Count(skipped, "event")} not imported (errors above)." : ".";
        cli.Error.WriteLine($"newsbrief import {source}: {Count(reading.Events, "event")} in {shown}: {Count(outcome.Created, "new brief")}, "
            + $"{Count(outcome.Updated, "brief")} updated, {Count(outcome.Unchanged, "brief")} unchanged{filtered}{failed}");
        return bag.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
