using System.Security.Cryptography;
using System.Text;
using NewsBrief.Project;

namespace NewsBrief.Site.Sections;

/// <summary>
/// <c>SITE/.newsbrief/sections.txt</c>: the fingerprint of every file the section pages wrote
/// (list pages, section feeds, sitemap files), one <c>FINGERPRINT PATH</c> line each in ordinal
/// order of paths, after a format line and before a <c>check</c> line (the SHA-256 of the lines
/// before it). A fingerprint is the hash of everything the file is made from (the layout's model,
/// the tool, locales, templates and base URL), so a rebuild links a file from the live site when
/// its fingerprint is the one listed there, without rendering it. A file that is not exactly what
/// a build wrote is ignored (every file is then written).
/// </summary>
internal static class SectionState
{
    public const string RelativePath = ".newsbrief/sections.txt";

    private const string Format = "newsbrief-sections/1";

    /// <summary>The fingerprints listed by the site in <paramref name="siteFolder"/>; empty when there is none or it is not intact.</summary>
    public static Dictionary<string, string> TryRead(string? siteFolder)
    {
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        if (siteFolder is null)
        {
            return empty;
        }

        var path = Path.Combine(siteFolder, RelativePath);
        try
        {
            if (FileKinds.Of(path) != FileKind.Regular)
            {
                return empty;
            }

            var text = File.ReadAllText(path, Encoding.UTF8);
            var checkAt = text.LastIndexOf("check ", StringComparison.Ordinal);
            if (!text.StartsWith(Format + "\n", StringComparison.Ordinal) || checkAt < 0 || !text.EndsWith('\n')
                || text[(checkAt + 6)..^1] != Check(text[..checkAt]))
            {
                return empty;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in text[(Format.Length + 1)..checkAt].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space <= 0 || !result.TryAdd(line[(space + 1)..], line[..space]))
                {
                    return empty;
                }
            }

            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return empty;
        }
    }

    /// <summary>The file's bytes for these (path, fingerprint) pairs.</summary>
    public static byte[] ToUtf8(IEnumerable<(string Path, string Fingerprint)> files)
    {
        var text = new StringBuilder(Format).Append('\n');
        foreach (var (path, fingerprint) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(fingerprint).Append(' ').Append(path).Append('\n');
        }

        var body = text.ToString();
        return SiteOutput.Utf8Bytes(body + "check " + Check(body) + "\n");
    }

    private static string Check(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
