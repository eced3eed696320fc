using System.Diagnostics;
using System.Globalization;
using SharpFuzz;

namespace NewsBrief.Fuzz;

/// <summary>
/// The fuzz harness's commands (docs/fuzzing.md); tools/fuzz.sh runs them.
/// <code>
/// NewsBrief.Fuzz afl facts|site --root REPO                   under afl-fuzz (SharpFuzz): one input per run, from stdin
/// NewsBrief.Fuzz replay facts|site --root REPO PATH...        each file (or every file of each folder) once; exit 1 on a finding
/// NewsBrief.Fuzz minimize facts|site --root REPO FILE OUT     shrinks a finding's input, keeping what it breaks
/// NewsBrief.Fuzz seeds --root REPO --out DIR PATH...          copies the inputs that break nothing (AFL++ stops on a seed that crashes)
/// NewsBrief.Fuzz smoke --root REPO --execs N --seed S --dict F [--out DIR] [--target site|import] CORPUS...
///                                                             CI's bounded run: the corpus, then N seeded mutants (target: site)
/// </code>
/// Options for all: --time-base-ms MS and --time-per-kb-ms MS (the time bound, in CPU time; default 3000 and 30);
/// for smoke and replay, --hang-seconds S (an input still running after S seconds stops the run as a finding; default 120).
/// </summary>
internal static class Program
{
    /// <summary>The CLI reads no facts file over 1 MiB; the harness skips what the CLI would refuse.</summary>
    private const int MaxInputBytes = 1024 * 1024;

