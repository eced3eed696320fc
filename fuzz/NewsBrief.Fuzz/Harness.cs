using System.Diagnostics;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Importing;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Fuzz;

/// <summary>Which part of NewsBrief an input goes through.</summary>
internal enum Target
{
    /// <summary>What <c>newsbrief check</c> does with one file: parse, figure checks, render every locale in memory.</summary>
    Facts,

    /// <summary><see cref="Facts"/>, then, when check accepts the file, render every locale (md and html) and build a site.</summary>
    Site,

    /// <summary>What <c>newsbrief import bmkg|usgs</c> does with a feed: read it as both agencies' feeds, write the briefs, import again (nothing may change).</summary>
    Import,
}

/// <summary>An input broke one of the harness's invariants (an escaped exception is the third).</summary>
internal sealed class InvariantViolation(string invariant, string detail) : Exception($"{invariant}: {detail}")
{
    /// <summary>Which invariant, in a few stable words (the signature findings are grouped by).</summary>
    public string Invariant { get; } = invariant;
}

/// <summary>
/// Runs one input through a <see cref="Target"/> and asserts the invariants of issue 9:
/// no exception escapes (the CLI would print "internal error"), whatever check accepts renders
/// and builds, and the time taken is linear in the input's size (under a generous per-KB bound).
/// Any breach throws: an escaped exception as itself, the others as <see cref="InvariantViolation"/>.
/// </summary>
internal sealed class Harness
{
    /// <summary>The name every input is checked under: a valid slug, so the slug rule never hides the rest.</summary>
    public const string FileName = "fuzz-input.yml";

    // The time bound: a fixed allowance (first use of a code path, a site build's file writes, a
    // loaded machine) plus so much per KB. Parsing and rendering a facts file takes well under
    // 1 ms per KB here; a quadratic scan of 40 KB took 9.8 s. Generous on purpose: a finding must
    // be a real super-linear cost, never a slow machine.
    private readonly TimeSpan baseAllowance;
    private readonly TimeSpan perKilobyte;

    private readonly Workspace workspace;
    private readonly FigureChecker checker;
    private readonly string scratch;
    private int builds;

    private Harness(Workspace workspace, string scratch, TimeSpan baseAllowance, TimeSpan perKilobyte)
    {
        this.workspace = workspace;
        this.scratch = scratch;
        this.baseAllowance = baseAllowance;
        this.perKilobyte = perKilobyte;
        checker = new FigureChecker(workspace.Locales);
    }

    /// <summary>Deletes the folder builds went to (each build's own folder is deleted after it).</summary>
    public void DeleteScratch()
    {
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Loads the repository's locales and templates from <paramref name="root"/>; builds go under <paramref name="scratch"/>.</summary>
    public static Harness Load(string root, string scratch, TimeSpan baseAllowance, TimeSpan perKilobyte)
    {
        var bag = new DiagnosticBag();
        var workspace = Workspace.Load(root, bag)
            ?? throw new InvalidOperationException($"The locales and templates under '{root}' do not load:\n{string.Join('\n', bag.Sorted())}");
        Directory.CreateDirectory(scratch);
        return new Harness(workspace, scratch, baseAllowance, perKilobyte);
    }

    /// <summary>
    /// Runs <paramref name="input"/> through <paramref name="target"/>; throws on any breach. Returns
    /// whether check accepted it. Time is the process's CPU time, not the clock's: on a machine shared
    /// with other work the clock counts their time too, and a loaded CI host must not make a finding.
    /// A run over the bound is run again, and is a finding only when it is over the bound twice.
    /// </summary>
    public bool Run(Target target, byte[] input)
    {
        var bound = baseAllowance + perKilobyte * (input.Length / 1024.0);
        var (accepted, took) = Timed(target, input);
        if (took > bound)
        {
            (_, var again) = Timed(target, input);
            took = again < took ? again : took;
        }

        if (took > bound)
        {
            throw new InvariantViolation("time not linear in input size",
                $"{input.Length} bytes took {took.TotalMilliseconds:0} ms of CPU time, over the bound of {bound.TotalMilliseconds:0} ms " +
                $"({baseAllowance.TotalMilliseconds:0} ms + {perKilobyte.TotalMilliseconds:0} ms per KB)");
        }

        return accepted;
    }

    private (bool Accepted, TimeSpan CpuTime) Timed(Target target, byte[] input)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var accepted = target switch { Target.Facts => Check(input, out _), Target.Import => ImportFeed(input), _ => CheckRenderBuild(input) };
        process.Refresh();
        return (accepted, process.TotalProcessorTime - before);
    }

