namespace NewsBrief.Diagnostics;

/// <summary>Collects the diagnostics of one run. Every stage adds to it; only the CLI prints it.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            lock (gate)
            {
                return items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Number of diagnostics collected.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    /// <summary>Adds a diagnostic built from a descriptor.</summary>
    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Add(new Diagnostic(descriptor, location, message));

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            items.Add(diagnostic);
        }
    }

    /// <summary>Adds all diagnostics of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (gate)
        {
            items.AddRange(diagnostics);
        }
    }

    /// <summary>
    /// The diagnostics in a stable order (path, line, column, code), so output never depends on
    /// the order in which parallel work finished.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            return items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
