namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary><c>build</c> ran with the default base URL, a reserved name that never resolves.</summary>
    public static readonly DiagnosticDescriptor DefaultBaseUrl = new("NB6030", Severity.Warning, "Base URL left at the default");

    /// <summary><c>build</c> was given a file where it takes a folder of facts files.</summary>
    public static readonly DiagnosticDescriptor BuildNeedsFolder = new("NB6031", Severity.Error, "build takes a folder");

    /// <summary>A <c>--templates</c> or <c>--locales</c> folder does not exist.</summary>
    public static readonly DiagnosticDescriptor OverrideFolderMissing = new("NB6032", Severity.Error, "Templates or locales folder not found");
}
