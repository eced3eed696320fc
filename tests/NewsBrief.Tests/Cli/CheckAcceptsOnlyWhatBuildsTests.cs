using System.Text.RegularExpressions;
using NewsBrief.Tests.Rendering;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Whatever <c>check --strict</c> accepts, <c>render</c> and <c>build</c> succeed on, and no input
/// ends in "internal error": over the bad-facts corpus, the hostile payloads, and every hostile
/// character (written as a YAML escape or as itself) placed into every text of the examples.
/// </summary>
public sealed partial class CheckAcceptsOnlyWhatBuildsTests
{
    /// <summary>
    /// Characters as a double-quoted YAML scalar writes them, and whether check must refuse them.
    /// null: either answer is fine, as long as the answer holds through render and build.
    /// </summary>
    private static readonly (string Written, bool? Refused)[] Characters =
    [
        ("\\x01", true), ("\\0", true), ("\\e", true), ("\\x7F", true), ("\\N", true), ("\\L", true),
        ("\\P", true), ("\\r", true), ("\\v", true), ("\\b", true), ("\\u202E", true), ("\\u2066", true),
        ("\\uFEFF", true), ("\\uFFFE", true), ("\\uFFFF", true), ("\\uFDD0", true), ("\\U0001FFFF", true),
        ("\\U0010FFFF", true), ("\\uD800", true), ("\u0001", true), ("\u202E", true), ("\uFFFF", true),
        ("\uFDEF", true), ("\\t", null), ("\\n", null), ("\\_", false), ("\\u00e9", false),
        ("\\U0001F600", false), ("\\u200B", null), ("<\\x00>", true),
    ];

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.Data("bad-facts"), "*.yml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        foreach (var p in HostilePayloads.All)
        {
            data.Add(p);
        }

