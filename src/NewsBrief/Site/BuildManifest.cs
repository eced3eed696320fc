using System.Buffers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using NewsBrief.Facts;

namespace NewsBrief.Site;

/// <summary>What the indexes, feeds and sitemap need of one brief in one locale, as written in the manifest.</summary>
internal sealed record ManifestLocale(string DateText, string Headline, string Lede);

/// <summary>
/// One brief of a previous build: the hash of its facts file and, per locale (ordinal order of
/// codes, as the workspace lists them), the summary the indexes and feeds were written from.
/// </summary>
internal sealed record ManifestBrief(string Hash, PartialDate Date, IReadOnlyList<ManifestLocale> Locales);

/// <summary>
/// <c>SITE/.newsbrief/manifest.json</c>: what the site was built from. <see cref="Inputs"/>
/// fingerprints the manifest format, the tool build, the locales, the templates and the base URL
/// (a change re-renders every brief); <see cref="Briefs"/> maps each slug to the hash of its facts
/// file and what the indexes, feeds and sitemap need of it, so that a rebuild neither parses nor
/// formats an unchanged facts file. Only briefs that built without any diagnostic are listed (a
/// file with warnings is parsed again, so its warnings show on every build). <c>check</c> is the
/// SHA-256 of the <c>briefs</c> object's bytes: a manifest that is not exactly what a build wrote
/// (truncated, edited, of another format) is ignored and the build is a clean one. Written in
/// ordinal order, so a clean build and an incremental one write the same bytes.
/// </summary>
internal sealed record BuildManifest(string Inputs, SortedDictionary<string, ManifestBrief> Briefs)
{
    public const string RelativePath = ".newsbrief/manifest.json";

    /// <summary>Changes whenever what the manifest holds or how it is written changes.</summary>
    public const string Format = "newsbrief-site-manifest/2";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n" };

    /// <summary>The fingerprint of everything but the facts: a different tool build, locale or template file re-renders all.</summary>
    public static string InputsOf(Workspace workspace, Uri baseUrl) =>
        ContentHash.Of([
            ("format", Format),
            ("tool", typeof(BuildManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " +
                (typeof(BuildManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "")),
            ("inputs", workspace.InputsHash),
            ("base-url", baseUrl.AbsoluteUri),
        ]);

    /// <summary>
    /// Reads the manifest of a previous build for a build whose locales are <paramref name="locales"/>;
    /// null when missing, unreadable, of another format or not intact (then everything is parsed and rendered).
    /// </summary>
    public static BuildManifest? TryRead(string siteFolder, IReadOnlyList<string> locales)
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
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != Format)
            {
                return null;
            }

            var briefsElement = root.GetProperty("briefs");
            if (briefsElement.ValueKind != JsonValueKind.Object
                || root.GetProperty("check").GetString() != Check(System.Text.Encoding.UTF8.GetBytes(briefsElement.GetRawText())))
            {
                return null;
            }

            var briefs = new SortedDictionary<string, ManifestBrief>(StringComparer.Ordinal);
            foreach (var brief in briefsElement.EnumerateObject())
            {
                var value = brief.Value;
                if (!PartialDate.TryParse(value.GetProperty("date").GetString() ?? "", out var date))
                {
                    return null;
                }

                var perLocale = new ManifestLocale[locales.Count];
                var localesElement = value.GetProperty("locales");
                for (var l = 0; l < locales.Count; l++)
                {
                    var entry = localesElement.GetProperty(locales[l]);
                    perLocale[l] = new ManifestLocale(Text(entry, "date"), Text(entry, "headline"), Text(entry, "lede"));
                }

                briefs[brief.Name] = new ManifestBrief(Text(value, "hash"), date, perLocale);
            }

            return new BuildManifest(Text(root, "inputs"), briefs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The manifest as UTF-8 JSON (LF, final newline).</summary>
    public byte[] ToUtf8(IReadOnlyList<string> locales)
    {
        var briefs = new ArrayBufferWriter<byte>(Math.Max(256, Briefs.Count * 1024 * Math.Max(1, locales.Count)));
        using (var json = new Utf8JsonWriter(briefs, Indented))
        {
            json.WriteStartObject();
            foreach (var (slug, brief) in Briefs)
            {
                json.WriteStartObject(slug);
                json.WriteString("hash", brief.Hash);
                json.WriteString("date", brief.Date.ToString());
                json.WriteStartObject("locales");
                for (var l = 0; l < locales.Count; l++)
                {
                    json.WriteStartObject(locales[l]);
                    json.WriteString("date", brief.Locales[l].DateText);
                    json.WriteString("headline", brief.Locales[l].Headline);
                    json.WriteString("lede", brief.Locales[l].Lede);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        var output = new ArrayBufferWriter<byte>(briefs.WrittenCount + 512);
        using (var json = new Utf8JsonWriter(output, Indented))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("inputs", Inputs);
            json.WriteString("check", Check(briefs.WrittenSpan));
            json.WritePropertyName("briefs");
            json.WriteRawValue(briefs.WrittenSpan, skipInputValidation: true);
            json.WriteEndObject();
        }

        return [.. output.WrittenSpan, (byte)'\n'];
    }

    private static string Check(ReadOnlySpan<byte> briefs) => Convert.ToHexStringLower(SHA256.HashData(briefs));

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"'{name}' is null.");
}
