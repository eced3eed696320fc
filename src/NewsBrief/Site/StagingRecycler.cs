namespace NewsBrief.Site;

/// <summary>
/// The staging step: a rebuild's staging folder is the previous-but-one site (double buffering,
/// see <see cref="SiteOutput"/>), emptied of what this build must not publish and of pages whose
/// facts changed; a clean build's is a new, empty folder.
/// </summary>
internal static class StagingRecycler
{
    /// <summary>Creates the folders every site has (each locale's, the assets', the manifest's) in staging.</summary>
    public static void CreateFolders(string staging, IReadOnlyList<string> locales)
    {
        foreach (var dir in locales.Append("assets").Append(".newsbrief"))
        {
            Directory.CreateDirectory(Path.Combine(staging, dir));
        }
    }

    /// <summary>
    /// Turns the claimed previous-but-one site into this build's staging folder: deletes everything
    /// but the locale folders' brief pages (so indexes, feeds, sitemap, assets, the manifest, removed
    /// briefs and anything else are gone), empties the pages of briefs whose facts differ from what
    /// that site was built from, and returns, per brief (in <paramref name="briefs"/>' order), whether
    /// its pages can stay as they are: the recycled manifest lists it with the same facts hash (and
    /// the same tool, locales, templates and base URL) and every locale has its page and Markdown.
    /// </summary>
    public static bool[] Recycle(string staging, IReadOnlyList<string> locales, IReadOnlyList<BriefItem> briefs, BuildManifest? manifest)
    {
        var wanted = new Dictionary<string, int>(briefs.Count, StringComparer.Ordinal);
        for (var i = 0; i < briefs.Count; i++)
        {
            wanted[briefs[i].Slug] = i;
        }

        var present = new int[briefs.Count]; // per brief: locale folders holding its page folder and Markdown, counted twice
        var bySpan = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var everything = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        foreach (var entry in new DirectoryInfo(staging).EnumerateFileSystemInfos("*", everything))
        {
            // A link (to a folder or file) planted here is removed, never followed: see Delete.
            if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && locales.Contains(entry.Name, StringComparer.Ordinal))
            {
                // 2N entries per locale: looked up by the name's span, no object or string made for a wanted one.
                var pages = new System.IO.Enumeration.FileSystemEnumerable<(int Brief, string? Unwanted)>(entry.FullName,
                    (ref System.IO.Enumeration.FileSystemEntry page) =>
                    {
                        var name = page.FileName;
                        var i = -1;
                        var found = page.IsDirectory
                            ? bySpan.TryGetValue(name, out i)
                            : name.EndsWith(".md", StringComparison.Ordinal) && bySpan.TryGetValue(name[..^3], out i);
                        return found ? (i, null) : (-1, page.ToFullPath());
                    }, everything);
                foreach (var (brief, unwanted) in pages)
                {
                    if (unwanted is null)
                    {
                        present[brief]++;
                    }
                    else if (Directory.Exists(unwanted) && !File.GetAttributes(unwanted).HasFlag(FileAttributes.ReparsePoint))
                    {
                        Directory.Delete(unwanted, recursive: true);
                    }
                    else
                    {
                        File.Delete(unwanted);
                    }
                }
            }
            else
            {
                Delete(entry);
            }
        }

        var keep = new bool[briefs.Count];
        Parallel.For(0, briefs.Count, i =>
        {
            var brief = briefs[i];
            // Kept only when its pages are the files this build would write, not links planted in the
            // site (three statx per locale: asking the enumeration above for attributes cost a stat
            // per entry of every locale folder, 2N, and more time than these).
            keep[i] = present[i] == 2 * locales.Count && manifest is not null && manifest.Briefs.TryGetValue(brief.Slug, out var built) && built.Hash == brief.Hash
                && locales.All(l => FileKinds.Of(Path.Combine(staging, l, brief.Slug)) == FileKind.Directory
                    && FileKinds.Of(Path.Combine(staging, l, brief.Slug, "index.html")) == FileKind.Regular
                    && FileKinds.Of(Path.Combine(staging, l, brief.Slug + ".md")) == FileKind.Regular);
            if (!keep[i] && present[i] > 0)
            {
                foreach (var locale in locales.Where(l => Directory.Exists(Path.Combine(staging, l)))) // a locale folder may be gone (a link, removed above)
                {
                    var folder = Path.Combine(staging, locale, brief.Slug);
                    if (FileKinds.Of(folder) == FileKind.Directory)
                    {
                        foreach (var inside in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                        {
                            Delete(inside);
                        }
                    }
                    else if (FileKinds.Of(folder) != FileKind.Missing)
                    {
                        SiteOutput.DeleteEntry(folder); // a link (to the user's folder, say): the link goes, not what is in it
                    }

                    File.Delete(Path.Combine(staging, locale, brief.Slug + ".md")); // a link is unlinked, never followed
                }
            }
        });
        return keep;
    }

    /// <summary>Deletes an entry of the recycled folder: a link is removed itself, never what it points to.</summary>
    private static void Delete(FileSystemInfo entry) => SiteOutput.DeleteEntry(entry.FullName);
}
