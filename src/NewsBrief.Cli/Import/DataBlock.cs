namespace NewsBrief.Cli.Import;

/// <summary>
/// The top-level <c>data:</c> block of a facts file, replaced in place when a row is imported again:
/// the editor's lines around it (texts that replace the generated ones, tags, comments, a corrected
/// source) are kept as they are.
/// </summary>
internal static class DataBlock
{
    /// <summary>
    /// <paramref name="existing"/> with its <c>data:</c> block (the key line and every indented,
    /// blank or comment line after it, up to the next top-level line) replaced by <paramref name="data"/>,
    /// and the line the block starts on; (null, 0) when the file has no top-level <c>data:</c> key line.
    /// </summary>
    public static (string? Text, int Line) Replace(string existing, string data)
    {
        var lines = existing.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(IsDataKey);
        if (start < 0)
        {
            return (null, 0);
        }

        var end = start + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t' or '#'))
        {
            end++;
        }

        // Blank lines and comments at the block's end belong to what follows it.
        while (end - 1 > start && (lines[end - 1].Trim().Length == 0 || lines[end - 1][0] == '#'))
        {
            end--;
        }

        var replaced = lines.Take(start).Concat(data.TrimEnd('\n').Split('\n')).Concat(lines.Skip(end)).ToList();
        var text = string.Join('\n', replaced);
        return (text.EndsWith('\n') ? text : text + "\n", start + 1);
    }

    private static bool IsDataKey(string line) =>
        line.StartsWith("data:", StringComparison.Ordinal) && (line.Length == 5 || line[5..].TrimStart().Length == 0 || line[5..].TrimStart().StartsWith('#'));
}
