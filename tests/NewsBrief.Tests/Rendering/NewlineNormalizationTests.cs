using NewsBrief.Rendering;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// The Markdown of every brief passes through <see cref="BriefRenderer.NormalizeNewlines"/>. Its
/// one-pass form must write exactly what the rule says, checked here against the rule written
/// the plain way (split, trim, join, collapse, trim) on many generated texts.
/// </summary>
public sealed class NewlineNormalizationTests
{
    private static string Rule(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var joined = string.Join("\n", lines);
        while (joined.Contains("\n\n\n", StringComparison.Ordinal))
        {
            joined = joined.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return joined.Trim('\n') + "\n";
    }

    [Theory]
    [InlineData("", "\n")]
    [InlineData("\n\n", "\n")]
    [InlineData("# T\r\n\r\n\r\n\r\ntext  \r\n", "# T\n\ntext\n")]
    [InlineData("  \n\t\na\n \u00a0\n\n\nb\t\n\n", "a\n\nb\n")]
    [InlineData("a\rb\n", "a\rb\n")]
    [InlineData("  indented\n    code", "  indented\n    code\n")]
    public void WritesTheRule(string text, string expected)
    {
        Assert.Equal(expected, Rule(text));
        Assert.Equal(expected, BriefRenderer.NormalizeNewlines(text));
    }

    [Fact]
    public void AgreesWithTheRuleOnGeneratedTexts()
    {
        var random = new Random(20251118);
        char[] alphabet = ['a', 'b', ' ', '\t', '\r', '\n', '\n', '\n', '\u00a0', '\u2003', 'é'];
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Rule(text), BriefRenderer.NormalizeNewlines(text));
        }
    }
}
