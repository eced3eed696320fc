using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Importing;

/// <summary>
/// Any bytes given to <c>import bmkg</c> or <c>import usgs</c>: mutants of the example feeds (byte
/// flips, cuts, inserted JSON tokens, fields replaced by hostile values). No input prints "internal
/// error"; every error is positioned; what is imported imports again without changing a byte.
/// Seeded (Replay), as the other property tests; the fuzz harness's import target goes further.
/// </summary>
public sealed class HostileFeedTests
{
    private const string Seed = "(20261205,13)";

    private static readonly string[] Feeds = ["bmkg-autogempa.json", "bmkg-gempaterkini.json", "usgs-4.5_week.geojson"];

    private static readonly string[] Tokens =
    [
        "\"abc\"", "null", "{}", "[]", "1e400", "-0", "\"\\u202E\"", "\"\\ud800\"", "\"\\u0000\"", "\"2025-02-30T07:35:21+00:00\"",
        "\"99:99:99 WIB\"", "\"31 Feb 2025\"", "\"XIII - I X\"", "\"-\"", "\"\"", "\"Pusat gempa berada di laut 1 km Utara \"", "\"1 km Utara -NTT\"",
        "\"999999999999999999999999999999\"", "\"84 km NE of , \"", "[120.52,-7.81]", "\"1,2,3\"", "\"7.52 LX\"", "\"Berpotensi\"", "true",
    ];

    public sealed record Mutant(string Feed, string Source, byte[] Bytes);

    public static class MutantGenerators
    {
        public static Arbitrary<Mutant> Mutants() => Gen.Choose(0, Feeds.Length - 1)
            .SelectMany(f => Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(0, int.MaxValue - 1).SelectMany(pos => Gen.Choose(0, Tokens.Length - 1)
                .Select(t => Mutate(Feeds[f], kind, pos, Tokens[t])))))
            .ToArbitrary();

        private static Mutant Mutate(string feed, int kind, int position, string token)
        {
            var bytes = File.ReadAllBytes(FeedFiles.Path(feed));
            var at = position % bytes.Length;
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            byte[] mutated = kind switch
            {
                0 => bytes[..at], // cut off
                1 => Flip(bytes, at),
                2 => [.. bytes[..at], .. System.Text.Encoding.UTF8.GetBytes(token), .. bytes[at..]],
                // A field's value replaced by a hostile one.
                _ => System.Text.Encoding.UTF8.GetBytes(ReplaceValue(text, position, token)),
            };
            return new Mutant(feed, feed.StartsWith("usgs", StringComparison.Ordinal) ? "usgs" : "bmkg", mutated);
        }

        private static byte[] Flip(byte[] bytes, int at)
        {
            var copy = (byte[])bytes.Clone();
            copy[at] ^= (byte)(1 << (at % 8));
            return copy;
        }

        private static string ReplaceValue(string text, int position, string token)
        {
            var values = System.Text.RegularExpressions.Regex.Matches(text, @"(?<=: )(""[^""]*""|-?[0-9.]+|null|\[[^\]]*\])");
            var m = values[position % values.Count];
            return text[..m.Index] + token + text[(m.Index + m.Length)..];
        }
    }

    [Property(Arbitrary = [typeof(MutantGenerators)], Replay = Seed, MaxTest = 150)]
    public void AnyMutantFeed_EndsInDiagnosticsOrBriefs_NeverAnInternalError(Mutant mutant)
    {
        using var dir = new TempDir();
        var feed = Path.Combine(dir.Path, "feed.json");
        File.WriteAllBytes(feed, mutant.Bytes);
        var outDir = Path.Combine(dir.Path, "briefs");

        var result = CliRunner.Run(dir.Path, "import", mutant.Source, feed, "--out", outDir);

        Assert.False(result.Error.Contains("internal error", StringComparison.Ordinal), result.Error);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        if (result.ExitCode == 1)
        {
            Assert.Matches(@"(feed\.json|gempa-[0-9-]+\.yml):\d+:\d+: error NB8\d{3}: ", result.Error);
        }

        // Whatever was imported is stable: the same feed again writes nothing.
        var before = dir.Snapshot();
        var again = CliRunner.Run(dir.Path, "import", mutant.Source, feed, "--out", outDir);
        Assert.Equal(result.ExitCode, again.ExitCode);
        Assert.Equal(before, dir.Snapshot());
    }
}
