using System.Globalization;
using System.Text;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>Helpers for site builds: generated stories, the examples, tree hashes.</summary>
internal static class SiteFixtures
{
    /// <summary>A small valid story; <paramref name="i"/> varies its slug-independent text, figures and date.</summary>
    public static string Story(int i, string? headline = null)
    {
        var day = (i % 28) + 1;
        var month = (i / 28 % 12) + 1;
        var date = string.Create(CultureInfo.InvariantCulture, $"2024-{month:D2}-{day:D2}");
        var amount = (i * 7919 % 900 + 100).ToString(CultureInfo.InvariantCulture);
        var h = headline is null ? null : System.Text.Json.JsonSerializer.Serialize(headline);
        return $$"""
            date: {{date}}
            source:
              name: Example Wire {{i}}
              date: {{date}}
              url: https://example.com/story/{{i}}
            figures:
              cost:
                amount: {{amount}} billion
                currency: IDR
                label: { id: Biaya, en: Cost }
              people:
                value: {{i + 2}}
                unit: person
                label: { id: Orang, en: People }
            headline:
              id: {{h ?? $"Proyek {Code(i)} menelan {{cost}}"}}
              en: {{h ?? $"Project {Code(i)} costs {{cost}}"}}
            lede:
              id: Proyek nomor {{Code(i)}} menelan {cost} dan melibatkan {people}.
              en: Project number {{Code(i)}} cost {cost} and involved {people}.
            points:
              - id: Biaya proyek {cost}.
                en: The project cost {cost}.
            events:
              - date: {{date}}
                text: { id: Proyek diumumkan, en: The project is announced }
            """;
    }

    /// <summary>
    /// The story's name in letters (0 A, 25 Z, 26 BA): a digit written in a text would be a figure
    /// written literally (NB7001), a warning, and files with warnings are parsed on every build.
    /// </summary>
    public static string Code(int i)
    {
        var letters = "";
        do
        {
            letters = (char)('A' + (i % 26)) + letters;
            i /= 26;
        }
        while (i > 0);
        return letters;
    }

    /// <summary>Writes <paramref name="count"/> stories into <paramref name="folder"/> as story-0000.yml ...</summary>
    public static void WriteStories(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"story-{i:D4}.yml")), Story(i));
        }
    }

    /// <summary>Copies the repository's locales and templates into <paramref name="project"/>, making it a project folder.</summary>
    public static void CopyProject(string project)
    {
        Copy(RepoFiles.Locales, Path.Combine(project, "locales"));
        Copy(RepoFiles.Templates, Path.Combine(project, "templates"));
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>
    /// The tree a clean build of <paramref name="project"/>'s <c>briefs/</c> writes (into a fresh folder
    /// in the project, deleted again), for comparing a rebuilt site with.
    /// </summary>
    public static SortedDictionary<string, string> CleanTree(string project)
    {
        var result = CliRunner.Run(project, "build", "briefs", "--out", "clean/site");
        Assert.True(result.ExitCode == 0, result.Error);
        var tree = Tree(Path.Combine(project, "clean", "site"));
        Directory.Delete(Path.Combine(project, "clean"), recursive: true);
        return tree;
    }

    /// <summary>Every file under <paramref name="folder"/> (relative path → hex of its bytes), ordinal.</summary>
    public static SortedDictionary<string, string> Tree(string folder)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            tree[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }

        return tree;
    }

    /// <summary>
    /// Staging or set-aside folders a build left next to <paramref name="site"/>; not the previous
    /// site kept as <c>.SITE.old-*</c> for the next build (see <see cref="Previous"/>).
    /// </summary>
    public static string[] Leftovers(string site) =>
        Directory.Exists(Path.GetDirectoryName(site))
            ? Directory.GetDirectories(Path.GetDirectoryName(site)!, "." + Path.GetFileName(site) + ".*").Where(d => !Path.GetFileName(d).StartsWith("." + Path.GetFileName(site) + ".old-", StringComparison.Ordinal)).ToArray()
            : [];

    /// <summary>Previous sites kept next to <paramref name="site"/> (<c>.SITE.old-*</c>): never more than one.</summary>
    public static string[] Previous(string site) =>
        Directory.Exists(Path.GetDirectoryName(site)) ? Directory.GetDirectories(Path.GetDirectoryName(site)!, "." + Path.GetFileName(site) + ".old-*") : [];

    public static string Utf8(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));
}
