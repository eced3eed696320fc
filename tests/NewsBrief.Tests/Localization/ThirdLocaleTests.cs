using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Localization;

/// <summary>
/// A third locale is data alone: a project folder with the shipped id and en files plus a Malay
/// fixture (locales/ms.yml, templates/ms/brief.md.sbn) renders the seed story in three languages
/// through the unchanged tool.
/// </summary>
public sealed class ThirdLocaleTests
{
    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>A project folder with the shipped locales and templates and the seed story as story.yml.</summary>
    private static TempDir NewProject()
    {
        var project = new TempDir();
        CopyTree(RepoFiles.Locales, Path.Combine(project.Path, "locales"));
        CopyTree(RepoFiles.Templates, Path.Combine(project.Path, "templates"));
        File.Copy(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"), Path.Combine(project.Path, "story.yml"));
        return project;
    }

    [Fact]
    public void Render_WithAMalayLocaleFile_WritesMalayWithNoCodeChange()
    {
        using var project = NewProject();
        CopyTree(RepoFiles.Data("third-locale"), project.Path); // locales/ms.yml, templates/ms/, story.yml (seed + ms text)

        var all = CliRunner.Run(project.Path, "render", "story.yml");
        var ms = CliRunner.Run(project.Path, "render", "story.yml", "--locale", "ms");

        Assert.True(all.ExitCode == 0, all.Error);
        Assert.DoesNotContain("warning", all.Error, StringComparison.Ordinal);
        Assert.Contains("<!-- ms -->", all.Out, StringComparison.Ordinal);
        Assert.Contains("<!-- id -->", all.Out, StringComparison.Ordinal);
        Assert.Contains("<!-- en -->", all.Out, StringComparison.Ordinal);

        // Malay data at work: its own qualifier words, separators, units, months and UI strings.
        Assert.Equal(0, ms.ExitCode);
        Assert.Contains("# DeepSeek Hanya Belanjakan Kira-kira US$294,000 untuk Melatih R1", ms.Out, StringComparison.Ordinal);
        Assert.Contains("kira-kira US$294,000", ms.Out, StringComparison.Ordinal);
        Assert.Contains("lebih daripada US$100 juta", ms.Out, StringComparison.Ordinal);
        Assert.Contains("512 cip", ms.Out, StringComparison.Ordinal);
        Assert.Contains("80 jam", ms.Out, StringComparison.Ordinal);
        Assert.Contains("Oktober 2022", ms.Out, StringComparison.Ordinal);
        Assert.Contains("## Angka utama", ms.Out, StringComparison.Ordinal);
        Assert.Contains("Diterbitkan 18 September 2025", ms.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ALocaleWithoutItsTemplate_IsAnErrorNamingTheLocale()
    {
        using var project = NewProject();
        File.Copy(Path.Combine(RepoFiles.Data("third-locale"), "locales", "ms.yml"), Path.Combine(project.Path, "locales", "ms.yml"));

        var result = CliRunner.Run(project.Path, "check", "story.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("locales/ms.yml:1:1: error NB2004", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ATemplateError_IsReportedAtTheTemplatesLineAndColumn()
    {
        using var project = NewProject();
        var template = Path.Combine(project.Path, "templates", "en", "brief.md.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{ brief.lede }}", "{{ brief.led }}", StringComparison.Ordinal));
        var line = File.ReadAllLines(template).ToList().FindIndex(l => l.Contains("brief.led }}", StringComparison.Ordinal)) + 1;

        var result = CliRunner.Run(project.Path, "check", "story.yml");
        var render = CliRunner.Run(project.Path, "render", "story.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"templates/en/brief\.md\.sbn:{line}:\d+: error NB4002: ", result.Error);
        Assert.Equal(1, render.ExitCode);
        Assert.Equal("", render.Out);
    }
}
