using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Site;

/// <summary>
/// Issue 14, point 3: a project overrides one template or one locale key, and the rest falls back
/// to the shipped ones (Hugo's lookup order); the folders in use are printed; --templates/--locales.
/// </summary>
public sealed class ProjectOverrideTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"));

    private static string Shipped(string relative) => File.ReadAllText(Path.Combine(RepoFiles.Root, relative));

    [Fact]
    public void OneTemplateOverride_RendersThatLocaleFromIt_AndTheOtherFromTheShippedOne()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", Seed);
        dir.Write("templates/en/brief.md.sbn", Shipped("templates/en/brief.md.sbn") + "\nFiled by the night desk.\n");

        var en = CliRunner.Run(dir.Path, "render", "briefs/deepseek-r1-training-cost.yml", "--locale", "en");
        var id = CliRunner.Run(dir.Path, "render", "briefs/deepseek-r1-training-cost.yml", "--locale", "id");
        var shippedId = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/deepseek-r1-training-cost.yml", "--locale", "id");

        Assert.True(en.ExitCode == 0, en.Error);
        Assert.EndsWith("Filed by the night desk.\n", en.Out, StringComparison.Ordinal);
        Assert.Equal(shippedId.Out, id.Out);

        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("newsbrief build: templates: templates/ (1 changed file: en/brief.md.sbn), the rest shipped", build.Error, StringComparison.Ordinal);
        Assert.Contains("newsbrief build: locales: shipped (", build.Error, StringComparison.Ordinal);
        Assert.Contains("Filed by the night desk.", File.ReadAllText(Path.Combine(dir.Path, "site", "en", "deepseek-r1-training-cost.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "site", "assets", "site.css"))); // layouts and assets: shipped
    }

    [Fact]
    public void OneLocaleKeyOverride_ChangesThatString_AndKeepsEveryOtherShippedKey()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", Seed);
        dir.Write("locales/en.yml", "ui:\n  site_title: The Jakarta Desk\n");

        var build = CliRunner.Run(dir.Path, "build", "briefs", "--out", "site", "--base-url", "https://news.example.org/");
        Assert.True(build.ExitCode == 0, build.Error);

        var en = File.ReadAllText(Path.Combine(dir.Path, "site", "en", "index.html"));
        var id = File.ReadAllText(Path.Combine(dir.Path, "site", "id", "index.html"));
        Assert.Contains("The Jakarta Desk", en, StringComparison.Ordinal);
        Assert.DoesNotContain("The Jakarta Desk", id, StringComparison.Ordinal);
        Assert.Contains("Latest briefs", en, StringComparison.Ordinal); // another ui key, from the shipped en.yml
        Assert.Contains("$294,000", File.ReadAllText(Path.Combine(dir.Path, "site", "en", "deepseek-r1-training-cost.md")), StringComparison.Ordinal); // number formats: shipped
        Assert.Contains("newsbrief build: locales: locales/ (1 changed file: en.yml), the rest shipped", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LocaleOverride_WithAMistake_IsReportedAtItsOwnLine()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", Seed);
        dir.Write("locales/en.yml", "ui:\n  site_title: Desk\nnumber:\n  decimal_separatr: \",\"\n");

        var check = CliRunner.Run(dir.Path, "check", "briefs");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("locales/en.yml:4:3: error NB2001: Unknown key `decimal_separatr`", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckVerbose_NamesTheFoldersInUse()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", Seed);

        var shipped = CliRunner.Run(dir.Path, "check", "briefs", "--verbose");
        Assert.Contains("newsbrief check: templates: shipped (", shipped.Error, StringComparison.Ordinal);
        Assert.Contains("newsbrief check: locales: shipped (", shipped.Error, StringComparison.Ordinal);

        dir.Write("templates/_assets/site.css", "body { color: #111; }\n");
        var project = CliRunner.Run(dir.Path, "check", "briefs", "--verbose");
        Assert.Contains("newsbrief check: templates: templates/ (1 changed file: _assets/site.css), the rest shipped", project.Error, StringComparison.Ordinal);

        var quiet = CliRunner.Run(dir.Path, "check", "briefs");
        Assert.DoesNotContain("templates:", quiet.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitFolders_OverrideTheProjectsAndTheShippedOnes_AndAMissingOneIsAnError()
    {
        using var dir = new TempDir();
        dir.Write("briefs/deepseek-r1-training-cost.yml", Seed);
        dir.Write("desk-templates/en/brief.md.sbn", Shipped("templates/en/brief.md.sbn") + "\nExplicit.\n");
        dir.Write("desk-locales/en.yml", "ui:\n  source: Sourced from\n");

        var render = CliRunner.Run(dir.Path, "render", "briefs/deepseek-r1-training-cost.yml", "--locale", "en", "--templates", "desk-templates", "--locales", "desk-locales");
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.EndsWith("Explicit.\n", render.Out, StringComparison.Ordinal);
        Assert.Contains("Sourced from", render.Out, StringComparison.Ordinal);

        var missing = CliRunner.Run(dir.Path, "check", "briefs", "--templates", "no-such-folder");
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("no-such-folder: error NB6032: The --templates folder 'no-such-folder' does not exist.", missing.Error, StringComparison.Ordinal);
    }
}
