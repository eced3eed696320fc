using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>An entry a folder scan left out, and why (for an NB6010 warning).</summary>
public sealed record SkippedEntry(string FullPath, string Reason);

/// <summary>
/// Finds files in a folder tree without ever following a symbolic link to a folder: two links
/// <c>a -> .</c> and <c>b -> .</c> would otherwise make the walk endless, and a link to
/// <c>/usr/share</c> would make it read a whole system tree (Hugo does not follow them either). Files
/// that are not regular (named pipes, whose opening blocks until a writer comes; devices such as
/// <c>/dev/zero</c>, which never end; sockets) are never returned. What was left out that could have
/// mattered (links to folders, and pipes, devices, sockets and broken links with the wanted name) is
/// reported, so the user learns why a brief is missing.
/// </summary>
public static class FolderScan
{
    /// <summary>
    /// Files under <paramref name="root"/> whose names end with <paramref name="suffix"/>, in no
    /// particular order. A link to a regular file is returned (read as the file) when
    /// <paramref name="followFileLinks"/>, else skipped; names starting with '.' are left out silently
    /// when <paramref name="skipHidden"/>.
    /// </summary>
    public static List<string> Files(string root, string suffix, bool followFileLinks, bool skipHidden, List<SkippedEntry> skipped)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedEntry(folder, $"it cannot be read ({e.Message})"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (skipHidden && entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var wanted = entry.Name.EndsWith(suffix, StringComparison.Ordinal);
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    var target = FileKinds.Of(entry.FullName, followLinks: true);
                    if (target == FileKind.Directory)
                    {
                        skipped.Add(new SkippedEntry(entry.FullName, "it is a symbolic link to a folder, and links to folders are not followed"));
                    }
                    else if (wanted && target == FileKind.Regular)
                    {
                        if (followFileLinks)
                        {
                            found.Add(entry.FullName);
                        }
                        else
                        {
                            skipped.Add(new SkippedEntry(entry.FullName, "it is a symbolic link, and links are not followed here"));
                        }
                    }
                    else if (wanted)
                    {
                        skipped.Add(new SkippedEntry(entry.FullName, target == FileKind.Missing ? "it is a broken symbolic link" : $"it is a symbolic link to {FileKinds.Describe(target)}, not to a regular file"));
                    }

                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else if (wanted)
                {
                    var kind = FileKinds.Of(entry.FullName);
                    if (kind == FileKind.Regular)
                    {
                        found.Add(entry.FullName);
                    }
                    else if (kind != FileKind.Missing)
                    {
                        skipped.Add(new SkippedEntry(entry.FullName, $"it is {FileKinds.Describe(kind)}, not a regular file"));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Every file under <paramref name="root"/> (any kind, links included as entries), without
    /// descending into linked folders: what a change watcher needs to see.
    /// </summary>
    public static IEnumerable<FileInfo> AllFiles(string root) =>
        new System.IO.Enumeration.FileSystemEnumerable<FileInfo>(root, (ref System.IO.Enumeration.FileSystemEntry e) => (FileInfo)e.ToFileSystemInfo(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
