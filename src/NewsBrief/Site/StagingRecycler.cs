using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>
/// The staging step: a rebuild's staging folder is the previous-but-one site (double buffering,
/// see <see cref="SiteOutput"/>), emptied of what this build must not publish and of pages whose
/// facts changed; a clean build's is a new, empty folder.
/// </summary>
internal sealed class StagingRecycler
{
    /// <summary>Creates the folders every site has (each locale's, the assets', the manifest's) in staging.</summary>
    public static void CreateFolders(string staging, IReadOnlyList<string> locales)
    {
        foreach (var dir in locales.Append("assets").Append(".newsbrief"))
        {
            Directory.CreateDirectory(Path.Combine(staging, dir));
        }
    }

    private readonly string staging;
    private readonly IReadOnlyList<string> locales;
    private readonly BuildManifest? manifest;
    private readonly int[] present;

    private StagingRecycler(string staging, IReadOnlyList<string> locales, BuildManifest? manifest, int[] present)
    {
        this.staging = staging;
        this.locales = locales;
        this.manifest = manifest;
        this.present = present;
    }

    /// <summary>
    /// Turns the claimed previous-but-one site into this build's staging folder: deletes everything
    /// but the locale folders' pages of this build's briefs (so indexes, feeds, sitemap, assets, the
    /// manifest, removed briefs and anything else are gone) and counts, per brief, the pages it
    /// holds; whether they can stay is decided brief by brief as the build reaches it (<see cref="Keep"/>),
    /// once its facts are hashed.
    /// </summary>
    /// <param name="manifest">The recycled folder's manifest (read before its file is deleted here), or null.</param>
    public static StagingRecycler Prepare(string staging, IReadOnlyList<string> locales, SlugOrder order, BuildManifest? manifest)
    {
        var slugs = order.Slugs;
        var present = new int[slugs.Length]; // per brief: locale folders holding its page folder and Markdown, counted twice
        var everything = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        foreach (var entry in new DirectoryInfo(staging).EnumerateFileSystemInfos("*", everything))
        {
            // A link (to a folder or file) planted here is removed, never followed: see Delete.
            if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && locales.Contains(entry.Name, StringComparer.Ordinal))
            {
                // 2N entries per locale: looked up by the name's span in the sorted slugs, no object or string made for a wanted one.
                var pages = new System.IO.Enumeration.FileSystemEnumerable<(int Brief, string? Unwanted)>(entry.FullName,
                    (ref System.IO.Enumeration.FileSystemEntry page) =>
                    {
                        var name = page.FileName;
                        var i = page.IsDirectory ? Find(slugs, name)
                            : name.EndsWith(".md", StringComparison.Ordinal) ? Find(slugs, name[..^3]) : -1;
                        return i >= 0 ? (i, null) : (-1, page.ToFullPath());
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

        return new StagingRecycler(staging, locales, manifest, present);
    }

    /// <summary>
    /// Whether the brief at <paramref name="position"/> (slug order) keeps the pages the recycled
    /// folder holds: the recycled manifest lists it, clean, with the same facts hash (and the same
    /// tool, locales, templates and base URL), and every locale has its page and Markdown as files
    /// this build would write, not links planted in the site. When not, its pages there are emptied
    /// (worker threads; one brief each).
    /// </summary>
    public bool Keep(int position, string slug, string hash)
    {
        // Three statx per locale: asking the enumeration above for attributes cost a stat per entry
        // of every locale folder, 2N, and more time than these.
        var keep = present[position] == 2 * locales.Count && manifest is not null && manifest.Briefs.TryGetValue(slug, out var built) && built.Clean && built.Hash == hash
            && locales.All(l => FileKinds.Of(Path.Combine(staging, l, slug)) == FileKind.Directory
                && FileKinds.Of(Path.Combine(staging, l, slug, "index.html")) == FileKind.Regular
                && FileKinds.Of(Path.Combine(staging, l, slug + ".md")) == FileKind.Regular);
        if (!keep && present[position] > 0)
        {
            foreach (var locale in locales.Where(l => Directory.Exists(Path.Combine(staging, l)))) // a locale folder may be gone (a link, removed above)
            {
                var folder = Path.Combine(staging, locale, slug);
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

                File.Delete(Path.Combine(staging, locale, slug + ".md")); // a link is unlinked, never followed
            }
        }

        return keep;
    }

    /// <summary>The position of <paramref name="name"/> among the ordinally sorted <paramref name="slugs"/>, or -1.</summary>
    private static int Find(string[] slugs, ReadOnlySpan<char> name)
    {
        int low = 0, high = slugs.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var c = slugs[middle].AsSpan().SequenceCompareTo(name);
            if (c == 0)
            {
                return middle;
            }

            if (c < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Deletes an entry of the recycled folder: a link is removed itself, never what it points to.</summary>
    private static void Delete(FileSystemInfo entry) => SiteOutput.DeleteEntry(entry.FullName);
}
