using System.Text.Json;
using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsBrief.Tests.Localization;

/// <summary>
/// The locale file reader (LocaleYamlReader with LocaleDataParser's key tables): it reads the shipped
/// locales exactly as YamlDotNet's object deserializer (which it replaced) does, and reports every
/// problem of a bad file at its line and column.
/// </summary>
public sealed class LocaleDataParserTests
{
    private const string Path = "locales/en.yml";

    private static readonly string En = File.ReadAllText(System.IO.Path.Combine(RepoFiles.Locales, "en.yml"));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void ShippedLocale_ReadsTheSameAsYamlDotNetsObjectDeserializer(string code)
    {
        // `kinds:` (the story kinds' words) is read generically, into read-only dictionaries the
        // reflective deserializer cannot build; KindWordsTests covers it.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(System.IO.Path.Combine(RepoFiles.Locales, code + ".yml")),
            @"^kinds:\n(?:(?:[ #].*)?\n)*", "", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.DoesNotContain("\nkinds:", text, StringComparison.Ordinal);
        var reflective = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .Build()
            .Deserialize<LocaleData>(text);
        reflective.Code = code;
        reflective.Path = "locales/" + code + ".yml";
        var bag = new DiagnosticBag();

        var read = LocaleDataParser.Parse(text, "locales/" + code + ".yml", code, bag);

        Assert.Empty(bag.Sorted());
        Assert.NotNull(read);
        var json = new JsonSerializerOptions { WriteIndented = true };
        var expected = JsonSerializer.Serialize(reflective, json);
        Assert.Equal(expected, JsonSerializer.Serialize(read, json));
        Assert.Contains("\"Scales\"", expected, StringComparison.Ordinal); // the comparison covers nested sections
        Assert.True(expected.Length > 5000, "the JSON holds the whole locale");
    }

