using System.Reflection;
using System.Text.Json;

namespace NewsBrief.Site;

/// <summary>
/// <c>SITE/.newsbrief/manifest.json</c>: what the site was built from. <see cref="Inputs"/>
/// fingerprints the tool build, the locales, the templates and the base URL (a change re-renders
/// every brief); <see cref="Briefs"/> maps each slug to the hash of its facts file. Written in
/// ordinal order, so a clean build and an incremental one write the same bytes.
/// </summary>
internal sealed record BuildManifest(string Inputs, SortedDictionary<string, string> Briefs)
{
    public const string RelativePath = ".newsbrief/manifest.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, NewLine = "\n" };

    /// <summary>The fingerprint of everything but the facts: a different tool build, locale or template file re-renders all.</summary>
    public static string InputsOf(Workspace workspace, Uri baseUrl) =>
        ContentHash.Of([
            ("tool", typeof(BuildManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " +
                (typeof(BuildManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "")),
            ("inputs", workspace.InputsHash),
            ("base-url", baseUrl.AbsoluteUri),
        ]);

    /// <summary>Reads the manifest of a previous build; null when missing or unreadable (then everything is rendered).</summary>
    public static BuildManifest? TryRead(string siteFolder)
    {
        var path = Path.Combine(siteFolder, RelativePath);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var briefs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var brief in root.GetProperty("briefs").EnumerateObject())
            {
                briefs[brief.Name] = brief.Value.GetString() ?? "";
            }

            return new BuildManifest(root.GetProperty("inputs").GetString() ?? "", briefs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The manifest as JSON text (LF, final newline).</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(new { inputs = Inputs, briefs = Briefs }, Options) + "\n";
}
