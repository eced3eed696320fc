using System.Globalization;
using System.Text;

namespace NewsBrief.Fuzz;

/// <summary>
/// The smoke run's mutations: byte-level (as AFL's havoc stage) and facts-aware (tokens of
/// <c>fuzz/facts.dict</c> at line starts and after <c>: </c>, lines spliced from other corpus files,
/// and growth of a chunk to tens of KB, to test that time stays linear). Deterministic: the same
/// seed and corpus give the same inputs, so a CI finding replays anywhere.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> tokens)
{
    private static readonly byte[] InterestingBytes = "\0\x01\x1b\x7f\t\n\r {}[]:-#&*!|>\"'\\%?,.0123456789"u8.ToArray().Append((byte)0xC3).Append((byte)0xFF).ToArray();

    /// <summary>Largest input produced: the CLI refuses files over 1 MiB and the parser texts over 256 Ki characters.</summary>
    public const int MaxLength = 300 * 1024;

    /// <summary>A mutant of <paramref name="parent"/>: one to four stacked mutations.</summary>
    public byte[] Mutate(byte[] parent, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(parent);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(data, corpus);
        }

        return data.Count > MaxLength ? data.GetRange(0, MaxLength).ToArray() : data.ToArray();
    }

    private void MutateOnce(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case 2 or 3:
                data.InsertRange(random.Next(data.Count + 1), Token());
                break;
            case 4:
                ReplaceValue(data);
                break;
            case 5 when data.Count > 1:
                var start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(Math.Min(64, data.Count))));
                break;
            case 6 when data.Count > 1:
                var from = random.Next(data.Count);
                var chunk = data.GetRange(from, Math.Min(data.Count - from, 1 + random.Next(128)));
                data.InsertRange(random.Next(data.Count + 1), chunk);
                break;
            case 7:
                SpliceLine(data, corpus);
                break;
            case 8:
                ShuffleLines(data);
                break;
            case 9:
                IndentLine(data);
                break;
            case 10 when random.Next(8) == 0:
                Grow(data);
                break;
            default:
                data.InsertRange(LineStart(data), Token());
                break;
        }
    }

    private byte[] Token() => tokens.Count == 0 ? [(byte)'{'] : tokens[random.Next(tokens.Count)];

    /// <summary>Replaces what follows a <c>": "</c> on some line with a token: a key gets a hostile value.</summary>
    private void ReplaceValue(List<byte> data)
    {
        var colons = new List<int>();
        for (var i = 0; i + 1 < data.Count; i++)
        {
            if (data[i] == ':' && data[i + 1] == ' ')
            {
                colons.Add(i + 2);
            }
        }

        if (colons.Count == 0)
        {
            data.InsertRange(random.Next(data.Count + 1), Token());
            return;
        }

        var start = colons[random.Next(colons.Count)];
        var end = start;
        while (end < data.Count && data[end] != '\n')
        {
            end++;
        }

        data.RemoveRange(start, end - start);
        data.InsertRange(start, Token());
    }

    /// <summary>Replaces a line with a line of another corpus file (or inserts one).</summary>
    private void SpliceLine(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        if (corpus.Count == 0)
        {
            return;
        }

        var donor = Lines(corpus[random.Next(corpus.Count)].ToList());
        if (donor.Count == 0)
        {
            return;
        }

        var line = donor[random.Next(donor.Count)];
        var lines = Lines(data);
        var at = lines.Count == 0 ? 0 : random.Next(lines.Count);
        if (lines.Count > 0 && random.Next(2) == 0)
        {
            lines[at] = line;
        }
        else
        {
            lines.Insert(at, line);
        }

        Join(data, lines);
    }

    private void ShuffleLines(List<byte> data)
    {
        var lines = Lines(data);
        if (lines.Count < 2)
        {
            return;
        }

        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            lines.Insert(b, lines[a]);
        }

        Join(data, lines);
    }

    private void IndentLine(List<byte> data)
    {
        var at = LineStart(data);
        if (random.Next(2) == 0 || at >= data.Count || data[at] != ' ')
        {
            data.InsertRange(at, "  "u8.ToArray());
        }
        else
        {
            data.RemoveAt(at);
        }
    }

    /// <summary>Repeats a token or a short slice until the input is 8 to 200 KB: finds work that grows faster than the input.</summary>
    private void Grow(List<byte> data)
    {
        byte[] unit;
        if (random.Next(2) == 0 || data.Count == 0)
        {
            unit = Token();
        }
        else
        {
            var from = random.Next(data.Count);
            unit = data.GetRange(from, Math.Min(data.Count - from, 1 + random.Next(16))).ToArray();
        }

        var target = 8 * 1024 + random.Next(192 * 1024);
        var repeated = new List<byte>(target);
        while (repeated.Count < target)
        {
            repeated.AddRange(unit);
        }

        data.InsertRange(random.Next(data.Count + 1), repeated);
    }

    private int LineStart(List<byte> data)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts[random.Next(starts.Count)];
    }

    private static List<byte[]> Lines(List<byte> data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= data.Count; i++)
        {
            if (i == data.Count || data[i] == '\n')
            {
                if (i > start || i < data.Count)
                {
                    lines.Add(data.GetRange(start, i - start).ToArray());
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static void Join(List<byte> data, List<byte[]> lines)
    {
        data.Clear();
        foreach (var line in lines)
        {
            data.AddRange(line);
            data.Add((byte)'\n');
        }
    }

    /// <summary>Reads an AFL dictionary (<c>name="value"</c> lines, <c>\xNN</c>, <c>\\</c> and <c>\"</c> escapes).</summary>
    public static List<byte[]> ReadDictionary(string path)
    {
        var tokens = new List<byte[]>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            var open = line.IndexOf('"', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || open < 0 || !line.EndsWith('"'))
            {
                continue;
            }

            var body = line[(open + 1)..^1];
            var bytes = new List<byte>();
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == '\\' && i + 1 < body.Length)
                {
                    if (body[i + 1] == 'x' && i + 3 < body.Length)
                    {
                        bytes.Add(byte.Parse(body.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 3;
                        continue;
                    }

                    bytes.Add((byte)body[i + 1]);
                    i++;
                    continue;
                }

                bytes.AddRange(Encoding.UTF8.GetBytes(body[i].ToString()));
            }

            tokens.Add(bytes.ToArray());
        }

        return tokens;
    }
}
