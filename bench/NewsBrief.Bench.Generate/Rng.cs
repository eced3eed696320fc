namespace NewsBrief.Bench.Generate;

/// <summary>
/// SplitMix64: a tiny PRNG whose sequence is fixed by this code alone, so the same seed gives the same
/// stories on every runtime (System.Random's seeded algorithm is an implementation detail).
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>An integer in [min, max).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            return min;
        }

        return min + (int)(NextUInt64() % (ulong)(max - min));
    }

    /// <summary>A long in [min, max).</summary>
    public long NextLong(long min, long max)
    {
        if (max <= min)
        {
            return min;
        }

        return min + (long)(NextUInt64() % (ulong)(max - min));
    }

    public bool Chance(int percent) => Next(0, 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>Fisher-Yates shuffle of a copy.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(0, i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
