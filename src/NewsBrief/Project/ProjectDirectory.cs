using NewsBrief.Diagnostics;

namespace NewsBrief.Project;

/// <summary>
/// Finds the project folder: the nearest one above the facts with its own <c>locales/</c> or
/// <c>templates/</c> (or both), whose files override the shipped ones file by file (templates) and
/// key by key (locales); else the tool's own folder, which ships both.
/// </summary>
public static class ProjectDirectory
{
    /// <summary>True when <paramref name="dir"/> has <c>locales/</c>, <c>templates/</c> or <c>kinds/</c>.</summary>
    public static bool IsProject(string dir) =>
        Directory.Exists(Path.Combine(dir, "locales")) || Directory.Exists(Path.Combine(dir, "templates")) || Directory.Exists(Path.Combine(dir, "kinds"));

    /// <summary>The folder the tool ships its locales, templates and schema in.</summary>
    public static string Shipped => AppContext.BaseDirectory;

    /// <summary>Walks up from each start folder; falls back to the tool's own folder.</summary>
    public static string Find(IEnumerable<string> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (IsProject(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>
    /// Reads every regular file under <paramref name="folder"/> as (relative path with '/', text),
    /// in ordinal order. Symbolic links are refused (NB4003): a link could point outside the tree.
    /// </summary>
    public static IReadOnlyList<(string RelativePath, string Text)> ReadTree(string folder, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = new List<(string, string)>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in dir.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf(displayRoot + relative),
                        $"'{displayRoot}{relative}' is a symbolic link; links are not followed. Replace it with a real file or folder.");
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    pending.Push(sub);
                }
                else if (FileKinds.Of(entry.FullName) is not FileKind.Regular and var kind)
                {
                    // A named pipe would block the read, a device never end it.
                    diagnostics.Add(DiagnosticDescriptors.TemplateRejected, SourceLocation.StartOf(displayRoot + relative),
                        $"'{displayRoot}{relative}' is {FileKinds.Describe(kind)}, not a regular file. Replace it with a real file or remove it.");
                }
                else
                {
                    files.Add((relative, File.ReadAllText(entry.FullName)));
                }
            }
        }

        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }
}
