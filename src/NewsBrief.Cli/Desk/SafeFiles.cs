namespace NewsBrief.Cli.Desk;

/// <summary>
/// Maps a URL path to a file under one root folder, or to nothing. Refuses, whatever the encoding:
/// <c>..</c> and <c>.</c> segments, empty segments (absolute paths, <c>//</c>), backslashes, drive
/// letters and colons, NUL and other control characters, hidden names (<c>.git</c>), and any
/// symbolic link on the way, even one that points inside the tree. What is left must resolve to a
/// regular file strictly under the root. Every refusal is the same answer: not found.
/// </summary>
internal static class SafeFiles
{
    private const int MaxDecodes = 4;

    /// <summary>The full path of the file <paramref name="urlPath"/> names under <paramref name="root"/>, or null.</summary>
    public static string? Resolve(string root, string? urlPath)
    {
        if (string.IsNullOrEmpty(urlPath) || urlPath.Length > 1024)
        {
            return null;
        }

        // Decode until stable, so %252e%252e (double-encoded ..) is judged as what it finally means.
        var path = urlPath;
        for (var i = 0; i < MaxDecodes; i++)
        {
            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                break;
            }

            path = decoded;
            if (i == MaxDecodes - 1)
            {
                return null; // still encoded after several rounds: refuse
            }
        }

        if (path.Any(c => char.IsControl(c) || c is '\\' or ':' or '%' or '~' || c is '\uFF0E' or '\uFF0F' or '\u2024' or '\u2215'))
        {
            return null;
        }

        var segments = path.Split('/');
        if (segments.Any(s => s.Length == 0 || s.StartsWith('.') || s.Length > 255))
        {
            return null; // absolute, '//' , '.', '..', hidden
        }

        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var current = rootFull;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return null; // a symbolic link: never followed
            }
        }

        var full = Path.GetFullPath(current);
        if (!full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        // Belt and braces: the resolved file must be the one named (no link anywhere in between).
        var real = new FileInfo(full);
        return real.Attributes.HasFlag(FileAttributes.ReparsePoint) ? null : full;
    }

    /// <summary>True when <paramref name="path"/> or a folder between it and <paramref name="root"/> is a symbolic link.</summary>
    public static bool CrossesLink(string root, string path)
    {
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var p = Path.GetFullPath(path); p.Length > rootFull.Length; p = Path.GetDirectoryName(p)!)
        {
            if (new FileInfo(p).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
