using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Cli;

/// <summary>
/// Prints diagnostics. Only the CLI prints; the library only collects. Text and GitHub output show
/// at most <see cref="MaxPrintedPerFile"/> diagnostics per file, then one line with how many more
/// of which codes (10,000 unused figures once printed 2.5 MB); JSON lists them all, for tools.
/// </summary>
internal sealed class DiagnosticPrinter(CliContext cli, DiagnosticFormat format, bool strict)
{
    /// <summary>Diagnostics printed per file in text and GitHub formats; the rest are counted.</summary>
    public const int MaxPrintedPerFile = 100;

    private readonly Dictionary<string, Func<string>> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> lines = new(StringComparer.Ordinal);

    /// <summary>Remembers a file's text so its lines can be quoted under a diagnostic (split only when quoted).</summary>
    public void AddSource(string displayPath, string text) => sources[displayPath] = () => text;

    /// <summary>Registers a source whose text is produced only if a diagnostic in it is quoted.</summary>
    public void AddSource(string displayPath, Func<string> text) => sources[displayPath] = text;

    /// <summary>Applies <c>--strict</c>: every warning becomes an error.</summary>
    public IReadOnlyList<Diagnostic> Finalize(DiagnosticBag bag) =>
        bag.Sorted().Select(d => strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d).ToList();

    /// <summary>Prints all diagnostics in the chosen format.</summary>
    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                PrintJson(diagnostics);
                break;
            case DiagnosticFormat.Github:
                foreach (var (d, more) in Capped(diagnostics))
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    // The summary line of a capped file stands for many diagnostics: it has no position.
                    var position = more is null && d.Location.HasPosition ? $",line={d.Location.Line},col={d.Location.Column}" : "";
                    var message = more ?? d.Message;
                    cli.Out.WriteLine($"::{level} file={Escape(d.Location.Path, true)}{position},title={(more is null ? d.Code : "more")}::{Escape(message, false)}");
                }

                break;
            default:
                foreach (var (d, more) in Capped(diagnostics))
                {
                    if (more is not null)
                    {
                        cli.Error.WriteLine($"{d.Location.Path}: {more}");
                        continue;
                    }

                    cli.Error.WriteLine(d.ToString());
                    PrintExcerpt(d.Location);
                }

                break;
        }
    }

    /// <summary>
    /// The diagnostics to print, file by file: the first <see cref="MaxPrintedPerFile"/> of each file
    /// as they are (more: null), then, when a file has more, one entry standing for the rest with the
    /// line that says so (the first left-out diagnostic carries its file and severity).
    /// </summary>
    private static IEnumerable<(Diagnostic Diagnostic, string? More)> Capped(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var file in diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal))
        {
            var all = file.ToList();
            foreach (var d in all.Take(MaxPrintedPerFile))
            {
                yield return (d, null);
            }

            if (all.Count > MaxPrintedPerFile)
            {
                var rest = all.Skip(MaxPrintedPerFile).ToList();
                var codes = rest.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key}: {g.Count().ToString("N0", CultureInfo.InvariantCulture)}");
                var errors = rest.Count(d => d.Severity == Severity.Error);
                var what = errors == rest.Count ? "errors" : errors == 0 ? "warnings" : "diagnostics";
                yield return (rest[0], $"... and {rest.Count.ToString("N0", CultureInfo.InvariantCulture)} more {what} ({string.Join(", ", codes)}) not shown; fix the ones above, or use --format json to list them all.");
            }
        }
    }

    private void PrintExcerpt(SourceLocation location)
    {
        if (!lines.TryGetValue(location.Path, out var split))
        {
            // Split once per file: a file with thousands of diagnostics must not be split for each.
            split = sources.TryGetValue(location.Path, out var source) ? DiagnosticExcerpt.Lines(source()) : null;
            lines[location.Path] = split;
        }

        if (split is not null && DiagnosticExcerpt.For(split, location) is { } excerpt)
        {
            cli.Error.WriteLine(excerpt.Quote);
            cli.Error.WriteLine(excerpt.Caret);
        }
    }

    private void PrintJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new JsonDiagnostic(
            d.Location.Path,
            d.Location.HasPosition ? d.Location.Line : null, // null: a path with no position (one that does not exist)
            d.Location.HasPosition ? d.Location.Column : null,
            d.Severity == Severity.Error ? "error" : "warning",
            d.Code,
            d.Message)).ToList();
        cli.Out.WriteLine(JsonSerializer.Serialize(items, JsonDiagnosticContext.Default.ListJsonDiagnostic));
    }

    // GitHub workflow command escaping: %, CR and LF always; ':' and ',' in properties.
    private static string Escape(string value, bool property)
    {
        var s = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? s.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : s;
    }
}

/// <summary>One diagnostic as <c>--format json</c> prints it (the names are the documented keys).</summary>
internal sealed record JsonDiagnostic(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>
/// Serialisation code for <see cref="JsonDiagnostic"/> written at compile time (System.Text.Json's
/// source generator): reflection-based serialisation is not available in the native (AOT) build.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<JsonDiagnostic>))]
internal sealed partial class JsonDiagnosticContext : JsonSerializerContext;
