using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Site;
using NewsBrief.Site.Sections;

namespace NewsBrief.Cli;

/// <summary>
/// <c>newsbrief build DIR --out SITE [--base-url URL] [--jobs N] [--page-size N] [--strict] [--format text|github|json] [--templates DIR] [--locales DIR]</c>:
/// the whole bilingual site, staged and swapped in only when every brief succeeded. Builds of one
/// SITE take turns (a lock on <c>.SITE.lock</c> next to it): a second one says it waits, once, on stderr.
/// <c>NEWSBRIEF_TIMINGS=1</c> prints each stage's time to stderr.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext cli)
    {
        var dir = new Argument<string>("DIR") { Description = "The folder of facts files (*.yml, searched recursively)." };
        var output = new Option<string>("--out") { Description = "The site folder; replaced as a whole when the build succeeds.", Required = true, HelpName = "SITE" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = $"The absolute http(s) URL the site is served at; canonical URLs, feeds and the sitemap use it. Default: {SiteOptions.DefaultBaseUrl}, which never resolves (a warning; an error with --strict).",
            HelpName = "URL",
        };
        // No default value shown in help: it would be this machine's core count.
        var jobs = new Option<int?>("--jobs") { Description = "Briefs rendered at once. Default: the number of cores.", HelpName = "N" };
        var pageSize = new Option<int?>("--page-size")
        {
            Description = $"Briefs per list page (front pages, kind, tag and month sections), 1 to {SiteSections.MaxPageSize}. Default: {SiteSections.DefaultPageSize}.",
            HelpName = "N",
        };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (the figure checks', a default --base-url) as errors: the site is then left as it was." };
        var format = CommonOptions.Format();
        var overrides = new OverrideOptions();
        var command = new Command("build", "Build the static site: a language chooser, an index, feed and page per brief in every locale, and a sitemap.")
        {
            dir, output, baseUrl, jobs, pageSize, strict, format, overrides.Templates, overrides.Locales,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(dir)!, parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(jobs) ?? Environment.ProcessorCount,
            parse.GetValue(pageSize) ?? SiteSections.DefaultPageSize, parse.GetValue(strict), parse.GetValue(format), overrides.Get(parse)));
        return command;
    }

    private static int Run(CliContext cli, string dir, string output, string? baseUrl, int jobs, int pageSize, bool strict, DiagnosticFormat format, ProjectOverrides overrides)
    {
        var url = SiteOptions.DefaultBaseUrl;
        if (baseUrl is not null && !TryParseBaseUrl(baseUrl, out url))
        {
            cli.Error.WriteLine($"newsbrief: '{baseUrl}' is not a base URL. Give an absolute http or https URL, for example https://news.example.org/briefs/.");
            return ExitCodes.Usage;
        }

        if (jobs < 1)
        {
            cli.Error.WriteLine("newsbrief: --jobs must be 1 or more.");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var timings = Environment.GetEnvironmentVariable("NEWSBRIEF_TIMINGS") == "1";
        var stage = TimeSpan.Zero;
        var allocated = 0L;
        void Time(string name)
        {
            if (timings)
            {
                var now = GC.GetTotalAllocatedBytes();
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"newsbrief build: timing: {name}: {(clock.Elapsed - stage).TotalSeconds:0.000} s, {(now - allocated) / 1048576} MB allocated"));
                stage = clock.Elapsed;
                allocated = now;
            }
        }

        var bag = new DiagnosticBag();
        var printer = new DiagnosticPrinter(cli, format, strict);
        if (pageSize is < 1 or > SiteSections.MaxPageSize)
        {
            bag.Add(DiagnosticDescriptors.PageSizeInvalid, SourceLocation.PathOnly("--page-size"),
                string.Create(CultureInfo.InvariantCulture, $"--page-size {pageSize} is not a number of briefs per page this build can make: give a whole number from 1 to {SiteSections.MaxPageSize} (default {SiteSections.DefaultPageSize})."));
            printer.Print(printer.Finalize(bag));
            cli.Error.WriteLine($"newsbrief build: failed; '{output}' is unchanged.");
            return ExitCodes.Errors;
        }

        if (File.Exists(cli.Resolve(dir)))
        {
            // Not read as a facts file: 'build README.md' would otherwise be told to rename README.md to a slug.
            bag.Add(DiagnosticDescriptors.BuildNeedsFolder, SourceLocation.PathOnly(cli.Display(cli.Resolve(dir))),
                $"'{dir}' is a file; build builds every facts file of a folder. Name the folder (for example 'newsbrief build {ParentOrDot(dir)} --out {output}'), or check one file with 'newsbrief check {dir}'.");
            printer.Print(printer.Finalize(bag));
            cli.Error.WriteLine($"newsbrief build: failed; '{output}' is unchanged.");
            return ExitCodes.Errors;
        }

        if (url == SiteOptions.DefaultBaseUrl)
        {
            bag.Add(DiagnosticDescriptors.DefaultBaseUrl, SourceLocation.PathOnly(output),
                $"No --base-url: canonical URLs, feeds and the sitemap point at {SiteOptions.DefaultBaseUrl}, which never resolves. Pass the URL the site is served at, for example --base-url https://news.example.org/briefs/.");
        }

        var files = FactsInput.Expand(cli, [dir], bag);
        Time("finding the facts files");
        var workspace = CommonOptions.LoadWorkspace(cli, files.Count > 0 ? files : [cli.Resolve(dir)], bag, overrides);
        Time("loading locales and templates");
        if (workspace is not null && (workspace.OverriddenTemplates.Count > 0 || workspace.OverriddenLocales.Count > 0))
        {
            // Said whenever a project's files change the shipped ones, so an override never acts silently.
            foreach (var line in OverrideOptions.Describe(cli, workspace))
            {
                cli.Error.WriteLine($"newsbrief build: {line}");
            }
        }

        SiteBuildResult? result = null;
        if (workspace is not null)
        {
            // The facts files are read as the build reaches them (never all at once); even after an
            // unreadable file the builder goes on with every other file, so all errors show at once.
            // Figure checks on every file the build parses, as check runs them (one checker per worker: its recognisers are not shared across threads).
            using var checkers = new ThreadLocal<FigureChecker>(() => new FigureChecker(workspace.Locales));
            using var progress = ProgressBar.Create(cli);
            result = SiteBuilder.Build(workspace, new FactsFiles(cli, files), new SiteOptions
            {
                OutputDirectory = cli.Resolve(output),
                InputFolders = [cli.Resolve(dir), .. new[] { workspace.Folders.Templates, workspace.Folders.Locales }.OfType<string>(), cli.CurrentDirectory],
                BaseUrl = url,
                Jobs = jobs,
                PageSize = pageSize,
                Progress = progress is null ? null : progress.Report,
                Timing = timings ? (name, _) => Time(name) : null,
                // stderr in every --format: stdout stays the diagnostics (annotations, one JSON array).
                WaitingForLock = () => cli.Error.WriteLine($"newsbrief build: waiting for another build of '{output}' to finish..."),
                CheckFacts = (facts, path, text, local) => checkers.Value!.Check(facts, new SourceText(path, text), local),
                // Only a file with a diagnostic is kept for the printer to quote (decoded only then).
                SourceQuoted = source => printer.AddSource(source.DisplayPath, () => source.Text),
                Strict = strict,
            }, bag);
        }

        printer.Print(printer.Finalize(bag));
        Time("printing diagnostics");
        if (timings)
        {
            cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"newsbrief build: timing: GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s, allocated {GC.GetTotalAllocatedBytes() / 1048576} MB; JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.000} s"));
        }
        if (result is not { Succeeded: true })
        {
            cli.Error.WriteLine($"newsbrief build: failed; '{output}' is unchanged.");
            return ExitCodes.Errors;
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        cli.Error.WriteLine($"newsbrief build: {result.Briefs} briefs, {result.Pages} pages in {seconds} s ({result.Rendered} rendered, {result.Reused} unchanged; {result.Parsed} facts {(result.Parsed == 1 ? "file" : "files")} parsed).");
        return ExitCodes.Success;
    }

    private static string ParentOrDot(string path) => Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";

    private static bool TryParseBaseUrl(string text, out Uri url)
    {
        url = SiteOptions.DefaultBaseUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0
            || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        url = new Uri(parsed.AbsoluteUri.TrimEnd('/') + "/"); // one trailing slash: https://owner.github.io/repo → .../repo/
        return true;
    }
}

