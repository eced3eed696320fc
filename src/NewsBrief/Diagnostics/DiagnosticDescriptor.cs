namespace NewsBrief.Diagnostics;

/// <summary>A stable diagnostic code with its default severity. Tests assert codes, not prose.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title);
