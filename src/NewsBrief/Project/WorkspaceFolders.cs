namespace NewsBrief.Project;

/// <summary>
/// Where a run's locales, templates and story kinds come from: the ones shipped with the tool, overridden by a
/// project's <c>templates/</c> and <c>kinds/</c> (file by file) and <c>locales/</c> (key by key), Hugo's lookup order.
/// A folder is null when nothing overrides the shipped one.
/// </summary>
public sealed record WorkspaceFolders(string Shipped, string? Templates, string? Locales)
{
    /// <summary>The folders of a project (a folder with <c>templates/</c> and/or <c>locales/</c>) over the tool's.</summary>
    public static WorkspaceFolders ForProject(string projectRoot) => ForProject(projectRoot, ProjectDirectory.Shipped);

    /// <summary>The folders of a project over the given shipped folder.</summary>
    public static WorkspaceFolders ForProject(string projectRoot, string shipped)
    {
        var same = string.Equals(Path.GetFullPath(projectRoot).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(shipped).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
        string? Folder(string name) => !same && Directory.Exists(Path.Combine(projectRoot, name)) ? Path.GetFullPath(Path.Combine(projectRoot, name)) : null;
        return new WorkspaceFolders(shipped, Folder("templates"), Folder("locales")) { Kinds = Folder("kinds") };
    }

    /// <summary>The project's <c>kinds/</c> (story kinds, file by file over the shipped ones), or null.</summary>
    public string? Kinds { get; init; }

    /// <summary>The shipped story kinds folder.</summary>
    public string ShippedKinds => Path.Combine(Shipped, "kinds");

    /// <summary>The shipped templates folder.</summary>
    public string ShippedTemplates => Path.Combine(Shipped, "templates");

    /// <summary>The shipped locales folder.</summary>
    public string ShippedLocales => Path.Combine(Shipped, "locales");
}
