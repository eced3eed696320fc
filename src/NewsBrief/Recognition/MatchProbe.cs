using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace NewsBrief.Recognition;

/// <summary>
/// A necessary condition for a match of one of <see cref="WhenScanner"/>'s patterns, tested before the
/// regex runs: every clause is a set of needles (words or single characters), and every match of the
/// pattern contains at least one needle of each clause. When a clause has no needle in a text, the
/// pattern cannot match there and its regex is not run, which changes nothing the scanner finds.
/// <para>
/// Why: Native AOT runs these locale-built regexes in the interpreter, and build checks every text
/// of every brief with some twenty of them; most texts hold no period word, weekday or clock time,
/// and a vectorised search says so in a fraction of the time a regex pass takes.
/// </para>
/// </summary>
internal sealed class MatchProbe
{
    /// <summary>A probe with no clause: the pattern may match anywhere.</summary>
    public static readonly MatchProbe Always = new([]);

    private readonly Clause[] clauses;

    /// <summary>A probe of <paramref name="clauses"/>, the cheapest and most telling tried first (the order changes no answer).</summary>
    public MatchProbe(IEnumerable<Clause> clauses) => this.clauses = [.. clauses.OrderBy(c => c.Cost)];

    /// <summary>False only when no match of the pattern can be in <paramref name="text"/>.</summary>
    public bool MayMatch(string text)
    {
        foreach (var clause in clauses)
        {
            if (!clause.OccursIn(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One requirement of a pattern: a match holds one of these needles. Under
    /// <paramref name="ignoreCase"/> a needle's character stands for every character the regex engine
    /// matches for it with <c>RegexOptions.IgnoreCase | RegexOptions.CultureInvariant</c> (the options
    /// of the period patterns), asked of the engine itself, so the probe never disagrees with the regex
    /// (the Kelvin sign matches <c>k</c> there, which ordinal case-insensitive comparison would miss).
    /// </summary>
    internal sealed class Clause
    {
        private readonly SearchValues<char>? singles;
        private readonly string[] words;
        private readonly FoldedWord[] foldedWords;

        public Clause(IEnumerable<string> needles, bool ignoreCase)
        {
            var list = needles.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count == 0)
            {
                throw new ArgumentException("A clause needs at least one non-empty needle: with none, no text could satisfy it.", nameof(needles));
            }

            var chars = list.Where(n => n.Length == 1).SelectMany(n => ignoreCase ? CaseEquivalents(n[0]) : [n[0]]).Distinct().ToArray();
            singles = chars.Length > 0 ? SearchValues.Create(chars) : null;
            var multi = list.Where(n => n.Length > 1).ToList();
            words = ignoreCase ? [] : [.. multi];
            foldedWords = ignoreCase ? [.. multi.Select(w => new FoldedWord(w))] : [];

            // A set of single characters is one vectorised pass; then words, the longest (rarest) first.
            Cost = multi.Count == 0 ? 0 : 100 + (multi.Count * 10) - multi.Min(w => w.Length);
        }

        /// <summary>How soon to try this clause: lower first.</summary>
        public int Cost { get; }

        /// <summary>The ASCII digits: what a field of digits (<c>[0-9]</c>, <c>[1-4]</c>) needs.</summary>
        public static Clause Digits { get; } = new(Enumerable.Range(0, 10).Select(d => ((char)('0' + d)).ToString()), ignoreCase: false);

        public bool OccursIn(string text)
        {
            var span = text.AsSpan();
            if (singles is not null && span.ContainsAny(singles))
            {
                return true;
            }

            foreach (var word in words)
            {
                if (span.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var folded in foldedWords)
            {
                if (folded.OccursIn(span))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A word matched as a case-insensitive, culture-invariant regex matches it.</summary>
    private sealed class FoldedWord
    {
        private readonly string word;
        private readonly SearchValues<char>[] sets;
        private readonly SearchValues<char>? odd;

        public FoldedWord(string word)
        {
            this.word = word;
            sets = [.. word.Select(c => SearchValues.Create(CaseEquivalents(c)))];

            // The characters the regex takes for one of the word's where ordinal case-insensitive
            // comparison does not (the Kelvin sign for k): only a text holding one needs the slow search.
            var odd = word.SelectMany(c => CaseEquivalents(c).Where(e => !string.Equals(e.ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase))).Distinct().ToArray();
            this.odd = odd.Length > 0 ? SearchValues.Create(odd) : null;
        }

        public bool OccursIn(ReadOnlySpan<char> text)
        {
            // A run the regex matches is equal to the word ignoring case ordinally, unless it holds an odd character.
            return text.Contains(word, StringComparison.OrdinalIgnoreCase) || (odd is not null && text.ContainsAny(odd) && ContainsFolded(text, sets));
        }

        /// <summary>True when some run of characters in <paramref name="text"/> has each character in the matching set.</summary>
        private static bool ContainsFolded(ReadOnlySpan<char> text, SearchValues<char>[] word)
        {
            while (text.Length >= word.Length)
            {
                var at = text[..(text.Length - word.Length + 1)].IndexOfAny(word[0]);
                if (at < 0)
                {
                    return false;
                }

                var k = 1;
                while (k < word.Length && word[k].Contains(text[at + k]))
                {
                    k++;
                }

                if (k == word.Length)
                {
                    return true;
                }

                text = text[(at + 1)..];
            }

            return false;
        }
    }

    private static readonly ConcurrentDictionary<char, char[]> Equivalents = new();

    private static readonly Lazy<string> EveryChar = new(() => string.Create(char.MaxValue + 1, 0, (span, _) =>
    {
        for (var c = 0; c < span.Length; c++)
        {
            span[c] = (char)c;
        }
    }));

    /// <summary>Every character a case-insensitive, culture-invariant regex matches for <paramref name="c"/>, as the engine says.</summary>
    internal static char[] CaseEquivalents(char c) => Equivalents.GetOrAdd(c, static c =>
    {
        var literal = new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return [.. literal.Matches(EveryChar.Value).Select(m => m.Value[0])];
    });
}