    /// <summary>As <c>newsbrief check</c>: parse, figure checks, every locale rendered in memory, every diagnostic printed.</summary>
    private bool Check(byte[] input, out FactFile? facts)
    {
        var text = TextDecoding.Decode(input);
        var bag = new DiagnosticBag();
        facts = workspace.ParseFacts(text, FileName, bag);
        if (facts is not null)
        {
            checker.Check(facts, new SourceText(FileName, text), bag);
            foreach (var locale in workspace.Locales.Codes)
            {
                workspace.Renderer.Render(facts, locale, bag);
            }
        }

        foreach (var diagnostic in bag.Sorted())
        {
            _ = diagnostic.ToString(); // what the CLI prints
        }

        return facts is not null && !bag.HasErrors;
    }

    /// <summary>
    /// <see cref="Check"/>; when it accepts the input (no errors: so also whatever <c>check --strict</c>
    /// accepts), every locale must render to Markdown and HTML and a site must build.
    /// </summary>
    private bool CheckRenderBuild(byte[] input)
    {
        if (!Check(input, out var facts) || facts is null)
        {
            return false;
        }

        var bag = new DiagnosticBag();
        foreach (var locale in workspace.Locales.Codes)
        {
            var brief = workspace.Renderer.Render(facts, locale, bag);
            if (brief is null || brief.Markdown.Length == 0 || brief.Html.Length == 0 || bag.HasErrors)
            {
                throw new InvariantViolation("accepted by check but does not render",
                    $"locale {locale}: {string.Join(" | ", bag.Sorted())}");
            }
        }

        var run = Path.Combine(scratch, $"build-{Interlocked.Increment(ref builds)}");
        Directory.CreateDirectory(run);
        try
        {
            var path = Path.Combine(run, FileName);
            var result = SiteBuilder.Build(workspace, [new SiteSource(path, FileName, input)],
                new SiteOptions { OutputDirectory = Path.Combine(run, "site"), Jobs = 1 }, bag);
            if (!result.Succeeded || bag.HasErrors)
            {
                throw new InvariantViolation("accepted by check but does not build",
                    string.Join(" | ", bag.Sorted()));
            }
        }
        finally
        {
            Directory.Delete(run, recursive: true);
        }

        return true;
    }

    /// <summary>
    /// As <c>newsbrief import bmkg</c> and <c>import usgs</c>: the feed read as either agency's, the
    /// events written as briefs into a fresh folder, then imported again, which must change no byte.
    /// </summary>
    private bool ImportFeed(byte[] input)
    {
        const string feed = "feed.json";
        var bag = new DiagnosticBag();
        var root = FeedFile.Parse(input, feed, bag);
        if (root is null)
        {
            return false;
        }

        var reports = new[] { BmkgFeedReader.Read(root, feed, bag), UsgsFeedReader.Read(root, feed, UsgsFilter.None, bag) }
            .Where(r => r is not null).SelectMany(r => r!.Reports).ToList();
        foreach (var diagnostic in bag.Sorted())
        {
            _ = diagnostic.ToString();
        }

        if (reports.Count == 0)
        {
            return false;
        }

        var run = Path.Combine(scratch, $"import-{Interlocked.Increment(ref builds)}");
        try
        {
            new QuakeImporter(run, p => p, bag).Import(reports, feed);
            var again = new QuakeImporter(run, p => p, new DiagnosticBag()).Import(reports, feed);
            if (again.Written.Count > 0)
            {
                throw new InvariantViolation("import not idempotent", $"a second import of the same feed rewrote {string.Join(", ", again.Written.Select(Path.GetFileName))}");
            }
        }
        finally
        {
            if (Directory.Exists(run))
            {
                Directory.Delete(run, recursive: true);
            }
        }

        return true;
    }
}
