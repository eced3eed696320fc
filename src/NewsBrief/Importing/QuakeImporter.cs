using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Importing;

/// <summary>What one import did, for the closing line on stderr.</summary>
internal sealed record ImportOutcome(int Created, int Updated, int Unchanged, int Skipped, IReadOnlyList<string> Written);

/// <summary>
/// Turns agency reports into earthquake briefs in an output folder, idempotently: one brief per quake,
/// found again by the agency's event id, or, for another agency's report of the same quake, by origin
/// times within <see cref="MatchSeconds"/> and epicenters within <see cref="MatchKm"/>. An existing
/// brief is edited in place: only the lines of <c>date</c>, <c>kind</c>, <c>source</c> and <c>data</c>
/// are replaced, so the editor's overrides, tags and comments keep every byte; a file is written only
/// when its text changes, through a temporary file renamed over it.
/// </summary>
internal sealed partial class QuakeImporter(string outDir, Func<string, string> display, DiagnosticBag diagnostics)
{
    public const int MatchSeconds = 120;

    public const double MatchKm = 150;

    /// <summary>A brief larger than this is not one the import wrote (facts files are a few KB).</summary>
    public const int MaxBriefBytes = 1024 * 1024;

    private readonly List<State> states = [];
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DateOnly> blockedDays = [];

