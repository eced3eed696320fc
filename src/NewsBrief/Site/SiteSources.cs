using NewsBrief.Diagnostics;

namespace NewsBrief.Site;

/// <summary>
/// The facts files of one build, read one at a time when the build reaches them: the build holds
/// the bytes of only the briefs it is working on, never the whole archive's.
/// </summary>
public interface ISiteSources
{
    /// <summary>How many facts files there are.</summary>
    int Count { get; }

    /// <summary>How diagnostics name file <paramref name="index"/> (its name gives the slug); no reading.</summary>
    string DisplayPath(int index);

    /// <summary>Reads file <paramref name="index"/>; null when it cannot be read (reported to <paramref name="diagnostics"/>).</summary>
    SiteSource? Read(int index, DiagnosticBag diagnostics);
}

/// <summary>Sources already in memory (the desk's preview, tests).</summary>
public sealed class SiteSourceList(IReadOnlyList<SiteSource> sources) : ISiteSources
{
    public int Count => sources.Count;

    public string DisplayPath(int index) => sources[index].DisplayPath;

    public SiteSource? Read(int index, DiagnosticBag diagnostics) => sources[index];
}
