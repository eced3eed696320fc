using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Rendering;

/// <summary>
/// A language helper given a bad argument fails the render with NB4002 at the template's line and
/// column, with a message that says how to fix it, and writes no brief (never "internal error").
/// </summary>
public sealed class StoryHelperErrorTests
{
    public static TheoryData<string, string> BadCalls() => new()
    {
        { "{{ fmt.compass \"XYZ\" }}", "not a compass code. Write one of N, NNE" },
        { "{{ fmt.province \"ATLANTIS\" }}", "not a province code. Write one of ACEH" },
        { "{{ fmt.distance (-8) }}", "A distance cannot be negative" },
        { "{{ fmt.time \"25:70\" \"Asia/Jakarta\" }}", "Write it on the 24-hour clock as HH:mm" },
        { "{{ fmt.local_time \"2025-12-12 10:42\" \"NTT\" }}", "Write it in UTC as yyyy-MM-ddTHH:mm:ssZ" },
        { "{{ fmt.points 25 \"bps\" }}", "Write \"bp\" (basis points) or \"pp\"" },
        { "{{ fmt.percent_change 0 5 1 \"text\" }}", "A percent change from zero" },
        { "{{ fmt.ordinal 0 }}", "Write a whole number from 1" },
        { "{{ fmt.weekday_date \"2025-12\" }}", "Write it as yyyy-MM-dd" },
        { "{{ fmt.list \"Sleman\" }}", "takes a list of items" },
        { "{{ fmt.local_weekday_date \"2025-12-12T10:42:00Z\" \"NTTT\" }}", "not a province code" },
        { "{{ fmt.mmi \"XIII\" }}", "Write a Roman numeral from I to XII" },
        { "{{ fmt.mmi \"IV - III\" }}", "or a rising range (III-IV)" },
        { "{{ fmt.mmi \"4\" }}", "is not an MMI intensity" },
        { "{{ fmt.place \" \" }}", "A place has no name" },
        { "{{ fmt.zone_at \"Ruteng\" 120.47 (-7.85) }}", "Write the latitude from -90 to 90" },
        { "{{ fmt.local_time \"2025-12-12T10:42:00Z\" \"Asia/Tokyo\" }}", "not a province code or a zone" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void Render_ABadHelperArgument_IsNB4002AtTheCall(string call, string fix)
    {
        using var project = new TempDir();
        Copy(RepoFiles.Locales, Path.Combine(project.Path, "locales"));
        Copy(RepoFiles.Templates, Path.Combine(project.Path, "templates"));
        File.Copy(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"), Path.Combine(project.Path, "story.yml"));
        var template = Path.Combine(project.Path, "templates", "en", "brief.md.sbn");
        var lines = File.ReadAllLines(template).ToList();
        lines.Insert(1, "Text before " + call);
        File.WriteAllLines(template, lines);

        var result = CliRunner.Run(project.Path, "render", "story.yml", "--locale", "en");

        Assert.Equal(1, result.ExitCode);
        // Line 2 (inserted), column of the call inside the braces: after "Text before {{ " (16 characters).
        Assert.Contains("templates/en/brief.md.sbn:2:16: error NB4002: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(fix, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Text before", result.Out, StringComparison.Ordinal);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
