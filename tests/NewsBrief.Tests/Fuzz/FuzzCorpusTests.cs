using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Fuzz;

/// <summary>
/// The fuzzer's findings (fuzz/corpus, docs/fuzzing.md), through the real commands: no input makes
/// the CLI report an internal error, and whatever <c>check --strict</c> accepts, <c>render</c> and
/// <c>build</c> succeed on. The smoke run (tools/fuzz.sh smoke) replays the same files.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static string Corpus => Path.Combine(RepoFiles.Root, "fuzz-corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_AcceptedByCheckStrict_RendersAndBuilds(string name)
    {
        using var dir = new TempDir();
        // A valid slug, whatever the corpus file is called, so the slug rule never decides the outcome.
        var file = Path.Combine(dir.Path, "briefs", "finding.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(Path.Combine(Corpus, name), file); // bytes as they are: a finding may not be UTF-8

        var check = CliRunner.Run(RepoFiles.Root, "check", "--strict", file);
        Assert.DoesNotContain("internal error", check.Error, StringComparison.Ordinal);
        if (check.ExitCode != 0)
        {
            Assert.Matches(@"finding\.yml:\d+:\d+: error NB\d{4}: ", check.Error);
            return;
        }

        var render = CliRunner.Run(RepoFiles.Root, "render", file, "--format", "html");
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.NotEmpty(render.Out);

        var build = CliRunner.Run(RepoFiles.Root, "build", Path.GetDirectoryName(file)!, "--out", Path.Combine(dir.Path, "site"));
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(dir.Path, "site", "en", "finding", "index.html")));
    }
}