        return data;
    }

    public static TheoryData<int> CharacterIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Characters.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void BadFactsCorpus_KeepsTheInvariant(string file)
    {
        var outcome = AcceptedBuildsInvariant.Assert(File.ReadAllText(RepoFiles.Data("bad-facts/" + file)), file);

        Assert.False(outcome.Accepted, $"{file} is in the bad corpus but check --strict accepted it");
    }

    /// <summary>
    /// A lede of placeholders filling the 256 KiB cap: each `{c} ` writes a figure nine times as long
    /// in Indonesian (with its equivalent). Check accepted it and render then stopped with NB4002 inside
    /// the brief template (a 256 Ki string limit); now the template limits sit above what an accepted
    /// file can produce, so it checks, renders and builds.
    /// </summary>
    [Fact]
    public void PlaceholdersFillingTheSizeCap_CheckRenderAndBuild()
    {
        var head = """
            date: 2025-09-18
            source: { name: Nature, url: "https://www.nature.com/" }
            rates:
              - { pair: USD/IDR, rate: 16565, date: 2025-09-18 }
            figures:
              c: { amount: 294000, currency: USD, qualifier: about, label: { id: Biaya, en: Cost } }
            headline: { id: "Biaya {c}", en: "Cost {c}" }

            """;
        var lede = string.Concat(Enumerable.Repeat("{c} ", (255 * 1024 - head.Length) / 4 / 2));
        var facts = head + $"lede: {{ id: \"{lede}\", en: \"{lede}\" }}\n";

        var outcome = AcceptedBuildsInvariant.Assert(facts, "placeholders.yml");

        Assert.True(outcome.Accepted, outcome.Check.Error);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void HostilePayloadInEveryText_KeepsTheInvariant(string payload) =>
        AcceptedBuildsInvariant.Assert(HostileFactsTests.FactsWith(payload), "hostile.yml");

    [Theory]
    [MemberData(nameof(CharacterIndexes))]
    public void HostileCharacterInEachTextOfTheExamples_KeepsTheInvariant(int index)
    {
        var (written, refused) = Characters[index];
        var cases = 0;
        foreach (var example in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(example);
            for (var i = 0; i < lines.Length; i++)
            {
                var m = PlainText().Match(lines[i]);
                if (!m.Success)
                {
                    continue;
                }

                cases++;
                var quoted = "\"" + m.Groups[3].Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + " " + written + "\"";
                var changed = lines.ToArray();
                changed[i] = m.Groups[1].Value + m.Groups[2].Value + ": " + quoted;
                var facts = string.Join('\n', changed) + "\n";

                var outcome = AcceptedBuildsInvariant.Assert(facts, Path.GetFileName(example));

                if (refused is { } mustRefuse)
                {
                    Assert.True(outcome.Accepted != mustRefuse, $"{written} at {Path.GetFileName(example)}:{i + 1}: expected {(mustRefuse ? "refused" : "accepted")}:\n{outcome.Check.Error}");
                }

                if (refused == true)
                {
                    Assert.Matches($@"{Regex.Escape(Path.GetFileName(example))}:{i + 1}:\d+: error NB10(03|04|05|41): ", outcome.Check.Error);
                }
            }
        }

        Assert.True(cases >= 20, $"only {cases} texts found in the examples");
    }

    /// <summary>Source URLs as a double-quoted scalar writes them, and whether check must refuse them.</summary>
    public static TheoryData<string, bool> HostileUrls() => new()
    {
        { "https://a.example/<b>", true },
        { "https://a.example/x>y", true },
        { "https://a.example/\\\"x", true },
        { "https://a.example/'x", true },
        { "https://a.example/a b", true },
        { "https://a.example/\\x01", true },
        { "https://a.example/\\u202E", true },
        { "https://a.example/x)", true },
        { "https://a.example/`x`", true },
        { "https://a.example/{x}", true },
        { "javascript:alert(1)", true },
        { "//evil.example/", true },
        { "https://en.wikipedia.org/wiki/Foo_(bar)", false },
        { "https://a.example/caf\\u00e9?q=1&r=2#top", false },
        { "mailto:desk@example.com", false },
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void HostileSourceUrl_IsRefusedAtCheckOrLinksCleanly(string url, bool refused)
    {
        var example = Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml");
        var text = File.ReadAllText(example);
        Assert.Contains("  url: https://www.nature.com/\n", text, StringComparison.Ordinal);

        var outcome = AcceptedBuildsInvariant.Assert(text.Replace("  url: https://www.nature.com/\n", "  url: \"" + url + "\"\n", StringComparison.Ordinal), "story.yml");

        Assert.Equal(refused, !outcome.Accepted);
        if (refused)
        {
            Assert.Matches(@"story\.yml:9:\d+: error NB10(03|04|32): ", outcome.Check.Error);
        }
    }

    /// <summary>Numbers at and past the edges of what a decimal holds, for every number of the examples.</summary>
    public static TheoryData<string> HostileNumbers() =>
    [
        "9999999999999999999999999999", "0.0000000000000000000000000001", "999999999999999999", "0.000000001",
        "1000000000000000000", "79228162514264337593543950335", "79228162514264 trillion", "0.0000000001 trillion",
        "999999 trillion", "0.000001",
    ];

    /// <summary>At or above 10^18, or more than 9 decimals: refused wherever they stand.</summary>
    private static readonly HashSet<string> OutOfRange = new(StringComparer.Ordinal)
    {
        "9999999999999999999999999999", "0.0000000000000000000000000001", "1000000000000000000", "79228162514264337593543950335", "79228162514264 trillion",
    };

    [Theory]
    [MemberData(nameof(HostileNumbers))]
    public void HostileNumberInEachNumberOfTheExamples_KeepsTheInvariant(string number)
    {
        var cases = 0;
        foreach (var example in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(example);
            foreach (Match m in NumberField().Matches(text))
            {
                cases++;
                var facts = text[..m.Groups["n"].Index] + number + text[(m.Groups["n"].Index + m.Groups["n"].Length)..];
                var outcome = AcceptedBuildsInvariant.Assert(facts, Path.GetFileName(example));

                if (OutOfRange.Contains(number))
                {
                    Assert.False(outcome.Accepted, $"{number} as `{m.Value.Trim()}` of {Path.GetFileName(example)} was accepted");
                    Assert.Matches("error NB10(19|21): ", outcome.Check.Error); // out of range, or a scale word where none is taken
                }
            }
        }

        Assert.True(cases >= 8, $"only {cases} numbers found in the examples");
    }

    /// <summary>Numbers in the facts text written as the examples write them.</summary>
    public static TheoryData<string> HugeLiterals() =>
    [
        "Rp9.999.999.999.999.999.999 triliun", "US$999,999,999,999,999,999,999 trillion", "10 to 999,999,999,999,999,999,999 trillion chips",
        "0.000000000000000000000001%", "Rp1 hingga 9.999.999.999.999.999.999.999 triliun", "79,228,162,514,264,337,593,543,950,335",
    ];

    [Theory]
    [MemberData(nameof(HugeLiterals))]
    public void HugeNumberWrittenInEachText_KeepsTheInvariant(string literal)
    {
        foreach (var example in Directory.GetFiles(Path.Combine(RepoFiles.Examples, "briefs"), "*.yml").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(example);
            for (var i = 0; i < lines.Length; i++)
            {
                if (PlainText().Match(lines[i]) is { Success: true } m && m.Groups[2].Value is "id" or "en")
                {
                    var changed = lines.ToArray();
                    changed[i] = lines[i] + ", " + literal;
                    AcceptedBuildsInvariant.Assert(string.Join('\n', changed) + "\n", Path.GetFileName(example));
                }
            }
        }
    }

    [GeneratedRegex(@"(?:^\s*(?:-\s+)?(?:amount|value|percent|rate): |\{ IDR: )(?<n>[0-9][0-9.a-z ]*?)(?= \}|\r?$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NumberField();

    /// <summary>A plain (unquoted, single-line) text value: a locale text, a source name or a rate note.</summary>
    [GeneratedRegex(@"^(\s*(?:- )?)(id|en|name|note): ([^>|{\[""'\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainText();
}
