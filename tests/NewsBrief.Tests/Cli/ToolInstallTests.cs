using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Issue 14, points 1 and 2: the README's install story, run for real. The CLI is packed, installed
/// from the package by its id <c>newsbrief</c> into a tool folder (no network: a nuget.config with
/// only the pack folder), and run; a story written by the installed tool keeps a schema pointer
/// that still resolves after the tool is uninstalled and installed somewhere else.
/// </summary>
public sealed class ToolInstallTests
{
    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    /// <summary>The dotnet folder of the running runtime, for the tool's launcher (DOTNET_ROOT).</summary>
    private static string DotnetRoot =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private static (int ExitCode, string Out, string Error) Run(string program, string cwd, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = cwd };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_ROOT"] = DotnetRoot;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 300 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void PackedTool_InstallsAsNewsbrief_Runs_AndItsStoriesSchemaPointerSurvivesReinstalling()
    {
        using var dir = new TempDir();
        var pack = Path.Combine(dir.Path, "pack");
        var configuration = typeof(ToolInstallTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var version = typeof(NewsBrief.Cli.CliContext).Assembly.GetName().Version!;

        // The tests built the CLI already: pack that build, as 'dotnet pack src/NewsBrief.Cli' would.
        var packed = Run("dotnet", SourceRoot(), "pack", "src/NewsBrief.Cli", "--no-build", "-c", configuration, "-o", pack, "--nologo");
        Assert.True(packed.ExitCode == 0, packed.Out + packed.Error);
        var package = $"newsbrief.{version.Major}.{version.Minor}.{version.Build}.nupkg";
        Assert.Equal([package], Directory.GetFiles(pack, "*.nupkg").Select(Path.GetFileName));

        File.WriteAllText(Path.Combine(dir.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="pack" value="{pack}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(dir.Path, "tools-a");
        var install = Run("dotnet", dir.Path, "tool", "install", "--tool-path", tools, "--configfile", "nuget.config", "newsbrief");
        Assert.True(install.ExitCode == 0, install.Out + install.Error);

        var newsbrief = Path.Combine(tools, "newsbrief");
        var help = Run(newsbrief, dir.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  newsbrief [command] [options]", help.Out, StringComparison.Ordinal);

        // A newsroom's project: new writes the schema into it and points at it relatively.
        var project = Path.Combine(dir.Path, "newsroom");
        Directory.CreateDirectory(Path.Combine(project, ".git"));
        var created = Run(newsbrief, project, "new", "rice-prices", "--dir", "briefs");
        Assert.True(created.ExitCode == 0, created.Error);
        var story = Path.Combine(project, "briefs", "rice-prices.yml");
        var pointer = File.ReadLines(story).First()["# yaml-language-server: $schema=".Length..];
        Assert.Equal("../.newsbrief/facts.schema.json", pointer);

        // The skeleton cannot be published as it stands (NB1044 at each TODO); filled in, it checks clean.
        var unfilled = Run(newsbrief, project, "check", "briefs");
        Assert.Equal(1, unfilled.ExitCode);
        Assert.Contains("NB1044", unfilled.Error, StringComparison.Ordinal);
        File.WriteAllText(story, File.ReadAllText(story).Replace("TODO ", "", StringComparison.Ordinal));
        var check = Run(newsbrief, project, "check", "briefs");
        Assert.True(check.ExitCode == 0, check.Error);
        var build = Run(newsbrief, project, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(project, "site", "en", "rice-prices", "index.html")));

        // The tool goes and comes back elsewhere (an update, a colleague's machine): the pointer still resolves.
        Assert.Equal(0, Run("dotnet", dir.Path, "tool", "uninstall", "--tool-path", tools, "newsbrief").ExitCode);
        Assert.False(File.Exists(newsbrief));
        var elsewhere = Path.Combine(dir.Path, "tools-b");
        Assert.Equal(0, Run("dotnet", dir.Path, "tool", "install", "--tool-path", elsewhere, "--configfile", "nuget.config", "newsbrief").ExitCode);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(project, "briefs", pointer))));
        var rewrite = Run(Path.Combine(elsewhere, "newsbrief"), project, "schema", "--write");
        Assert.Equal(0, rewrite.ExitCode);
        Assert.Contains("is up to date", rewrite.Error, StringComparison.Ordinal);
        var second = Run(Path.Combine(elsewhere, "newsbrief"), project, "new", "fuel-subsidy", "--dir", "briefs");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(File.ReadLines(story).First(), File.ReadLines(Path.Combine(project, "briefs", "fuel-subsidy.yml")).First());
    }
}
