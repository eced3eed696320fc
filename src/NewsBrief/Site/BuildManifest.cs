using System.Buffers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using NewsBrief.Facts;
using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>What the indexes, feeds and sitemap need of one brief in one locale, as written in the manifest.</summary>
internal sealed record ManifestLocale(string DateText, string Headline, string Lede);

/// <summary>
/// One brief's line of the manifest: the hash of its facts file, its date, kind and tags, whether it
/// built without any diagnostic, and per locale (the build's order) the summary its index entries
/// and feed items were written from.
/// </summary>
internal sealed record ManifestRecord(string Slug, string Hash, PartialDate Date, bool Clean, string Kind, IReadOnlyList<string> Tags, IReadOnlyList<ManifestLocale> Locales)
{
    /// <summary>The record as one line of JSON (no newline).</summary>
    public byte[] ToLine()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("slug", Slug);
            json.WriteString("hash", Hash);
            json.WriteString("date", Date.ToString());
            json.WriteBoolean("clean", Clean);
            json.WriteString("kind", Kind);
            json.WriteStartArray("tags");
            foreach (var tag in Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartArray("locales");
            foreach (var locale in Locales)
            {
                json.WriteStartObject();
                json.WriteString("date", locale.DateText);
                json.WriteString("headline", locale.Headline);
                json.WriteString("lede", locale.Lede);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a line <see cref="ToLine"/> wrote for <paramref name="localeCount"/> locales; null for anything else.</summary>
    public static ManifestRecord? Parse(ReadOnlySpan<byte> line, int localeCount)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            string? slug = null, hash = null, kind = null;
            PartialDate? date = null;
            bool? clean = null;
            List<string>? tags = null;
            List<ManifestLocale>? locales = null;
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                switch (reader.GetString())
                {
                    case "slug":
                        slug = ReadString(ref reader);
                        break;
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
                    case "clean":
                        clean = Next(ref reader) switch
                        {
                            JsonTokenType.True => true,
                            JsonTokenType.False => false,
                            _ => throw new JsonException("Expected a boolean."),
                        };
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

                        break;
                    case "locales":
                        locales = [];
                        Expect(ref reader, JsonTokenType.StartArray);
                        while (Next(ref reader) == JsonTokenType.StartObject)
                        {
                            string? dateText = null, headline = null, lede = null;
                            while (Next(ref reader) == JsonTokenType.PropertyName)
                            {
                                var field = reader.GetString();
                                var value = ReadString(ref reader);
                                switch (field)
                                {
                                    case "date": dateText = value; break;
                                    case "headline": headline = value; break;
                                    case "lede": lede = value; break;
                                    default: return null;
                                }
                            }

                            if (dateText is null || headline is null || lede is null)
                            {
                                return null;
                            }

                            locales.Add(new ManifestLocale(dateText, headline, lede));
                        }

                        break;
                    default:
                        return null;
                }
            }

            if (reader.Read() || slug is null || hash is null || date is not { } known || clean is not { } isClean || kind is null || tags is null
                || locales is null || locales.Count != localeCount)
            {
                return null;
            }

            return new ManifestRecord(slug, hash, known, isClean, kind, tags, locales);
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

    internal static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The line ends early.");

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"Expected {type}.");
        }
    }

    internal static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }
}

/// <summary>Where one brief's line is in a manifest file, and what a rebuild decides from without reading it.</summary>
internal readonly record struct ManifestEntry(string Hash, PartialDate Date, bool Clean, long Offset, int Length);

