namespace NewsBrief.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for a whole file, when nothing more precise is known (an empty or unreadable file).</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <summary>
    /// A path with no position in it (line and column 0): one that does not exist, or a folder.
    /// Printed as the bare path, so nobody looks for a line 1 in a file that is not there.
    /// </summary>
    public static SourceLocation PathOnly(string path) => new(path, 0, 0);

    /// <summary>False for <see cref="PathOnly"/> locations.</summary>
    public bool HasPosition => Line > 0;

    /// <inheritdoc/>
    public override string ToString() => HasPosition ? $"{Path}:{Line}:{Column}" : Path;
}
