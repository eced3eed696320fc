using System.Diagnostics;
using NewsBrief.Cli;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Which <c>newsbrief</c> the CLI-level tests run. By default the CLI assembly these tests were built
/// with (in-process, or as <c>dotnet NewsBrief.Cli.dll</c> for a child process). With the environment
/// variable <c>NEWSBRIEF_CLI</c> set to an executable (the native binary that
/// <c>dotnet publish src/NewsBrief.Cli -c Release -o DIR</c> makes, DIR/newsbrief), every command
/// goes to that executable as a child process instead: that is how CI proves the trimmed,
/// ahead-of-time compiled tool behaves like the JIT-compiled one (tools/test-native.sh).
/// </summary>
internal static class CliBinary
{
    public const string Variable = "NEWSBRIEF_CLI";

    /// <summary>The executable named by <c>NEWSBRIEF_CLI</c>, or null when unset.</summary>
    public static string? External { get; } = Find();

    /// <summary>A start of the tool in <paramref name="cwd"/> with <paramref name="args"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string cwd, IEnumerable<string> args)
    {
        ProcessStartInfo info;
        if (External is { } exe)
        {
            info = new ProcessStartInfo(exe);
        }
        else
        {
            info = new ProcessStartInfo("dotnet");
            info.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        info.WorkingDirectory = cwd;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    private static string? Find()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // A wrong path must fail every CLI test loudly, not quietly test the in-process tool instead.
        var full = Path.GetFullPath(value);
        return File.Exists(full)
            ? full
            : throw new InvalidOperationException($"{Variable}={value}: no such file (give the path of a published newsbrief executable, or unset it)");
    }
}
