using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// Every folder of <c>Golden/</c> is a render case (<see cref="GoldenCases"/>): its input rendered
/// by the CLI in each locale, as Markdown and HTML, must equal the reviewed files byte for byte.
/// </summary>
public sealed class GoldenCaseTests
{
    private static string ExamplesBriefs => Path.Combine(RepoFiles.Examples, "briefs");

    public static TheoryData<string> Cases() => [.. GoldenCases.Names(GoldenCases.Root)];

    public static TheoryData<string, string, string> Outputs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in GoldenCases.Names(GoldenCases.Root))
        {
            foreach (var locale in GoldenCases.Locales(RepoFiles.Locales))
            {
                foreach (var format in GoldenCases.Formats)
                {
                    data.Add(name, locale, format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_HasItsInputAndEveryPart(string name)
    {
        var problems = GoldenCases.Problems(Path.Combine(GoldenCases.Root, name), ExamplesBriefs, GoldenCases.Locales(RepoFiles.Locales));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Render_MatchesTheReviewedGoldenFile(string name, string locale, string format)
    {
        var folder = Path.Combine(GoldenCases.Root, name);
        var input = GoldenCases.Input(folder, ExamplesBriefs);
        Assert.True(input is not null, $"Golden/{name} has no input: add Golden/{name}/{GoldenCases.FactsFile}, or name the folder for a story of examples/briefs.");

        // A case's own facts.yml sits in the source tree: the repository's templates and locales are
        // named explicitly, as the copied examples find them by their folder.
        string[] folders = input.StartsWith(RepoFiles.Root, StringComparison.Ordinal) ? [] : ["--templates", RepoFiles.Templates, "--locales", RepoFiles.Locales];
        var result = CliRunner.Run(RepoFiles.Root, ["render", input, "--locale", locale, "--output", format, .. folders]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        Golden.AssertFile(Path.Combine(folder, $"{locale}.{format}"), $"Golden/{name}/{locale}.{format}", result.Out);
    }

    [Fact]
    public void Problems_NameEveryMissingOrUnknownPart()
    {
        using var dir = new TempDir();
        var examples = Directory.CreateDirectory(Path.Combine(dir.Path, "examples")).FullName;
        var golden = Path.Combine(dir.Path, "Golden");
        var incomplete = Directory.CreateDirectory(Path.Combine(golden, "half-done")).FullName;
        File.WriteAllText(Path.Combine(incomplete, "id.md"), "");
        File.WriteAllText(Path.Combine(incomplete, "id.htm"), "");
        var complete = Directory.CreateDirectory(Path.Combine(golden, "a-story")).FullName;
        File.WriteAllText(Path.Combine(examples, "a-story.yml"), "");
        foreach (var part in new[] { "en.md", "en.html", "id.md", "id.html" })
        {
            File.WriteAllText(Path.Combine(complete, part), "");
        }

        Assert.Equal(["a-story", "half-done"], GoldenCases.Names(golden));
        Assert.Empty(GoldenCases.Problems(complete, examples, ["en", "id"]));
        Assert.Equal(
            [
                "Golden/half-done has no input: add Golden/half-done/facts.yml, or name the folder for a story of examples/briefs.",
                "Golden/half-done/en.md is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it.",
                "Golden/half-done/en.html is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it.",
                "Golden/half-done/id.html is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it.",
                "Golden/half-done/id.htm is not a part of a case (expected facts.yml and en.md, en.html, id.md, id.html).",
            ],
            GoldenCases.Problems(incomplete, examples, ["en", "id"]));
    }

    [Fact]
    public void Input_PrefersTheCasesOwnFactsFile()
    {
        using var dir = new TempDir();
        var examples = Directory.CreateDirectory(Path.Combine(dir.Path, "examples")).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "a-story")).FullName;
        File.WriteAllText(Path.Combine(examples, "a-story.yml"), "");

        Assert.Equal(Path.Combine(examples, "a-story.yml"), GoldenCases.Input(folder, examples));
        File.WriteAllText(Path.Combine(folder, "facts.yml"), "");
        Assert.Equal(Path.Combine(folder, "facts.yml"), GoldenCases.Input(folder, examples));
    }
}
