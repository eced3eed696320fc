using System.Diagnostics;
using NewsBrief.Cli;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Runs the <c>newsbrief</c> command in-process, or as a real child process; with
/// <c>NEWSBRIEF_CLI</c> set (<see cref="CliBinary"/>), always as a child process of that executable.
/// </summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>Runs in-process with captured streams; <paramref name="cwd"/> is the current folder.</summary>
    public static Result Run(string cwd, params string[] args) => Run(cwd, terminal: false, ci: false, args);

    /// <summary>Runs in-process with <paramref name="input"/> as standard input (<c>check -</c>).</summary>
    public static Result RunWithInput(string cwd, Func<Stream> input, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new CliContext(stdout, stderr, cwd) { OpenInput = input });
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool as a child process with <paramref name="input"/> written to its standard input (a real pipe).</summary>
    public static Result SpawnWithInput(string cwd, byte[] input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cwd,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var outTask = process.StandardOutput.ReadToEndAsync();
        var errTask = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool stopped reading (it read what it needed): what it printed is the answer.
        }

        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsbrief {string.Join(' ', args)} did not finish in 60 s");
        }

        return new Result(process.ExitCode, outTask.Result, errTask.Result);
    }

    /// <summary>Runs in-process as if stderr were a terminal (<paramref name="terminal"/>) and under CI (<paramref name="ci"/>).</summary>
    public static Result Run(string cwd, bool terminal, bool ci, params string[] args)
    {
        // A child process's stderr here is a pipe, never a terminal: the few tests that pretend to
        // be a terminal stay in-process (they test the progress display, not the compiled tool).
        if (CliBinary.External is not null && !terminal)
        {
            return Spawn(cwd, new Dictionary<string, string?> { ["CI"] = ci ? "true" : null }, args);
        }

        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new CliContext(stdout, stderr, cwd) { IsTerminal = terminal, IsCi = ci });
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool as a child process with extra environment variables.</summary>
    public static Result Spawn(string cwd, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Spawn(cwd, environment.ToDictionary(e => e.Key, string? (e) => e.Value), args);

    /// <summary>Runs the built tool as a child process; a null value removes that variable.</summary>
    private static Result Spawn(string cwd, Dictionary<string, string?> environment, string[] args)
    {
        var info = CliBinary.StartInfo(cwd, args);
        foreach (var (k, v) in environment)
        {
            if (v is null)
            {
                info.Environment.Remove(k);
            }
            else
            {
                info.Environment[k] = v;
            }
        }

        using var process = Process.Start(info)!;
        var outTask = process.StandardOutput.ReadToEndAsync();
        var errTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsbrief {string.Join(' ', args)} did not finish in 60 s");
        }

        return new Result(process.ExitCode, outTask.Result, errTask.Result);
    }
}