    public static int Main(string[] args)
    {
        // As the CLI: output never depends on the machine's culture.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var options = Options.Parse(args);
            return options.Command switch
            {
                "afl" => Afl(options),
                "replay" => Replay(options),
                "minimize" => Minimize(options),
                "smoke" => Smoke(options),
                "seeds" => Seeds(options),
                _ => throw new ArgumentException($"unknown command '{options.Command}'"),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"NewsBrief.Fuzz: {e.Message}");
            Console.Error.WriteLine("usage: NewsBrief.Fuzz afl|replay|minimize facts|site --root REPO [FILES...]; NewsBrief.Fuzz smoke --root REPO --execs N --seed S --dict FILE CORPUS...");
            return 2;
        }
    }

    private static Harness Load(Options options, string? scratch = null) =>
        Harness.Load(options.Root, scratch ?? Path.Combine(Path.GetTempPath(), $"newsbrief-fuzz-{Environment.ProcessId}"),
            TimeSpan.FromMilliseconds(options.TimeBaseMs), TimeSpan.FromMilliseconds(options.TimePerKbMs));

    /// <summary>Under afl-fuzz: SharpFuzz's in-process fork server runs every input through the target; anything thrown is a crash.</summary>
    private static int Afl(Options options)
    {
        // Instrumented code may run only inside Fuzzer.Run (it writes to AFL's shared memory, mapped
        // there), so the workspace loads on the first input: SharpFuzz's setup run, not counted.
        Harness? harness = null;
        var target = options.Target;
        Fuzzer.Run(stream =>
        {
            // afl-fuzz ends this process with a signal, so nothing deletes its scratch folder: one
            // fixed folder per target under fuzz/out, reused by the next run, instead of one per process in /tmp.
            harness ??= Load(options, Path.Combine(options.Root, "fuzz", "out", $"scratch-{target.ToString().ToLowerInvariant()}"));
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (buffer.Length <= MaxInputBytes)
            {
                harness.Run(target, buffer.ToArray());
            }
        });
        return 0;
    }

    private static int Replay(Options options)
    {
        var harness = Load(options);
        var files = Expand(options.Paths);
        using var dog = watchdog = new Watchdog(TimeSpan.FromSeconds(options.HangSeconds), null);
        Warm(harness, files.Select(File.ReadAllBytes), options.Target);
        var findings = 0;
        foreach (var file in files)
        {
            var input = File.ReadAllBytes(file);
            if (TryRun(harness, options.Target, input) is { } finding)
            {
                findings++;
                Console.WriteLine($"{file}:");
                Console.WriteLine(finding.Describe(null));
            }
        }

        Console.WriteLine($"replay: {files.Count} files, {findings} finding(s).");
        harness.DeleteScratch();
        return findings > 0 ? 1 : 0;
    }

    private static int Minimize(Options options)
    {
        if (options.Paths.Count != 2)
        {
            throw new ArgumentException("minimize takes FILE OUT");
        }

        var harness = Load(options);
        var input = File.ReadAllBytes(options.Paths[0]);
        Warm(harness, [input], options.Target);
        if (TryRun(harness, options.Target, input) is not { } finding)
        {
            Console.WriteLine("minimize: the input breaks no invariant; nothing to do.");
            return 1;
        }

        var small = Minimizer.Minimize(harness, options.Target, finding, TimeSpan.FromSeconds(120));
        File.WriteAllBytes(options.Paths[1], small);
        Console.WriteLine($"minimize: {input.Length} -> {small.Length} bytes, still '{finding.Signature}'; written to {options.Paths[1]}");
        Console.WriteLine(Finding.Of(finding.Error, small).Describe(options.Paths[1]));
        harness.DeleteScratch();
        return 0;
    }

    /// <summary>
    /// CI's bounded run: every corpus file as it is, then <c>--execs</c> mutants (seeded, so the same
    /// inputs every run). Each distinct finding is shrunk, saved under <c>--out</c> and printed; exit 1 if any.
    /// </summary>
    private static int Smoke(Options options)
    {
        var clock = Stopwatch.StartNew();
        var harness = Load(options);
        var files = Expand(options.Paths);
        var corpus = files.Select(File.ReadAllBytes).ToList();
        if (corpus.Count == 0)
        {
            throw new ArgumentException("smoke needs a corpus: no files in " + string.Join(", ", options.Paths));
        }

        var tokens = options.Dictionary is null ? [] : Mutator.ReadDictionary(options.Dictionary);
        var mutator = new Mutator(new Random(options.Seed), tokens);
        var pick = new Random(options.Seed + 1);
        using var dog = watchdog = new Watchdog(TimeSpan.FromSeconds(options.HangSeconds), options.Out);
        Warm(harness, corpus, options.Target);

        var findings = new Dictionary<string, (Finding Finding, string Input)>(StringComparer.Ordinal);
        var accepted = new List<byte[]>();
        var slowest = (Time: TimeSpan.Zero, Exec: 0, Bytes: 0);
        void Record(Finding? finding, string what)
        {
            if (finding is not null && !findings.ContainsKey(finding.Signature))
            {
                findings[finding.Signature] = (finding, what);
            }
        }

        for (var i = 0; i < files.Count; i++)
        {
            Record(TryRun(harness, options.Target, corpus[i], accepted), $"corpus file {files[i]}");
        }

        for (var exec = 1; exec <= options.Execs; exec++)
        {
            // Half the parents are inputs check accepted: mutants of valid files reach the renderer and the build.
            var parent = accepted.Count > 0 && pick.Next(2) == 0 ? accepted[pick.Next(accepted.Count)] : corpus[pick.Next(corpus.Count)];
            var input = mutator.Mutate(parent, corpus);
            var started = Stopwatch.GetTimestamp();
            Record(TryRun(harness, options.Target, input, accepted.Count < 1000 ? accepted : null), $"mutant {exec} (seed {options.Seed})");
            var took = Stopwatch.GetElapsedTime(started);
            if (took > slowest.Time)
            {
                slowest = (took, exec, input.Length);
            }
        }

        var ran = clock.Elapsed;
        var n = 0;
        foreach (var (finding, what) in findings.Values)
        {
            n++;
            var small = Minimizer.Minimize(harness, options.Target, finding, TimeSpan.FromSeconds(20));
            string? saved = null;
            if (options.Out is { } outDir)
            {
                Directory.CreateDirectory(outDir);
                saved = Path.Combine(outDir, $"finding-{n}.yml");
                File.WriteAllBytes(saved, small);
            }

            Console.WriteLine($"{what}:");
            Console.WriteLine(Finding.Of(finding.Error, small).Describe(saved));
        }

        harness.DeleteScratch();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz smoke: {files.Count} corpus files and {options.Execs} mutants (seed {options.Seed}) in {ran.TotalSeconds:0.0} s, {accepted.Count} accepted by check, slowest mutant {slowest.Exec} ({slowest.Bytes} bytes) {slowest.Time.TotalSeconds:0.00} s; {findings.Count} finding(s)."));
        return findings.Count > 0 ? 1 : 0;
    }

    /// <summary>
    /// AFL++'s starting inputs: every file of the corpus that breaks no invariant and is at most
    /// 64 KB (small seeds mutate faster), named by number. The ones left out are listed: they are findings.
    /// </summary>
    private static int Seeds(Options options)
    {
        var outDir = options.Out ?? throw new ArgumentException("seeds needs --out DIR");
        var harness = Load(options);
        var files = Expand(options.Paths);
        Warm(harness, files.Select(File.ReadAllBytes), options.Target);
        Directory.CreateDirectory(outDir);
        var kept = 0;
        foreach (var file in files)
        {
            var input = File.ReadAllBytes(file);
            if (input.Length > 64 * 1024)
            {
                continue;
            }

            if (TryRun(harness, options.Target, input) is { } finding)
            {
                Console.WriteLine($"seeds: left out {file}: {finding.Signature}");
                continue;
            }

            File.WriteAllBytes(Path.Combine(outDir, string.Create(CultureInfo.InvariantCulture, $"seed-{kept++:D3}.yml")), input);
        }

        Console.WriteLine($"seeds: {kept} of {files.Count} files in {outDir}");
        harness.DeleteScratch();
        return kept > 0 ? 0 : 1;
    }

    /// <summary>Set by smoke and replay: stops the run at an input that takes minutes.</summary>
    private static Watchdog? watchdog;

    private static Finding? TryRun(Harness harness, Target target, byte[] input, List<byte[]>? accepted = null)
    {
        if (input.Length > MaxInputBytes)
        {
            return null;
        }

        watchdog?.Watch(input);
        try
        {
            if (harness.Run(target, input))
            {
                accepted?.Add(input);
            }

            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Finding.Of(e, input);
        }
        finally
        {
            watchdog?.Watch(null);
        }
    }

    /// <summary>Runs inputs once, outcome ignored, so first-use costs (JIT, caches) do not count against the time bound.</summary>
    private static void Warm(Harness harness, IEnumerable<byte[]> inputs, Target target = Target.Site)
    {
        foreach (var input in inputs.Take(20))
        {
            _ = TryRun(harness, target, input);
        }
    }

    private static List<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Where(p => !p.EndsWith(".tsv", StringComparison.Ordinal) && !p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private sealed class Options
    {
        public string Command { get; private set; } = "";

        public Target Target { get; private set; } = Target.Site;

        public string Root { get; private set; } = ".";

        public int Execs { get; private set; } = 1000;

        public int Seed { get; private set; } = 1;

        public string? Dictionary { get; private set; }

        public string? Out { get; private set; }

        public double TimeBaseMs { get; private set; } = 3000;

        public double TimePerKbMs { get; private set; } = 30;

        public double HangSeconds { get; private set; } = 120;

        public List<string> Paths { get; } = [];

        public static Options Parse(string[] args)
        {
            if (args.Length == 0)
            {
                throw new ArgumentException("no command");
            }

            var o = new Options { Command = args[0] };
            var i = 1;
            if (o.Command is "afl" or "replay" or "minimize")
            {
                if (args.Length < 2 || !Enum.TryParse<Target>(args[1], ignoreCase: true, out var target))
                {
                    throw new ArgumentException($"{o.Command} needs a target: facts, site or import");
                }

                o.Target = target;
                i = 2;
            }

            for (; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--root": o.Root = Value(); break;
                    case "--target": o.Target = Enum.Parse<Target>(Value(), ignoreCase: true); break;
                    case "--execs": o.Execs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--seed": o.Seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--dict": o.Dictionary = Value(); break;
                    case "--out": o.Out = Value(); break;
                    case "--time-base-ms": o.TimeBaseMs = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--time-per-kb-ms": o.TimePerKbMs = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--hang-seconds": o.HangSeconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                    default: o.Paths.Add(args[i]); break;
                }
            }

            return o;
        }
    }
}
