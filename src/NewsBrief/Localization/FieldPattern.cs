using System.Text;

namespace NewsBrief.Localization;

/// <summary>One piece of a CLDR-style pattern: a field (<c>MMMM</c>) or literal text.</summary>
internal readonly record struct PatternToken(char Field, int Width, string Literal)
{
    public bool IsField => Field != '\0';
}

/// <summary>
/// CLDR-style field patterns (<c>EEEE, d MMMM y</c>, <c>'pukul' HH.mm</c>) and <c>{0}</c> placeholders.
/// ASCII letters are fields; text in single quotes is literal (<c>''</c> is a quote); everything else is literal.
/// </summary>
internal static class FieldPattern
{
    /// <summary>The fields and widths date patterns may use.</summary>
    public static readonly IReadOnlyDictionary<char, int[]> DateFields = new Dictionary<char, int[]>
    {
        ['d'] = [1, 2],
        ['M'] = [1, 2, 3, 4],
        ['y'] = [1],
        ['E'] = [4],
    };

    /// <summary>The fields and widths time patterns may use.</summary>
    public static readonly IReadOnlyDictionary<char, int[]> TimeFields = new Dictionary<char, int[]>
    {
        ['H'] = [1, 2],
        ['h'] = [1, 2],
        ['m'] = [1, 2],
        ['s'] = [1, 2],
        ['a'] = [1],
    };

    /// <summary>Splits a pattern into tokens; throws <see cref="FormatException"/> for fields not in <paramref name="allowed"/>.</summary>
    public static List<PatternToken> Parse(string pattern, IReadOnlyDictionary<char, int[]> allowed)
    {
        var tokens = new List<PatternToken>();
        var literal = new StringBuilder();
        var k = 0;
        while (k < pattern.Length)
        {
            var c = pattern[k];
            if (c == '\'')
            {
                var end = k + 1;
                if (end < pattern.Length && pattern[end] == '\'')
                {
                    literal.Append('\'');
                    k += 2;
                    continue;
                }

                while (true)
                {
                    if (end >= pattern.Length)
                    {
                        throw new FormatException($"unclosed quote in '{pattern}'");
                    }

                    if (pattern[end] == '\'')
                    {
                        if (end + 1 < pattern.Length && pattern[end + 1] == '\'')
                        {
                            literal.Append('\'');
                            end += 2;
                            continue;
                        }

                        break;
                    }

                    literal.Append(pattern[end]);
                    end++;
                }

                k = end + 1;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = k;
                while (k < pattern.Length && pattern[k] == c)
                {
                    k++;
                }

                var width = k - start;
                if (!allowed.TryGetValue(c, out var widths) || !widths.Contains(width))
                {
                    throw new FormatException($"'{new string(c, width)}' is not a field here (quote literal letters: 'text'); fields: {string.Join(" ", allowed.SelectMany(a => a.Value.Select(w => new string(a.Key, w))))}");
                }

                Flush(tokens, literal);
                tokens.Add(new PatternToken(c, width, ""));
            }
            else
            {
                literal.Append(c);
                k++;
            }
        }

        Flush(tokens, literal);
        return tokens;
    }

    /// <summary>Checks a pattern; null when valid, else the reason.</summary>
    public static string? Check(string pattern, IReadOnlyDictionary<char, int[]> allowed)
    {
        try
        {
            Parse(pattern, allowed);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Splits an interval pattern at the first field that repeats an earlier one (CLDR interval formats):
    /// <c>d—d MMMM y</c> gives <c>d—</c> for the first date and <c>d MMMM y</c> for the second.
    /// </summary>
    public static (List<PatternToken> First, List<PatternToken> Second) SplitInterval(List<PatternToken> tokens)
    {
        var seen = new HashSet<char>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsField && !seen.Add(tokens[k].Field))
            {
                return (tokens[..k], tokens[k..]);
            }
        }

        throw new FormatException("an interval pattern must repeat a field where the second date starts (d—d MMMM y)");
    }

    /// <summary>Writes tokens, asking <paramref name="field"/> for each field's text.</summary>
    public static string Render(IEnumerable<PatternToken> tokens, Func<char, int, string> field)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            sb.Append(t.IsField ? field(t.Field, t.Width) : t.Literal);
        }

        return sb.ToString();
    }

    /// <summary>Replaces <c>{0}</c>, <c>{1}</c>… in a locale pattern; other text is kept as is.</summary>
    public static string Fill(string pattern, params string[] args)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] == '{' && k + 2 < pattern.Length && char.IsAsciiDigit(pattern[k + 1]) && pattern[k + 2] == '}')
            {
                var index = pattern[k + 1] - '0';
                if (index < args.Length)
                {
                    sb.Append(args[index]);
                    k += 2;
                    continue;
                }
            }

            sb.Append(pattern[k]);
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="pattern"/> holds each placeholder <c>{0}</c> … <c>{count-1}</c>.</summary>
    public static bool HasPlaceholders(string pattern, int count) =>
        Enumerable.Range(0, count).All(i => pattern.Contains("{" + (char)('0' + i) + "}", StringComparison.Ordinal));

    private static void Flush(List<PatternToken> tokens, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            tokens.Add(new PatternToken('\0', 0, literal.ToString()));
            literal.Clear();
        }
    }
}
