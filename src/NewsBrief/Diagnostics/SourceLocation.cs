namespace NewsBrief.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for a whole file, when nothing more precise is known (an empty or unreadable file).</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
