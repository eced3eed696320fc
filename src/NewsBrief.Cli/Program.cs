using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;

namespace NewsBrief.Cli;

/// <summary>The <c>newsbrief</c> command line.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Output never depends on the machine's culture: formatting reads only locales/*.yml.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n", AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        var code = Run(args, new CliContext(stdout, stderr, Directory.GetCurrentDirectory()) { IsTerminal = !Console.IsErrorRedirected, IsCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) });
        stdout.Flush();
        return code;
    }

    /// <summary>Runs a command with the given streams; the tests call this in-process.</summary>
    public static int Run(string[] args, CliContext cli)
    {
        // A plain command named for the tool rather than a RootCommand, which takes its name from the
        // executable: that is NewsBrief.Cli (the dll 'dotnet tool' and 'dotnet run' start), not the
        // 'newsbrief' people type, and help's usage lines would say so.
        var root = new Command("newsbrief", "NewsBrief: facts of a story in, correct briefs in Indonesian and English out.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(RenderCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(BuildCommand.Create(cli));
        root.Subcommands.Add(NewCommand.Create(cli));
        root.Subcommands.Add(ExtractCommand.Create(cli));
        root.Subcommands.Add(Desk.ServeCommand.Create(cli));
        root.Subcommands.Add(SchemaCommand.Create(cli));
        root.Subcommands.Add(Import.ImportCommand.Create(cli));

        var parse = root.Parse(args);
        if (parse.CommandResult.Command == root && args.Length > 0 && !args[0].StartsWith('-'))
        {
            // One error for an unknown command, not also "Required command was not provided".
            cli.Error.WriteLine($"newsbrief: unknown command '{args[0]}'. The commands are: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            cli.Error.WriteLine("Run 'newsbrief --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                cli.Error.WriteLine($"newsbrief: {error.Message}");
            }

            cli.Error.WriteLine("Run 'newsbrief --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A crash is a bug in NewsBrief, never the editor's fault: say so, and write nothing.
            cli.Error.WriteLine($"newsbrief: internal error: {e.GetType().Name}: {e.Message}");
            cli.Error.WriteLine("This is a bug in NewsBrief; please report it with the input that caused it.");
            return ExitCodes.Errors;
        }
    }
}