    /// <summary>Plans the briefs of <paramref name="reports"/> and writes them; <paramref name="feedDisplay"/> names the feed in diagnostics.</summary>
    public ImportOutcome Import(IReadOnlyList<QuakeReport> reports, string feedDisplay)
    {
        if (File.Exists(outDir))
        {
            diagnostics.Add(DiagnosticDescriptors.ImportOutput, SourceLocation.PathOnly(display(outDir)), "--out names a file; give the folder the briefs go in (it is made if missing).");
            return new ImportOutcome(0, 0, 0, reports.Count, []);
        }

        LoadExisting(reports);
        var skipped = 0;
        var seen = new Dictionary<(string, string), QuakeReport>();
        foreach (var report in reports.OrderBy(r => r.Time).ThenBy(r => QuakeBrief.Rank(r.Agency)).ThenBy(r => r.EventId, StringComparer.Ordinal))
        {
            var at = new SourceLocation(feedDisplay, report.Position.Line, report.Position.Column);
            if (seen.TryGetValue((report.Agency, report.EventId), out var earlier))
            {
                if (earlier != report && !SameValues(earlier, report))
                {
                    diagnostics.Add(DiagnosticDescriptors.FeedDuplicateEvent, at,
                        $"This event ({report.EventId}) is listed twice in the feed with different values; the first is imported, this one is skipped. The next download usually has one.");
                    skipped++;
                }

                continue;
            }

            seen[(report.Agency, report.EventId)] = report;
            var day = Wib(report.Time);
            if (blockedDays.Any(d => Math.Abs(d.DayNumber - day.DayNumber) <= 1))
            {
                // A brief of those days could not be read: this event may be its quake, and a second brief would duplicate it.
                skipped++;
                continue;
            }

            var match = Match(report);
            if (match is not null)
            {
                match.Brief = match.Brief.With(report);
                match.Touched = true;
            }
            else
            {
                var slug = QuakeBrief.SlugFor(report);
                for (var n = 2; taken.Contains(slug); n++)
                {
                    slug = QuakeBrief.SlugFor(report) + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                taken.Add(slug);
                states.Add(new State(slug, Path.Combine(outDir, slug + ".yml"), null) { Brief = new QuakeBrief(report, []), Touched = true });
            }
        }

        return Write(skipped);
    }

    private static bool SameValues(QuakeReport a, QuakeReport b) =>
        new QuakeBrief(a with { Position = default }, []).Block("data", "\n") == new QuakeBrief(b with { Position = default }, []).Block("data", "\n");

    private State? Match(QuakeReport report)
    {
        // The same agency's event: by its id (or, for a secondary report, by its own page's link).
        foreach (var state in states)
        {
            var brief = state.Brief;
            if ((brief.Primary.Agency == report.Agency && brief.Primary.EventId == report.EventId)
                || brief.Others.Any(o => o.Agency == report.Agency && o.Url == report.Url && report.Url != BmkgFeedReader.SourceUrl))
            {
                return state;
            }
        }

        // Another agency's report of the same quake: the nearest in time among briefs this agency has not reported.
        return states
            .Where(s => s.Brief.Primary.Agency != report.Agency && s.Brief.Others.All(o => o.Agency != report.Agency))
            .Select(s => (State: s, Seconds: Math.Abs((s.Brief.Primary.Time - report.Time).TotalSeconds),
                Km: Geo.DistanceKm((double)s.Brief.Primary.Lat, (double)s.Brief.Primary.Lon, (double)report.Lat, (double)report.Lon)))
            .Where(c => c.Seconds <= MatchSeconds && c.Km <= MatchKm)
            .OrderBy(c => c.Seconds).ThenBy(c => c.Km).ThenBy(c => c.State.Slug, StringComparer.Ordinal)
            .Select(c => c.State)
            .FirstOrDefault();
    }

    /// <summary>The briefs earlier imports wrote for the days of these reports (a day either side: WIB midnight, agency time differences).</summary>
    private void LoadExisting(IReadOnlyList<QuakeReport> reports)
    {
        if (!Directory.Exists(outDir))
        {
            return;
        }

        var days = reports.Select(r => Wib(r.Time).DayNumber).ToHashSet();
        foreach (var path in Directory.EnumerateFiles(outDir, "gempa-*.yml").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            taken.Add(slug);
            var m = SlugDay().Match(slug);
            if (!m.Success || !DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !days.Any(d => Math.Abs(d - day.DayNumber) <= 1))
            {
                continue;
            }

            var text = ReadText(path, out var problem);
            (QuakeBrief Brief, IReadOnlyList<KeySpan> Spans)? read = null;
            if (text is not null)
            {
                read = QuakeBriefReader.Read(text, out problem);
            }

            if (read is null)
            {
                if (problem is { } pr)
                {
                    blockedDays.Add(day);
                    diagnostics.Add(DiagnosticDescriptors.ImportExistingBrief, new SourceLocation(display(path), pr.Line, pr.Column),
                        $"{pr.Message} The import cannot update this brief, so it left the quakes of {day.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} (a day either side) alone. Fix the file (or delete it to have it written again) and import again.");
                }

                continue;
            }

            states.Add(new State(slug, path, (text!, read.Value.Spans)) { Brief = read.Value.Brief });
        }
    }

    private static string? ReadText(string path, out (int Line, int Column, string Message)? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0 || info.Length > MaxBriefBytes)
            {
                problem = (1, 1, info.Length > MaxBriefBytes ? "The brief is larger than 1 MiB: not one the import wrote." : "The brief is a symbolic link: the import writes only regular files.");
                return null;
            }

            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problem = (1, 1, e is DecoderFallbackException ? "The brief is not UTF-8 text." : $"The brief cannot be read: {e.Message}");
            return null;
        }
    }

    private ImportOutcome Write(int skipped)
    {
        int created = 0, updated = 0, unchanged = 0;
        var written = new List<string>();
        foreach (var state in states.Where(s => s.Touched).OrderBy(s => s.Slug, StringComparer.Ordinal))
        {
            var text = state.Existing is { } existing ? Splice(existing.Text, existing.Spans, state.Brief) : state.Brief.NewFile();
            if (state.Existing is { } old && old.Text == text)
            {
                unchanged++;
                continue;
            }

            try
            {
                Directory.CreateDirectory(outDir);
                var temp = Path.Combine(outDir, "." + state.Slug + ".yml.tmp-" + Guid.NewGuid().ToString("N")[..8]);
                File.WriteAllBytes(temp, new UTF8Encoding(false).GetBytes(text));
                File.Move(temp, state.Path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticDescriptors.ImportOutput, SourceLocation.PathOnly(display(state.Path)), $"Cannot write the brief: {e.Message}");
                continue;
            }

            written.Add(state.Path);
            if (state.Existing is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        return new ImportOutcome(created, updated, unchanged, skipped, written);
    }

    /// <summary>
    /// The existing text with each owned key's lines replaced by the brief's block for it (a missing
    /// owned key is appended), every other line as it was: the editor's part is never re-serialised.
    /// </summary>
    internal static string Splice(string text, IReadOnlyList<KeySpan> spans, QuakeBrief brief)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = SplitLines(text);
        var replacements = new List<(int First, int Last, string Text)>();
        var missing = new StringBuilder();
        foreach (var key in QuakeBrief.OwnedKeys)
        {
            var span = spans.FirstOrDefault(s => s.Key == key);
            if (span is null)
            {
                missing.Append(brief.Block(key, newline));
            }
            else
            {
                replacements.Add((span.FirstLine, Math.Min(span.LastLine, lines.Count), brief.Block(key, newline)));
            }
        }

        var sb = new StringBuilder(text.Length + 256);
        var line = 1;
        foreach (var (first, last, block) in replacements.OrderBy(r => r.First))
        {
            for (; line < first; line++)
            {
                sb.Append(lines[line - 1]);
            }

            sb.Append(block);
            line = last + 1;
        }

        for (; line <= lines.Count; line++)
        {
            sb.Append(lines[line - 1]);
        }

        if (missing.Length > 0)
        {
            if (sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append(newline);
            }

            sb.Append(missing);
        }

        return sb.ToString();
    }

    // Lines with their line breaks, so untouched lines are copied byte for byte (a last line without one stays so).
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static DateOnly Wib(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(BmkgText.Wib).DateTime);

    [GeneratedRegex(@"^gempa-(\d{8})-\d{6}(?:-\d+)?$")]
    private static partial Regex SlugDay();

    private sealed class State(string slug, string path, (string Text, IReadOnlyList<KeySpan> Spans)? existing)
    {
        public string Slug { get; } = slug;

        public string Path { get; } = path;

        public (string Text, IReadOnlyList<KeySpan> Spans)? Existing { get; } = existing;

        public required QuakeBrief Brief { get; set; }

        /// <summary>True when a report of this run is about this brief's quake.</summary>
        public bool Touched { get; set; }
    }
}
