using System.Diagnostics;

namespace NewsBrief.Fuzz;

/// <summary>
/// Ends the smoke and replay runs on an input that runs too long to wait for (an endless loop, or
/// time far beyond linear): prints it as a finding, saves it and exits 1, instead of hanging CI.
/// Under AFL++ its own timeout (-t) does this.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly TimeSpan limit;
    private readonly string? saveTo;
    private readonly Timer timer;
    private readonly Lock gate = new();
    private byte[]? current;
    private long started;

    public Watchdog(TimeSpan limit, string? saveTo)
    {
        this.limit = limit;
        this.saveTo = saveTo;
        timer = new Timer(_ => Check(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Marks the start of one input's run (null: between runs).</summary>
    public void Watch(byte[]? input)
    {
        lock (gate)
        {
            current = input;
            started = Stopwatch.GetTimestamp();
        }
    }

    public void Dispose() => timer.Dispose();

    private void Check()
    {
        byte[] input;
        lock (gate)
        {
            if (current is null || Stopwatch.GetElapsedTime(started) < limit)
            {
                return;
            }

            input = current;
        }

        string? saved = null;
        if (saveTo is not null)
        {
            Directory.CreateDirectory(saveTo);
            saved = Path.Combine(saveTo, "finding-hang.yml");
            File.WriteAllBytes(saved, input);
        }

        var error = new InvariantViolation("time not linear in input size", $"{input.Length} bytes still running after {limit.TotalSeconds:0} s; stopped");
        Console.WriteLine(new Finding(error.Invariant, error.Invariant, error, input).Describe(saved));
        Console.WriteLine("fuzz: stopped at an input that did not finish; 1 finding.");
        Console.Out.Flush();
        Environment.Exit(1);
    }
}
