using System.Text.Json.Nodes;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>Issue 14, point 2: <c>newsbrief schema</c> and the pointer <c>new</c> writes.</summary>
public sealed class SchemaCommandTests
{
    private static string ShippedSchema => File.ReadAllText(RepoFiles.At("schema/facts.schema.json"));

    [Fact]
    public void Schema_Id_IsAPublicUrlVersionedWithTheTool()
    {
        var id = JsonNode.Parse(ShippedSchema)!["$id"]!.GetValue<string>();
        var version = typeof(NewsBrief.Cli.CliContext).Assembly.GetName().Version!;

        Assert.StartsWith("https://", id, StringComparison.Ordinal);
        Assert.EndsWith($"/schema/{version.Major}.{version.Minor}/facts.schema.json", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsTheShippedSchema_AndWriteProducesTheProjectCopy_ThenSaysItIsUpToDate()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "briefs", "2025"));

        var printed = CliRunner.Run(dir.Path, "schema");
        Assert.Equal(ShippedSchema, printed.Out);

        // Run from deep inside the project: the copy goes to the project's root (the folder with .git).
        var write = CliRunner.Run(Path.Combine(dir.Path, "briefs", "2025"), "schema", "--write");
        var copy = Path.Combine(dir.Path, ".newsbrief", "facts.schema.json");
        Assert.True(write.ExitCode == 0, write.Error);
        Assert.Equal(ShippedSchema, File.ReadAllText(copy));

        File.WriteAllText(copy, "{}");
        Assert.StartsWith("Updated ", CliRunner.Run(dir.Path, "schema", "--write").Error, StringComparison.Ordinal);
        Assert.Equal(ShippedSchema, File.ReadAllText(copy));
        Assert.Contains("is up to date", CliRunner.Run(dir.Path, "schema", "--write").Error, StringComparison.Ordinal);

        var story = CliRunner.Run(dir.Path, "new", "rice-prices", "--dir", "briefs/2025");
        Assert.Equal(0, story.ExitCode);
        Assert.Equal("# yaml-language-server: $schema=../../.newsbrief/facts.schema.json", File.ReadLines(Path.Combine(dir.Path, "briefs", "2025", "rice-prices.yml")).First());
    }

    [Fact]
    public void New_SkeletonComment_NamesADocumentThatExists()
    {
        using var dir = new TempDir();
        CliRunner.Run(dir.Path, "new", "rice-prices");
        var comment = File.ReadLines(Path.Combine(dir.Path, "rice-prices.yml")).Skip(1).First();

        var doc = System.Text.RegularExpressions.Regex.Match(comment, @"docs/[a-z-]+\.md").Value;
        Assert.NotEqual("", doc);
        Assert.True(File.Exists(Path.Combine(ToolSourceRoot(), doc)), doc);
    }

    private static string ToolSourceRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