    [Fact]
    public void UnknownKey_IsReportedAtItsLineAndColumn_WithTheNearestKnownKey()
    {
        var text = En.Replace("  scale_from: 1000000", "  scale_from: 1000000\n  scale_form: 1000", StringComparison.Ordinal);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NB2001", d.Code);
        Assert.Equal(At(text, "scale_form"), (d.Location.Line, d.Location.Column));
        Assert.Contains("Unknown key `scale_form` in `money`", d.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean `scale_from`?", d.Message, StringComparison.Ordinal);
        Assert.Contains("approximate_pair", d.Message, StringComparison.Ordinal); // lists the keys there
    }

    [Fact]
    public void EveryProblem_IsReported_NotOnlyTheFirst()
    {
        var text = En
            .Replace("  tens_join:", "  tenz: x\n  tens_join:", StringComparison.Ordinal)
            .Replace("tag: en", "tag: en\nnmae: English", StringComparison.Ordinal)
            .Replace("  prose: \"{0}%\"", "  prose: [a, b]", StringComparison.Ordinal);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        Assert.Equal(
            [At(text, "nmae"), At(text, "[a, b]"), At(text, "tenz")],
            diagnostics.Select(d => (d.Location.Line, d.Location.Column)));
        Assert.All(diagnostics, d => Assert.Equal("NB2001", d.Code));
        Assert.Contains("Did you mean `name`?", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("`percent.prose` should be a text, not a list.", diagnostics[1].Message);
        Assert.Contains("in `words`", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_NamesWhereTheFirstIs()
    {
        var text = En.Replace("  pair: \"{0} ({1})\"", "  pair: \"{0} ({1})\"\n  pair: \"{0} / {1}\"", StringComparison.Ordinal);
        var (line, column) = At(text, "pair: \"{0} ({1})\"");

        var (_, diagnostics) = Parse(text);

        var d = Assert.Single(diagnostics);
        Assert.Equal((line + 1, column), (d.Location.Line, d.Location.Column));
        Assert.Equal($"Duplicate key `pair` in `money`: it is also at line {line}, column {column}. Keep one of the two.", d.Message);
    }

    [Theory]
    [InlineData("  scale_from: 1000000", "  scale_from: lots", "lots", "`money.scale_from` should be a number such as 1000000, not `lots`.")]
    [InlineData("  scale_from: 1000000", "  scale_from: 1,000,000", "1,000,000", "`money.scale_from` should be a number such as 1000000, not `1,000,000`.")]
    [InlineData("      decimals: 2               # $2.50", "      decimals:                 # $2.50", "decimals", "`money.currencies.USD.decimals` needs a value: a whole number such as 2.")]
    [InlineData("  ton: { forms: { one: \"{0} ton\", other: \"{0} tons\" }, measure: true }", "  ton: { forms: { one: \"{0} ton\", other: \"{0} tons\" }, measure: yes }", "yes", "`units.ton.measure` should be true or false, not `yes`.")]
    [InlineData("tens: { 2: twenty,", "tens: { two: twenty,", "two", "The key `two` in `words.tens` should be a whole number such as 2.")]
    [InlineData("    - value: 1000000\n      long: \"{0} million\"", "    - value: a million\n      long: \"{0} million\"", "a million", "`compact.scales[1].value` should be a number such as 1000000, not `a million`.")]
    [InlineData("  months: [January, February, March, April, May, June, July, August, September, October, November, December]", "  months: January", "January", "`dates.months` should be a list (`[a, b]`, or lines starting with `- `), not the text `January`.")]
    [InlineData("ranges:\n  words:", "ranges: \"none\"\nold_ranges:\n  words:", "\"none\"", "`ranges` should be a mapping of keys (`key: value` lines, or `{ key: value }`), not the text `none`.")]
    public void WrongValue_IsReportedAtTheValue_WithItsKeyPath(string good, string bad, string at, string message)
    {
        var text = ReplaceOnce(En, good, bad);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        var d = Assert.Single(diagnostics, d => d.Message == message);
        Assert.Equal("NB2001", d.Code);
        Assert.Equal(At(text, at, from: text.IndexOf(bad, StringComparison.Ordinal)), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void AnchorsAliasesAndTags_AreRefused()
    {
        var text = En.Replace("tag: en", "tag: &t en", StringComparison.Ordinal)
            .Replace("  site_title: NewsBrief", "  site_title: *t", StringComparison.Ordinal)
            .Replace("  table: \"{0}%\"", "  table: !!str \"{0}%\"", StringComparison.Ordinal);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(At(text, "&t"), (diagnostics[0].Location.Line, diagnostics[0].Location.Column));
        Assert.StartsWith("Anchor `&t` is not read in locale files", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(At(text, "*t"), (diagnostics[1].Location.Line, diagnostics[1].Location.Column));
        Assert.Equal("`ui.site_title` should be a text, not the alias `*t` (aliases are not read in locale files; write the value out).", diagnostics[1].Message);
        Assert.Equal(At(text, "!!str"), (diagnostics[2].Location.Line, diagnostics[2].Location.Column));
        Assert.StartsWith("Tag `tag:yaml.org,2002:str` is not read in locale files", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxError_IsReportedWhereTheParserStopped()
    {
        var text = En.Replace("  pair: \"{0} ({1})\"", "  pair: \"{0} ({1})\n  broken: [", StringComparison.Ordinal);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NB2001", d.Code);
        Assert.True(d.Location.Line >= At(text, "pair:").Line, $"reported at line {d.Location.Line}");
        Assert.EndsWith("Fix the locale file; see docs/adding-a-locale.md for its keys.", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void EmptyFile_SaysHowToStart(string text)
    {
        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("NB2001", 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal("The locale file is empty. Copy locales/en.yml and translate it.", d.Message);
    }

    [Fact]
    public void TopLevelList_AndSecondDocument_AreRefused()
    {
        var (_, list) = Parse("- name: English\n");
        var (_, two) = Parse(En + "---\nname: Other\n");

        Assert.Equal("The top level should be a mapping of keys (`key: value` lines, or `{ key: value }`), not a list.", Assert.Single(list).Message);
        var second = Assert.Single(two);
        Assert.Equal(At(En + "---\nname: Other\n", "---\nname: Other"), (second.Location.Line, second.Location.Column));
        Assert.StartsWith("A second YAML document starts here", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullSectionAndMissingText_LeaveItToTheValidatorToNameTheKey()
    {
        var text = En.Replace("  decimal_separator: \".\"", "  decimal_separator:", StringComparison.Ordinal);

        var (data, diagnostics) = Parse(text);

        Assert.Null(data);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NB2002", d.Code);
        Assert.Contains("number.decimal_separator", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedFiles_NeverThrow_AndEveryProblemHasACodeAndAPosition()
    {
        // 600 seeded damages of en.yml: a deleted, doubled or replaced run of characters, or a line
        // moved in or out, the kinds of slips an editor makes in YAML.
        var random = new Random(20261129);
        var junk = new[] { ":", " ", "  ", "-", "[", "]", "{", "}", "\"", "'", "#", "&a", "*a", "!!int", "\t", "\n", "x", "0", "~", "|" };
        var failed = 0;
        for (var i = 0; i < 600; i++)
        {
            var at = random.Next(En.Length);
            var length = random.Next(1, 12);
            var text = (i % 4) switch
            {
                0 => En.Remove(at, Math.Min(length, En.Length - at)),
                1 => En.Insert(at, junk[random.Next(junk.Length)]),
                2 => En.Insert(at, En.Substring(at, Math.Min(length, En.Length - at))),
                _ => En.Insert(En.LastIndexOf('\n', at) + 1, new string(' ', random.Next(1, 4))),
            };

            var (data, diagnostics) = Parse(text);

            if (data is null)
            {
                failed++;
                Assert.NotEmpty(diagnostics);
            }

            Assert.All(diagnostics, d =>
            {
                Assert.Matches("^NB200[1-3]$", d.Code);
                Assert.Equal(Path, d.Location.Path);
                Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"{d.Location} for damage {i}");
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            });
        }

        Assert.InRange(failed, 100, 600); // the damages really damage
    }

    private static (LocaleData? Data, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var data = LocaleDataParser.Parse(text, Path, "en", bag);
        return (data, bag.Sorted().ToList());
    }

    private static string ReplaceOnce(string text, string good, string bad)
    {
        var index = text.IndexOf(good, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(good, index + 1, StringComparison.Ordinal) < 0, $"'{good}' is in locales/en.yml once");
        return text[..index] + bad + text[(index + good.Length)..];
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="needle"/> at or after <paramref name="from"/>.</summary>
    private static (int Line, int Column) At(string text, string needle, int from = 0)
    {
        var index = text.IndexOf(needle, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is in the text");
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
