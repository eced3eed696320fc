using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Cli;

/// <summary>Prints diagnostics. Only the CLI prints; the library only collects.</summary>
internal sealed class DiagnosticPrinter(CliContext cli, DiagnosticFormat format, bool strict)
{
    private readonly Dictionary<string, Func<string>> sources = new(StringComparer.Ordinal);

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
                foreach (var d in diagnostics)
                {
                    var level = d.Severity == Severity.Error ? "error" : "warning";
                    var position = d.Location.HasPosition ? $",line={d.Location.Line},col={d.Location.Column}" : "";
                    cli.Out.WriteLine($"::{level} file={Escape(d.Location.Path, true)}{position},title={d.Code}::{Escape(d.Message, false)}");
                }

                break;
            default:
                foreach (var d in diagnostics)
                {
                    cli.Error.WriteLine(d.ToString());
                    PrintExcerpt(d.Location);
                }

                break;
        }
    }

    private void PrintExcerpt(SourceLocation location)
    {
        if (sources.TryGetValue(location.Path, out var source) && source() is var text
            && DiagnosticExcerpt.For(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), location) is { } excerpt)
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
