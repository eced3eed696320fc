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
internal sealed record ManifestBrief(string Hash, PartialDate Date, IReadOnlyList<ManifestLocale> Locales)
{
    /// <summary>The brief's tags as written (its tag pages come from them).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The brief's kind (its section).</summary>
    public string Kind { get; init; } = "brief";
}

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
    public const string Format = "newsbrief-site-manifest/3";

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
    /// <param name="siteFolder">The site folder.</param>
    /// <param name="locales">This build's locales, in order.</param>
    /// <param name="hashesOnly">Only the facts hashes are wanted (a recycled site's pages are kept by
    /// hash): the summaries are checked but not read into strings, and each brief lists no locales.</param>
    public static BuildManifest? TryRead(string siteFolder, IReadOnlyList<string> locales, bool hashesOnly = false)
    {
        var path = Path.Combine(siteFolder, RelativePath);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllBytes(path), locales, hashesOnly) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses manifest bytes in one forward pass (<see cref="Utf8JsonReader"/>: no document tree, only
    /// the strings kept; a rebuild of 10,000 briefs reads two manifests of about 9 MB each).
    /// Null for anything but what <see cref="ToUtf8"/> writes with an intact <c>check</c>.
    /// </summary>
    internal static BuildManifest? Parse(ReadOnlySpan<byte> bytes, IReadOnlyList<string> locales, bool hashesOnly = false)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            string? format = null, inputs = null, check = null;
            SortedDictionary<string, ManifestBrief>? briefs = null;
            var briefsBytes = ReadOnlySpan<byte>.Empty;
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                switch (name)
                {
                    case "format":
                        format = ReadString(ref reader);
                        if (format != Format)
                        {
                            return null; // another layout: do not read on
                        }

                        break;
                    case "inputs":
                        inputs = ReadString(ref reader);
                        break;
                    case "check":
                        check = ReadString(ref reader);
                        break;
                    case "briefs" when briefs is null:
                        Expect(ref reader, JsonTokenType.StartObject);
                        var start = (int)reader.TokenStartIndex;
                        briefs = ReadBriefs(ref reader, locales, hashesOnly);
                        if (briefs is null)
                        {
                            return null;
                        }

                        // The object's bytes as written (what GetRawText gave), from '{' to '}'.
                        briefsBytes = bytes[start..(int)reader.BytesConsumed];
                        break;
                    default:
                        return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || format != Format || inputs is null || check is null || briefs is null
                || check != Check(briefsBytes))
            {
                return null;
            }

            return new BuildManifest(inputs, briefs);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // a token of another type than expected
        }
    }

    private static SortedDictionary<string, ManifestBrief>? ReadBriefs(ref Utf8JsonReader reader, IReadOnlyList<string> locales, bool hashesOnly)
    {
        var briefs = new SortedDictionary<string, ManifestBrief>(StringComparer.Ordinal);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var slug = reader.GetString()!;
            string? hash = null;
            PartialDate? date = null;
            ManifestLocale[]? perLocale = null;
            string? kind = null;
            List<string>? tags = null;
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                switch (reader.GetString())
                {
                    case "hash":
                        hash = ReadString(ref reader);
                        break;
                    case "date":
                        if (!PartialDate.TryParse(ReadString(ref reader), out var parsed))
                        {
                            return null;
                        }

                        date = parsed;
                        break;
                    case "kind":
                        kind = ReadString(ref reader);
                        break;
                    case "tags":
                        tags = [];
                        Expect(ref reader, JsonTokenType.StartArray);
                        while (Next(ref reader) == JsonTokenType.String)
                        {
                            tags.Add(reader.GetString()!);
                        }

                        if (reader.TokenType != JsonTokenType.EndArray)
                        {
                            return null;
                        }

                        break;
                    case "locales":
                        perLocale = ReadLocales(ref reader, locales, hashesOnly);
                        if (perLocale is null)
                        {
                            return null;
                        }

                        break;
                    default:
                        return null;
                }
            }

            if (hash is null || date is not { } known || perLocale is null || kind is null || tags is null
                || !briefs.TryAdd(slug, new ManifestBrief(hash, known, perLocale) { Kind = kind, Tags = tags }))
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? briefs : null;
    }

    /// <summary>The entries of <paramref name="locales"/>, in that order; null when one is missing.</summary>
    private static ManifestLocale[]? ReadLocales(ref Utf8JsonReader reader, IReadOnlyList<string> locales, bool hashesOnly)
    {
        var perLocale = new ManifestLocale[locales.Count];
        var seen = 0;
        Expect(ref reader, JsonTokenType.StartObject);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var code = reader.GetString();
            var l = -1;
            for (var i = 0; i < locales.Count; i++)
            {
                if (locales[i] == code)
                {
                    l = i;
                }
            }

            string? dateText = null, headline = null, lede = null;
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var field = reader.GetString();
                Expect(ref reader, JsonTokenType.String);
                var value = hashesOnly ? "" : reader.GetString()!; // a string either way; read only when wanted
                switch (field)
                {
                    case "date":
                        dateText = value;
                        break;
                    case "headline":
                        headline = value;
                        break;
                    case "lede":
                        lede = value;
                        break;
                    default:
                        return null;
                }
            }

            if (dateText is null || headline is null || lede is null)
            {
                return null;
            }

            if (l >= 0 && perLocale[l] is null)
            {
                perLocale[l] = hashesOnly ? Unread : new ManifestLocale(dateText, headline, lede);
                seen++;
            }
        }

        return seen == locales.Count ? (hashesOnly ? [] : perLocale) : null;
    }

    private static readonly ManifestLocale Unread = new("", "", "");

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The manifest ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"Expected {type}.");
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
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
                json.WriteString("kind", brief.Kind);
                json.WriteStartArray("tags");
                foreach (var tag in brief.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
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

}
