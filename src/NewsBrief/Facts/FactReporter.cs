using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Reports the diagnostics of one facts file: positions from source indexes, and a cap so a
/// hostile file (100,000 aliases) cannot flood the output.
/// </summary>
internal sealed class FactReporter(string path, string text, DiagnosticBag bag)
{
    /// <summary>Diagnostics kept per file; one more says the reader stopped.</summary>
    public const int MaxDiagnostics = 100;

    private int[]? lineStarts;
    private int count;

    public string Path { get; } = path;

    public string Text { get; } = text;

    /// <summary>Errors reported for this file so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>True once the cap is reached: readers should stop.</summary>
    public bool IsFull => count >= MaxDiagnostics;

    public SourceLocation At(int line, int column) => new(Path, line, column);

    public SourceLocation Start => SourceLocation.StartOf(Path);

    /// <summary>The 1-based line and column of a character index (lines end at <c>\n</c>).</summary>
    public SourceLocation AtIndex(int index)
    {
        lineStarts ??= ComputeLineStarts(Text);
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(Path, line + 1, index - lineStarts[line] + 1);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message)
    {
        if (count >= MaxDiagnostics)
        {
            return;
        }

        count++;
        if (descriptor.Severity == Severity.Error)
        {
            ErrorCount++;
        }

        bag.Add(descriptor, location, message);
        if (count == MaxDiagnostics)
        {
            ErrorCount++;
            bag.Add(DiagnosticDescriptors.FactsTooManyErrors, location,
                $"Stopped reading after {MaxDiagnostics} problems in this file; fix these and run the check again.");
        }
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
