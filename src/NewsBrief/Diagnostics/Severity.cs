namespace NewsBrief.Diagnostics;

/// <summary>How bad a diagnostic is. Warnings become errors under <c>check --strict</c>.</summary>
public enum Severity
{
    /// <summary>Publishable, but an editor should look.</summary>
    Warning,

    /// <summary>Nothing is written while an error stands.</summary>
    Error,
}
