using System.Diagnostics;
using System.Text;
using NewsBrief.Facts;

namespace NewsBrief.Tests.Facts;

/// <summary>Hostile inputs are rejected fast, positioned, and never crash or hang the process.</summary>
public sealed class FactFileParserLimitsTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500);

    [Theory]
    [InlineData("flow-sequences")]
    [InlineData("flow-mappings")]
    [InlineData("block-mappings")]
    [InlineData("block-sequences")]
    public void TenThousandLevelsOfNesting_AreRejectedFast(string shape)
    {
        const int levels = 10_000;
        var text = shape switch
        {
            "flow-sequences" => "date: " + new string('[', levels) + new string(']', levels) + "\n",
            "flow-mappings" => "date: " + string.Concat(Enumerable.Repeat("{a: ", levels)) + "1" + new string('}', levels) + "\n",
            "block-sequences" => string.Concat(Enumerable.Repeat("- ", levels)) + "x\n",

            // One more space per level: 50 million characters, so the size limit rejects it first.
            _ => string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i) + "a:\n")) + new string(' ', levels) + "b: 1\n",
        };

        var (file, bag, elapsed) = Timed(text);

        Assert.Null(file);
        Assert.True(elapsed < Budget, $"{shape}: {elapsed.TotalMilliseconds} ms");
        var expected = text.Length > FactTextScanner.MaxChars ? "NB1001" : "NB1012";
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(expected, d.Code);
        Assert.Equal(1, d.Location.Line);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(80_000)]
    public void BillionLaughs_IsRejectedFast(int aliases)
    {
        // Nine "lol"s, then levels of 10,000 aliases each to the level before: 9 × 10,000^k strings if expanded.
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        var name = 'a';
        for (var left = aliases; left > 0; left -= 10_000)
        {
            var next = (char)(name + 1);
            sb.Append(next).Append(": &").Append(next).Append(" [")
              .AppendJoin(",", Enumerable.Repeat("*" + name, Math.Min(10_000, left))).Append("]\n");
            name = next;
        }

        var text = sb.ToString();
        Assert.Equal(aliases, text.Count(c => c == '*'));

        var (file, bag, elapsed) = Timed(text);

        Assert.Null(file);
        Assert.True(elapsed < Budget, $"{elapsed.TotalMilliseconds} ms");
        Assert.InRange(bag.Count, 1, FactReporter.MaxDiagnostics + 1);
        if (text.Length > FactTextScanner.MaxChars)
        {
            // 100,000 aliases need at least 300,000 characters: the size limit stops them before YAML is read.
            Assert.Equal("NB1001", Assert.Single(bag.Sorted()).Code);
        }
        else
        {
            var first = bag.Sorted().First(d => d.Code == "NB1009");
            Assert.Equal((1, 4), (first.Location.Line, first.Location.Column));
            Assert.Contains(bag.Sorted(), d => d.Code == "NB1040");
        }
    }

    [Fact]
    public void HugeScalar_IsRejectedBySizeFast()
    {
        var text = "date: " + new string('9', 50 * 1024 * 1024) + "\n";

        var (file, bag, elapsed) = Timed(text);

        Assert.Null(file);
        Assert.True(elapsed < Budget, $"{elapsed.TotalMilliseconds} ms");
        Assert.Equal("NB1001", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void RandomMutationsOfAGoodFile_NeverThrow()
    {
        // A fixed seed keeps the run reproducible; every mutant must parse or be rejected with diagnostics.
        var random = new Random(20251118);
        var source = FactFileParserTests.Example;
        const string alphabet = "{}[]:,-#&*!|>'\"%@`?\t\n \\<=~.0123456789abcXYZ\u202E\u0000\uFFFD\u00e9";
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var chars = source.ToCharArray().ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars.RemoveAt(at); break;
                }
            }

            var mutant = new string([.. chars]);
            var file = FactsTestSupport.Parse(mutant, out var bag);
            Assert.True(file is not null || bag.HasErrors, "a rejected file always has an error:\n" + mutant);
            Assert.All(bag.Sorted(), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"{stopwatch.Elapsed.TotalSeconds} s");
    }

    private static (FactFile? File, NewsBrief.Diagnostics.DiagnosticBag Bag, TimeSpan Elapsed) Timed(string text)
    {
        // Warm up the parser's code paths so the budget measures the input, not the JIT.
        FactsTestSupport.Parse("date: 2025-09-18\n", out _);
        var stopwatch = Stopwatch.StartNew();
        var file = FactsTestSupport.Parse(text, out var bag);
        return (file, bag, stopwatch.Elapsed);
    }
}
