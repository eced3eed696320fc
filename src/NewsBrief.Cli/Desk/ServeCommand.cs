using System.CommandLine;
using NewsBrief.Diagnostics;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// <c>newsbrief serve DIR [--port N]</c>: the editors' desk, a local preview server on 127.0.0.1
/// that reviews every brief in DIR in all locales side by side and reloads open pages on save.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(CliContext cli)
    {
        var dir = new Argument<string>("DIR") { Description = "The folder of facts files (.yml) to review." };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1; 0 picks a free one and prints it.", HelpName = "N", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var command = new Command("serve", "Preview and review the briefs of DIR in the browser, live, on 127.0.0.1.") { dir, port };
        command.SetAction(parse => Run(cli, parse.GetValue(dir)!, parse.GetValue(port)));
        return command;
    }

    private static int Run(CliContext cli, string dir, int port)
    {
        var full = cli.Resolve(dir);
        if (!Directory.Exists(full))
        {
            var printer = new DiagnosticPrinter(cli, DiagnosticFormat.Text, strict: false);
            var bag = new DiagnosticBag();
            bag.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(dir), $"'{dir}' is not a folder. Give the folder that holds the facts files, e.g. 'newsbrief serve examples/briefs'.");
            printer.Print(printer.Finalize(bag));
            return ExitCodes.Errors;
        }

        var project = new DeskProject(full, ProjectDirectory.Find([full, cli.CurrentDirectory]));
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(project, port).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            cli.Error.WriteLine($"newsbrief: cannot listen on 127.0.0.1:{port}: {e.Message} Try another port, or --port 0 for a free one.");
            return ExitCodes.Errors;
        }

        try
        {
            cli.Out.WriteLine($"Serving {project.Briefs().Count} brief(s) from {cli.Display(full)} at {server.Url}  (Ctrl+C to stop)");
            cli.Out.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return ExitCodes.Success;
    }
}
