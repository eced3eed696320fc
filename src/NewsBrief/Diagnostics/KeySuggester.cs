namespace NewsBrief.Diagnostics;

/// <summary>Suggests the nearest known word for a typo ("did you mean `currency`?").</summary>
internal static class KeySuggester
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(input, candidate, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(input, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var limit = input.Length <= 4 ? 1 : input.Length <= 8 ? 2 : 3;
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" Did you mean `x`?" or empty.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Suggest(input, candidates) is { } s ? $" Did you mean `{s}`?" : "";

    /// <summary>Edit distance counting a swap of two neighbours as one edit (optimal string alignment), case-sensitive.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
