using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Every malformed facts file of the corpus, through the real command line: exit 1, the right code
/// at the right 1-based position with the line and a caret, nothing on stdout, nothing written.
/// </summary>
public sealed class BadInputCliTests
{
    private static readonly string CorpusDir = RepoFiles.Data("bad-facts");

    public static TheoryData<string, string, int, int> Rows()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var line in File.ReadAllLines(Path.Combine(CorpusDir, "expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var c = line.Split('\t');
            data.Add(c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    /// <summary>The corpus's story-kind files (kind-*.yml) are of the tests' own kind, which the project adds as data.</summary>
    private static void AddSampleKind(TempDir dir)
    {
        foreach (var kindFile in Directory.GetFiles(NewsBrief.Tests.Facts.FactsTestSupport.SampleKindFolder))
        {
            dir.Write("kinds/sample/" + Path.GetFileName(kindFile), File.ReadAllText(kindFile));
        }
    }

    [Fact]
    public void Corpus_HasAtLeast25DistinctFilesAndCodes()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 25);
        Assert.True(rows.Select(r => (string)r[1]).Distinct().Count() >= 25);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Check_BadFile_ExitsOneWithCodePositionAndCaret(string file, string code, int line, int col)
    {
        using var dir = new TempDir();
        var copy = Path.Combine(dir.Path, file);
        File.Copy(Path.Combine(CorpusDir, file), copy);
        AddSampleKind(dir);
        var before = dir.Snapshot();

        var result = CliRunner.Run(dir.Path, "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"{file}:{line}:{col}: error {code}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Render_BadFile_ExitsOneAndPrintsNothing(string file, string code, int line, int col)
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(CorpusDir, file), Path.Combine(dir.Path, file));
        AddSampleKind(dir);

        var result = CliRunner.Run(dir.Path, "render", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"{file}:{line}:{col}: error {code}: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextFormat_QuotesTheLineWithACaretUnderTheColumn()
    {
        using var dir = new TempDir();
        var file = dir.Write("typo.yml", "date: 2025-09-18\nsource: { name: Nature }\nfigures:\n  cost: { amount: 5, curency: USD }\nheadline:\n  id: a {cost}\n  en: b {cost}\nlede: { id: c, en: d }\n");

        var result = CliRunner.Run(dir.Path, "check", "typo.yml");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("typo.yml:4:", StringComparison.Ordinal));
        Assert.True(at >= 0, result.Error);
        Assert.Contains("currency", lines[at], StringComparison.Ordinal); // "did you mean `currency`?"
        Assert.Equal(" 4 |   cost: { amount: 5, curency: USD }", lines[at + 1]);
        var column = int.Parse(lines[at].Split(':')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new string(' ', 4 + column) + "^", lines[at + 2].Replace("   |", "    ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("github")]
    [InlineData("json")]
    public void Check_MachineFormats_CarryCodeAndPosition(string format)
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(CorpusDir, "impossible-date.yml"), Path.Combine(dir.Path, "impossible-date.yml"));

        var result = CliRunner.Run(dir.Path, "check", "impossible-date.yml", "--format", format);

        Assert.Equal(1, result.ExitCode);
        if (format == "github")
        {
            Assert.Matches(@"(?m)^::error file=impossible-date\.yml,line=\d+,col=\d+,title=NB1023::", result.Out);
        }
        else
        {
            using var json = System.Text.Json.JsonDocument.Parse(result.Out);
            var first = json.RootElement[0];
            Assert.Equal("NB1023", first.GetProperty("code").GetString());
            Assert.True(first.GetProperty("line").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Check_Strict_TurnsAMissingLocaleWarningIntoAnError()
    {
        using var dir = new TempDir();
        dir.Write("half.yml", "date: 2025-09-18\nsource: { name: Nature }\nfigures:\n  cost: { amount: 5, currency: USD }\nheadline:\n  id: a {cost}\nlede: { id: c, en: d }\n");

        var lenient = CliRunner.Run(dir.Path, "check", "half.yml");
        var strict = CliRunner.Run(dir.Path, "check", "half.yml", "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning NB1035", lenient.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error NB1035", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AllErrorsOfEveryFile_AreReported()
    {
        using var dir = new TempDir();
        foreach (var f in new[] { "impossible-date.yml", "unknown-currency.yml", "negative-count.yml" })
        {
            File.Copy(Path.Combine(CorpusDir, f), Path.Combine(dir.Path, f));
        }

        var result = CliRunner.Run(dir.Path, "check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("impossible-date.yml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown-currency.yml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("negative-count.yml:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep-nesting")]
    [InlineData("alias-bomb")]
    [InlineData("binary-garbage")]
    public void Check_HostileFile_InARealProcess_ExitsOneWithoutCrashing(string name)
    {
        using var dir = new TempDir();
        var file = dir.Write(name + ".yml", "");
        if (name == "deep-nesting")
        {
            File.WriteAllText(file, "date: 2025-09-18\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        }
        else
        {
            File.Copy(Path.Combine(CorpusDir, name + ".yml"), file, overwrite: true);
        }

        var result = CliRunner.Spawn(dir.Path, new Dictionary<string, string>(), "check", name + ".yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"{name}\.yml:\d+:\d+: error NB1\d{{3}}: ", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }
}