/// <summary>The facts files of a build, read (capped, as every facts file) when the build reaches each.</summary>
internal sealed class FactsFiles(CliContext cli, IReadOnlyList<string> files) : ISiteSources
{
    public int Count => files.Count;

    public string DisplayPath(int index) => FactsInput.Display(cli, files[index]);

    public SiteSource? Read(int index, DiagnosticBag diagnostics) =>
        FactsInput.ReadBytes(cli, files[index], diagnostics) is { } bytes ? new SiteSource(files[index], DisplayPath(index), bytes) : null;
}

/// <summary>
/// A one-line progress bar on stderr, only on a terminal outside CI (no <c>CI</c> variable);
/// elsewhere the build prints just its summary line.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private readonly TextWriter error;
    private readonly Lock gate = new();
    private int lastPercent = -1;

    private ProgressBar(TextWriter error) => this.error = error;

    public static ProgressBar? Create(CliContext cli) =>
        cli.IsTerminal && !cli.IsCi ? new ProgressBar(cli.Error) : null;

    public void Report(int done, int total)
    {
        var percent = total == 0 ? 100 : (int)(done * 100L / total);
        lock (gate)
        {
            if (percent == lastPercent)
            {
                return;
            }

            lastPercent = percent;
            var filled = percent * 30 / 100;
            error.Write($"\r[{new string('#', filled)}{new string('-', 30 - filled)}] {percent,3}% {done}/{total} briefs");
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (lastPercent >= 0)
            {
                error.Write("\r\u001b[2K");
            }
        }
    }
}
