namespace NewsBrief.Diagnostics;

/// <summary>One problem found in an input, positioned, with a message that says how to fix it.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message)
{
    /// <summary>The stable code, such as <c>NB1004</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity of this occurrence (a descriptor's default, or raised by <c>--strict</c>).</summary>
    public Severity Severity { get; init; } = Descriptor.Severity;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
