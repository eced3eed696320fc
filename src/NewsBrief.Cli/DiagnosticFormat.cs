namespace NewsBrief.Cli;

/// <summary>How diagnostics are printed.</summary>
internal enum DiagnosticFormat
{
    /// <summary><c>path:line:col: error NB1234: message</c> with the line and a caret, on stderr.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands on stdout.</summary>
    Github,

    /// <summary>A JSON array on stdout, for tools.</summary>
    Json,
}
