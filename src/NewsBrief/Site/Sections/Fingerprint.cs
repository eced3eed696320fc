using System.Buffers.Binary;
using System.Collections;
using System.Security.Cryptography;
using System.Text;

namespace NewsBrief.Site.Sections;

/// <summary>
/// A SHA-256 over values in an unambiguous encoding (a type byte, then a length and the UTF-8
/// bytes, or the members in ordinal key order): two models hash alike only when a layout would see
/// the same values. Not thread-safe; one per file being fingerprinted.
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = new byte[1024];

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Tag(0);
        }

        Tag(1).Number(text.Length);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= buffer.Length)
        {
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
        }
        else
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Tag(2).Number(bytes.Length);
        hash.AppendData(bytes);
        return this;
    }

    /// <summary>A layout model: strings, booleans, numbers, maps and lists (what <c>LayoutRenderer</c> accepts).</summary>
    public Fingerprint AddModel(object? value)
    {
        switch (value)
        {
            case null or string:
                return Add((string?)value);
            case bool b:
                return Tag(b ? (byte)3 : (byte)4);
            case int i:
                return Tag(5).Number(i);
            case IReadOnlyDictionary<string, object?> map:
                Tag(6).Number(map.Count);
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    Add(key).AddModel(map[key]);
                }

                return this;
            case IEnumerable items:
                Tag(7);
                foreach (var item in items)
                {
                    AddModel(item);
                }

                return Tag(8);
            default:
                throw new ArgumentException($"Layouts see strings, booleans, numbers, maps and lists, not {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>The hash so far, as 32 lower-case hex digits (128 bits).</summary>
    public string Hex() => Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));

    /// <summary>The hash so far, 16 bytes.</summary>
    public byte[] Bytes() => hash.GetHashAndReset()[..16];

    public void Dispose() => hash.Dispose();

    private Fingerprint Tag(byte tag)
    {
        hash.AppendData([tag]);
        return this;
    }

    private Fingerprint Number(int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        hash.AppendData(bytes);
        return this;
    }
}
