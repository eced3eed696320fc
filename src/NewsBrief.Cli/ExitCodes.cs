namespace NewsBrief.Cli;

/// <summary>The exit codes of product.md: 0 success, 1 diagnostics with errors, 2 usage error.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
