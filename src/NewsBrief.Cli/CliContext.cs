namespace NewsBrief.Cli;

/// <summary>Where a command reads and writes: real streams in the tool, captured ones in tests.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    /// <summary>True when stderr is a terminal a person watches (progress bars); false in tests and when redirected.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>True under CI (a <c>CI</c> environment variable): no progress bar even on a terminal.</summary>
    public bool IsCi { get; init; }

    /// <summary>Opens standard input (<c>check -</c>); tests give their own stream.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Resolves a user-given path against the current directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    /// <summary>A path as diagnostics show it: relative to the current directory when inside it, with '/'.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }
}
