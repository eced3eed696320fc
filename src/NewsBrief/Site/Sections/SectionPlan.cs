using NewsBrief.Diagnostics;
using NewsBrief.Project;

namespace NewsBrief.Site.Sections;

/// <summary>One file of the sections: its path in the site, its fingerprint, how to make its bytes (null when its layout failed: reported).</summary>
internal sealed class PlannedFile(string path, string fingerprint, Func<DiagnosticBag, byte[]?> compose)
{
    public string Path { get; } = path;

    public string Fingerprint { get; } = fingerprint;

    public Func<DiagnosticBag, byte[]?> Compose { get; } = compose;

    /// <summary>The live site has this file with this fingerprint: link it from there instead of rendering it.</summary>
    public bool Reuse { get; set; }
}

/// <summary>What the sections of one build write: <see cref="Write"/> puts it into the staging folder.</summary>
internal sealed class SectionPlan(IReadOnlyList<PlannedFile> files, int htmlPages)
{
    /// <summary>Every file, list pages first, then feeds and the sitemap.</summary>
    public IReadOnlyList<PlannedFile> Files { get; } = files;

    /// <summary>List pages (HTML) in all locales, front pages included.</summary>
    public int HtmlPages { get; } = htmlPages;

    /// <summary>
    /// Writes every file into <paramref name="staging"/>: linked from <paramref name="liveSite"/> when
    /// unchanged (and still there, as a real file in real folders), rendered otherwise; then the
    /// fingerprints (<see cref="SectionState"/>). Returns how many files were written and linked.
    /// </summary>
    public (int Written, int Linked) Write(string staging, string? liveSite, ParallelOptions jobs, DiagnosticBag diagnostics)
    {
        var written = 0;
        var linked = 0;
        Parallel.ForEach(Files, jobs, file =>
        {
            var target = System.IO.Path.Combine(staging, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            if (file.Reuse && liveSite is not null && LiveFile(liveSite, file.Path) is { } live && SiteOutput.Reuse(live, target))
            {
                Interlocked.Increment(ref linked);
                return;
            }

            if (file.Compose(diagnostics) is { } bytes)
            {
                SiteOutput.WriteBytes(target, bytes);
                Interlocked.Increment(ref written);
            }
        });

        var state = System.IO.Path.Combine(staging, SectionState.RelativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(state)!);
        SiteOutput.WriteBytes(state, SectionState.ToUtf8(Files.Select(f => (f.Path, f.Fingerprint))));
        return (written, linked);
    }

    /// <summary>
    /// The live site's copy of a file, when every folder on the way is a real folder (a link planted
    /// in the published site, <c>SITE/en/tags</c> to elsewhere, is never followed) and it is a regular file.
    /// </summary>
    private static string? LiveFile(string site, string relative)
    {
        var path = site;
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path = System.IO.Path.Combine(path, parts[i]);
            if (FileKinds.Of(path) != FileKind.Directory)
            {
                return null;
            }
        }

        path = System.IO.Path.Combine(path, parts[^1]);
        return FileKinds.Of(path) == FileKind.Regular ? path : null;
    }
}
