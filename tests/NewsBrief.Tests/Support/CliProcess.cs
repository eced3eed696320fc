using System.Diagnostics;
using NewsBrief.Cli;

namespace NewsBrief.Tests.Support;

/// <summary>
/// The built tool running as a child process (with the CLI's own runtimeconfig, or the executable
/// <c>NEWSBRIEF_CLI</c> names: <see cref="CliBinary"/>), whose stderr lines
/// can be waited for as they come: tests synchronise on what it prints, not on time.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly List<string> errorLines = [];
    private readonly object gate = new();
    private bool errorClosed;

    private CliProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (gate)
            {
                if (e.Data is null)
                {
                    errorClosed = true;
                }
                else
                {
                    errorLines.Add(e.Data);
                }

                Monitor.PulseAll(gate);
            }
        };
        process.BeginErrorReadLine();
        stdout = process.StandardOutput.ReadToEndAsync();
    }

    public bool HasExited => process.HasExited;

    /// <summary>Starts <c>newsbrief ARGS</c> in <paramref name="cwd"/>, with extra environment variables if any.</summary>
    public static CliProcess Start(string cwd, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = CliBinary.StartInfo(cwd, args);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        return new CliProcess(Process.Start(info)!);
    }

    /// <summary>
    /// Waits until the process prints a stderr line that <paramref name="match"/> accepts and returns
    /// it; fails when the process closes stderr without one, or after <paramref name="guard"/> (a
    /// failure guard, not a timing assumption).
    /// </summary>
    public string WaitForErrorLine(Func<string, bool> match, TimeSpan guard)
    {
        var deadline = Stopwatch.StartNew();
        lock (gate)
        {
            while (true)
            {
                if (errorLines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                var left = guard - deadline.Elapsed;
                if (errorClosed || left <= TimeSpan.Zero)
                {
                    Assert.Fail($"no such stderr line ({(errorClosed ? "stderr closed" : $"not within {guard.TotalSeconds} s")}); stderr so far:\n{string.Join('\n', errorLines)}");
                }

                Monitor.Wait(gate, left);
            }
        }
    }

    /// <summary>Waits for the process to end (failing after <paramref name="guard"/>) and returns its exit code and output.</summary>
    public CliRunner.Result WaitForExit(TimeSpan guard)
    {
        if (!process.WaitForExit(guard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsbrief did not finish within {guard.TotalSeconds} s; stderr so far:\n{Error()}");
        }

        process.WaitForExit(); // and for stderr's last lines
        return new CliRunner.Result(process.ExitCode, stdout.Result, Error());
    }

    /// <summary>SIGKILL on Unix: no handler, no cleanup, no flushing; returns once the process is gone.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private string Error()
    {
        lock (gate)
        {
            return string.Concat(errorLines.Select(l => l + "\n"));
        }
    }
}
