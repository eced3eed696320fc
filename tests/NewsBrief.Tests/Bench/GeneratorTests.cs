using System.Text.Json;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Bench;

/// <summary>
/// The benchmark generator (bench/NewsBrief.Bench.Generate), run as a child process: its stories pass
/// <c>newsbrief check --strict</c> without a diagnostic (bench/run.sh stops on any), and the same seed
/// gives the same bytes, story i being the same story whatever the count.
/// </summary>
public sealed class GeneratorTests
{
    private const int Count = 200;

    private static string GeneratorDll => Path.Combine(AppContext.BaseDirectory, "NewsBrief.Bench.Generate.dll");

    /// <summary>Writes <paramref name="count"/> stories into facts/ and hugo/ under <paramref name="dir"/>.</summary>
    private static void Generate(string dir, int count, ulong seed)
    {
        var seedText = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var countText = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (code, stdout, stderr) = ExternalTool.Run("dotnet",
            [GeneratorDll, "--count", countText, "--seed", seedText, "--facts", Path.Combine(dir, "facts"), "--hugo-content", Path.Combine(dir, "hugo")],
            cwd: dir, timeoutSeconds: 60);
        Assert.True(code == 0, $"the generator failed (exit {code}): {stdout}{stderr}");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void GeneratedStories_PassStrictCheck_WithNoDiagnostic(ulong seed)
    {
        using var dir = new TempDir();
        Generate(dir.Path, Count, seed);
        var facts = Path.Combine(dir.Path, "facts");
        Assert.Equal(Count, Directory.GetFiles(facts, "*.yml").Length);

        // The repository's locales and templates: the generated folder is outside any project.
        var result = CliRunner.Run(RepoFiles.Root, "check", facts, "--strict", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var diagnostics = json.RootElement.EnumerateArray()
            .Select(d => $"{Path.GetFileName(d.GetProperty("path").GetString())}:{d.GetProperty("line")}: {d.GetProperty("code").GetString()} {d.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(diagnostics.Count == 0, $"{diagnostics.Count} diagnostic(s), first:\n{string.Join("\n", diagnostics.Take(10))}");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void SameSeed_GivesTheSameBytes_AndStoryIDoesNotDependOnTheCount()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        using var fewer = new TempDir();
        Generate(a.Path, Count, 3);
        Generate(b.Path, Count, 3);
        Generate(fewer.Path, Count / 4, 3);

        var first = Files(a.Path);
        Assert.Equal(3 * Count, first.Count); // facts, Hugo id and Hugo en
        Assert.Equal(first, Files(b.Path));

        // The first 50 stories of a 200-story run are the stories of a 50-story run, byte for byte.
        var subset = Files(fewer.Path);
        Assert.Equal(3 * Count / 4, subset.Count);
        Assert.All(subset, f => Assert.Equal(f.Value, first[f.Key]));
    }

    /// <summary>Every file under <paramref name="root"/> by relative path, with its bytes in hex.</summary>
    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