/// <summary>
/// <c>SITE/.newsbrief/manifest.json</c>: what the site was built from, one JSON line per brief so
/// that it is written as the briefs are built and read back one line at a time, never held whole.
/// The first line fingerprints the manifest format, the tool build, the locales, the templates and
/// the base URL (<see cref="Inputs"/>; a change re-renders every brief) and names the locales; then
/// one line per brief in ordinal order of slugs (<see cref="ManifestRecord"/>: its facts hash, date,
/// kind, tags and per-locale summary, so that a rebuild neither parses nor formats an unchanged facts
/// file); the last line counts the briefs and holds <c>check</c>, the SHA-256 of every byte before
/// it, so a manifest that is not exactly what a build wrote (truncated, edited, of another format)
/// is ignored and the build is a clean one. A brief built with any diagnostic is listed with
/// <c>"clean": false</c> and parsed again next time, so its warnings show on every build. Written in
/// ordinal order, so a clean build and an incremental one write the same bytes.
/// </summary>
internal sealed class BuildManifest : IDisposable
{
    public const string RelativePath = ".newsbrief/manifest.json";

    /// <summary>Changes whenever what the manifest holds or how it is written changes.</summary>
    public const string Format = "newsbrief-site-manifest/4";

    private readonly SafeFileHandle handle;
    private readonly int localeCount;

    private BuildManifest(string inputs, Dictionary<string, ManifestEntry> briefs, SafeFileHandle handle, int localeCount)
    {
        Inputs = inputs;
        Briefs = briefs;
        this.handle = handle;
        this.localeCount = localeCount;
    }

    /// <summary>The fingerprint of everything but the facts.</summary>
    public string Inputs { get; }

