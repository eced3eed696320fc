using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Runs the browser and checker tools that tools/setup-test-deps.sh installs (Debian's chromium,
/// Java, tests/browser's npm packages). A missing tool fails the test with how to install it.
/// </summary>
internal static class ExternalTool
{
    public static string BrowserDir([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "browser"));

    public static string NodeModule(string relative)
    {
        var path = Path.Combine(BrowserDir(), "node_modules", relative);
        Assert.True(File.Exists(path), $"{relative} is missing: run 'bash tools/setup-test-deps.sh' (it installs chromium, Java and tests/browser's npm packages).");
        return path;
    }

    public static (int ExitCode, string Out, string Error) Run(string program, IEnumerable<string> args, string? cwd = null, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = cwd ?? BrowserDir(),
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' cannot be started ({e.Message}): run 'bash tools/setup-test-deps.sh'.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish in {timeoutSeconds} s");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
