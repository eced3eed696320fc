namespace NewsBrief.Cli;

/// <summary>
/// The offending line under a diagnostic, and a caret under its column: <c> 14 |     currency: USX</c>
/// then <c>    |               ^</c>. The terminal and the review page show the same two lines.
/// </summary>
internal sealed record DiagnosticExcerpt(string Quote, string Caret)
{
    /// <summary>Splits a file's text into lines as diagnostics count them.</summary>
    public static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The excerpt, or null when the line does not exist or would not help (binary or minified input).</summary>
    public static DiagnosticExcerpt? For(IReadOnlyList<string> lines, Diagnostics.SourceLocation location)
    {
        if (location.Line < 1 || location.Line > lines.Count)
        {
            return null;
        }

        var line = lines[location.Line - 1];
        if (line.Length > 200 || line.Any(c => char.IsControl(c) && c != '\t'))
        {
            return null;
        }

        var gutter = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var caretColumn = Math.Clamp(location.Column - 1, 0, line.Length);
        var pad = new string(line[..caretColumn].Select(c => c == '\t' ? '\t' : ' ').ToArray());
        return new DiagnosticExcerpt($" {gutter} | {line}", $" {new string(' ', gutter.Length)} | {pad}^");
    }
}