    /// <summary>Every brief listed, by slug: its hash, date, whether clean, and where its line is.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Briefs { get; }

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
    /// Opens the manifest of a previous build for a build whose locales are <paramref name="locales"/>,
    /// checking it in one forward pass; null when missing, unreadable, of another format or not intact
    /// (then everything is parsed and rendered). Holds the file open to read lines back (<see cref="Line"/>).
    /// </summary>
    public static BuildManifest? TryOpen(string siteFolder, IReadOnlyList<string> locales)
    {
        var path = Path.Combine(siteFolder, RelativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var (inputs, briefs) = Scan(handle, locales);
            if (inputs is null || briefs is null)
            {
                handle.Dispose();
                return null;
            }

            return new BuildManifest(inputs, briefs, handle, locales.Count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            handle?.Dispose();
            return null;
        }
    }

    /// <summary>Reads a manifest's bytes (tests); null for anything but an intact manifest.</summary>
    internal static (string Inputs, IReadOnlyDictionary<string, ManifestEntry> Briefs)? Parse(byte[] bytes, IReadOnlyList<string> locales)
    {
        var path = Path.Combine(Path.GetTempPath(), "newsbrief-manifest-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        try
        {
            using var handle = File.OpenHandle(path);
            var (inputs, briefs) = Scan(handle, locales);
            return inputs is null || briefs is null ? null : (inputs, briefs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One brief's line, read back from the file.</summary>
    public byte[] Line(ManifestEntry entry)
    {
        var line = new byte[entry.Length];
        if (RandomAccess.Read(handle, line, entry.Offset) != entry.Length)
        {
            throw new IOException("The previous site's manifest changed during the build.");
        }

        return line;
    }

    /// <summary>One brief's record, read back from the file; null when it no longer reads (the manifest was replaced).</summary>
    public ManifestRecord? Record(ManifestEntry entry) => ManifestRecord.Parse(Line(entry), localeCount);

    public void Dispose() => handle.Dispose();

    /// <summary>The header line: format, inputs and locales.</summary>
    public static byte[] Header(string inputs, IReadOnlyList<string> locales)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("inputs", inputs);
            json.WriteStartArray("locales");
            foreach (var locale in locales)
            {
                json.WriteStringValue(locale);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The last line: how many briefs, and the SHA-256 of everything before it.</summary>
    public static byte[] Trailer(long briefs, byte[] check)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("briefs", briefs);
            json.WriteString("check", Convert.ToHexStringLower(check));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One forward pass: every line's place, each brief line's slug, hash, date and flag; the check verified at the end.</summary>
    private static (string? Inputs, Dictionary<string, ManifestEntry>? Briefs) Scan(SafeFileHandle handle, IReadOnlyList<string> locales)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var lines = new LineReader(handle);
        if (lines.Next() is not { } first || !TryHeader(first.Span, locales, out var inputs))
        {
            return (null, null);
        }

        hash.AppendData(first.Span);
        hash.AppendData("\n"u8);
        var briefs = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        string? last = null;
        while (lines.Next() is { } line)
        {
            var span = line.Span;
            if (TryTrailer(span, out var count, out var check))
            {
                var intact = lines.Next() is null && lines.Complete && count == briefs.Count
                    && check == Convert.ToHexStringLower(hash.GetHashAndReset());
                return intact ? (inputs, briefs) : (null, null);
            }

            if (!TryBrief(span, out var slug, out var entryHash, out var date, out var clean)
                || (last is not null && string.CompareOrdinal(last, slug) >= 0))
            {
                return (null, null);
            }

            briefs.Add(slug, new ManifestEntry(entryHash, date, clean, line.Offset, span.Length));
            last = slug;
            hash.AppendData(span);
            hash.AppendData("\n"u8);
        }

        return (null, null); // no trailer: truncated
    }

    private static bool TryHeader(ReadOnlySpan<byte> line, IReadOnlyList<string> locales, out string inputs)
    {
        inputs = "";
        try
        {
            var reader = new Utf8JsonReader(line);
            ManifestRecord.Expect(ref reader, JsonTokenType.StartObject);
            string? format = null, read = null;
            List<string>? codes = null;
            while (ManifestRecord.Next(ref reader) == JsonTokenType.PropertyName)
            {
                switch (reader.GetString())
                {
                    case "format":
                        format = ManifestRecord.ReadString(ref reader);
                        break;
                    case "inputs":
                        read = ManifestRecord.ReadString(ref reader);
                        break;
                    case "locales":
                        codes = [];
                        ManifestRecord.Expect(ref reader, JsonTokenType.StartArray);
                        while (ManifestRecord.Next(ref reader) == JsonTokenType.String)
                        {
                            codes.Add(reader.GetString()!);
                        }

                        break;
                    default:
                        return false;
                }
            }

            if (reader.Read() || format != Format || read is null || codes is null || !codes.SequenceEqual(locales, StringComparer.Ordinal))
            {
                return false;
            }

            inputs = read;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryTrailer(ReadOnlySpan<byte> line, out long count, out string check)
    {
        count = 0;
        check = "";
        if (!line.StartsWith("{\"briefs\":"u8))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(line);
            ManifestRecord.Expect(ref reader, JsonTokenType.StartObject);
            ManifestRecord.Expect(ref reader, JsonTokenType.PropertyName);
            ManifestRecord.Expect(ref reader, JsonTokenType.Number);
            count = reader.GetInt64();
            ManifestRecord.Expect(ref reader, JsonTokenType.PropertyName);
            if (reader.GetString() != "check")
            {
                return false;
            }

            check = ManifestRecord.ReadString(ref reader);
            ManifestRecord.Expect(ref reader, JsonTokenType.EndObject);
            return !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The fields a rebuild decides from; the rest of the line is read back only when needed.</summary>
    private static bool TryBrief(ReadOnlySpan<byte> line, out string slug, out string hash, out PartialDate date, out bool clean)
    {
        slug = hash = "";
        date = default;
        clean = false;
        try
        {
            var reader = new Utf8JsonReader(line);
            ManifestRecord.Expect(ref reader, JsonTokenType.StartObject);
            // The writer's field order: slug, hash, date, clean first.
            if (!Property(ref reader, "slug"u8))
            {
                return false;
            }

            slug = ManifestRecord.ReadString(ref reader);
            if (!Property(ref reader, "hash"u8))
            {
                return false;
            }

            hash = ManifestRecord.ReadString(ref reader);
            if (!Property(ref reader, "date"u8) || !PartialDate.TryParse(ManifestRecord.ReadString(ref reader), out date) || !Property(ref reader, "clean"u8))
            {
                return false;
            }

            var flag = ManifestRecord.Next(ref reader);
            clean = flag == JsonTokenType.True;
            return flag is JsonTokenType.True or JsonTokenType.False;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Property(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        ManifestRecord.Next(ref reader) == JsonTokenType.PropertyName && reader.ValueTextEquals(name);

    /// <summary>Lines of a file, read forward through one reused buffer (grown for a long line).</summary>
    private sealed class LineReader(SafeFileHandle handle)
    {
        private byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;
        private long fileOffset; // of buffer[0]
        private bool eof;

        /// <summary>True when the file ended with a newline after the last line.</summary>
        public bool Complete { get; private set; } = true;

        public (ReadOnlyMemory<byte> Bytes, long Offset)? NextRaw()
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var line = (new ReadOnlyMemory<byte>(buffer, start, newline), fileOffset + start);
                    start += newline + 1;
                    return line;
                }

                if (eof)
                {
                    Complete = start == end;
                    return null; // a last line without its newline is not a line a build wrote
                }

                if (start > 0)
                {
                    Array.Copy(buffer, start, buffer, 0, end - start);
                    fileOffset += start;
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = RandomAccess.Read(handle, buffer.AsSpan(end), fileOffset + end);
                eof = read == 0;
                end += read;
            }
        }

        public TextLine? Next() => NextRaw() is { } raw ? new TextLine(raw.Bytes, raw.Offset) : null;
    }

    private readonly record struct TextLine(ReadOnlyMemory<byte> Bytes, long Offset)
    {
        public ReadOnlySpan<byte> Span => Bytes.Span;
    }
}

/// <summary>
/// Writes this build's manifest into staging as the briefs are built, in slug order: the header,
/// one line per brief (returning where it is, so the site-wide pages read summaries back), then the
/// trailer. Lines can be read back while it is written (<see cref="Line"/>).
/// </summary>
internal sealed class ManifestWriter : IDisposable
{
    private readonly FileStream? stream;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly int localeCount;
    private long count;
    private long position;
    private SafeFileHandle? handle;

    /// <param name="path">The manifest's path in staging; null for a build that may write nothing (it only reports the facts' diagnostics).</param>
    public ManifestWriter(string? path, string inputs, IReadOnlyList<string> locales)
    {
        localeCount = locales.Count;
        stream = path is null ? null : new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.Read, BufferSize = 1 << 16 });
        Write(BuildManifest.Header(inputs, locales));
    }

    /// <summary>
    /// Appends a brief's line (its bytes as <see cref="ManifestRecord.ToLine"/> made them); returns
    /// where it is. The entry leaves the hash out (it is in the line): the site index keeps an entry
    /// per brief, and 64 characters a brief add up in a large archive.
    /// </summary>
    public ManifestEntry Append(PartialDate date, bool clean, byte[] line)
    {
        var offset = position;
        Write(line);
        count++;
        return new ManifestEntry("", date, clean, offset, line.Length);
    }

    /// <summary>Writes the trailer and flushes; the file is complete.</summary>
    public void Finish()
    {
        var trailer = BuildManifest.Trailer(count, hash.GetHashAndReset());
        stream?.Write(trailer);
        stream?.WriteByte((byte)'\n');
        stream?.Flush();
        // Taken once, here: FileStream flushes on every access to its handle, and the pages that read
        // lines back run on several threads.
        handle = stream?.SafeFileHandle;
    }

    /// <summary>Reads a line back (after <see cref="Finish"/>; any thread).</summary>
    public ManifestRecord? Record(ManifestEntry entry)
    {
        if (handle is null)
        {
            return null;
        }

        var line = new byte[entry.Length];
        RandomAccess.Read(handle, line, entry.Offset);
        return ManifestRecord.Parse(line, localeCount);
    }

    public void Dispose()
    {
        stream?.Dispose();
        hash.Dispose();
    }

    private void Write(byte[] line)
    {
        stream?.Write(line);
        stream?.WriteByte((byte)'\n');
        position += line.Length + 1;
        hash.AppendData(line);
        hash.AppendData("\n"u8);
    }
}
