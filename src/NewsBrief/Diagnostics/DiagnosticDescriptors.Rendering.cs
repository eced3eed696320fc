namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>A template does not parse.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntax = new("NB4001", Severity.Error, "Template syntax error");

    /// <summary>A template failed while rendering (unknown variable, limit reached, bad function call).</summary>
    public static readonly DiagnosticDescriptor TemplateRuntime = new("NB4002", Severity.Error, "Template error");

    /// <summary>A template file or include name is not allowed (symlink, bad name, outside templates/).</summary>
    public static readonly DiagnosticDescriptor TemplateRejected = new("NB4003", Severity.Error, "Template not allowed");

    /// <summary>The Markdown of a brief could not be converted to HTML (too deeply nested).</summary>
    public static readonly DiagnosticDescriptor MarkdownRejected = new("NB5001", Severity.Error, "Markdown cannot be converted");

    /// <summary>A file cannot be read or written.</summary>
    public static readonly DiagnosticDescriptor FileAccess = new("NB6001", Severity.Error, "File cannot be read or written");

    /// <summary>No facts files were found where the command looked.</summary>
    public static readonly DiagnosticDescriptor NoFactsFiles = new("NB6002", Severity.Error, "No facts files found");

    /// <summary><c>new</c> would overwrite an existing file.</summary>
    public static readonly DiagnosticDescriptor WouldOverwrite = new("NB6003", Severity.Error, "File exists");

    /// <summary>Two facts files would write the same pages (same slug, in any case or normalization form).</summary>
    public static readonly DiagnosticDescriptor DuplicateSlug = new("NB6004", Severity.Error, "Two facts files share a slug");

    /// <summary><c>build --out</c> names a folder that is not a NewsBrief site; replacing it could destroy other files.</summary>
    public static readonly DiagnosticDescriptor OutputNotASite = new("NB6005", Severity.Error, "Output folder is not a NewsBrief site");

    /// <summary><c>build --out</c> (or the lock file next to it) is a symbolic link: a build never writes or deletes through one.</summary>
    public static readonly DiagnosticDescriptor OutputIsLink = new("NB6007", Severity.Error, "Output folder is a symbolic link");

    /// <summary><c>build --out</c> is a folder the build must never replace: the root, the home folder, a system or mount folder, or a folder holding its inputs.</summary>
    public static readonly DiagnosticDescriptor OutputProtected = new("NB6008", Severity.Error, "Output folder is protected");

    /// <summary>A path named on the command line is a device or socket, not a file that ends.</summary>
    public static readonly DiagnosticDescriptor NotARegularFile = new("NB6009", Severity.Error, "Not a regular file");

    /// <summary>A folder scan left out an entry it will not follow or read: a link to a folder, a pipe, a device, a socket, a broken link.</summary>
    public static readonly DiagnosticDescriptor EntrySkipped = new("NB6010", Severity.Warning, "Entry skipped while scanning a folder");
}
