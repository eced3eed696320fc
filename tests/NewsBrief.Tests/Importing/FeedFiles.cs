using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>The example feeds (copied from the contract's kinds-examples into Data/feeds) and a way to import them.</summary>
internal static class FeedFiles
{
    public static string Folder => RepoFiles.Data("feeds");

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    /// <summary>Runs <c>newsbrief import SOURCE FILE --out OUT</c> with the feed copied into <paramref name="dir"/> under its own name.</summary>
    public static CliRunner.Result Import(TempDir dir, string source, string feedText, string feedName, string outDir = "briefs", params string[] more)
    {
        var feed = dir.Write(feedName, feedText);
        return CliRunner.Run(dir.Path, ["import", source, feed, "--out", System.IO.Path.Combine(dir.Path, outDir), .. more]);
    }

    /// <summary>The briefs in an output folder, by file name, as text.</summary>
    public static SortedDictionary<string, string> Briefs(TempDir dir, string outDir = "briefs")
    {
        var folder = System.IO.Path.Combine(dir.Path, outDir);
        var briefs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                briefs[System.IO.Path.GetFileName(file)] = File.ReadAllText(file);
            }
        }

        return briefs;
    }

    /// <summary>The lines of a brief's <c>data:</c> block (from <c>data:</c> to the next top-level key or the end).</summary>
    public static string DataBlock(string brief)
    {
        var lines = brief.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("data:", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && l[0] != ' ' && l[0] != '#');
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]);
    }
}
