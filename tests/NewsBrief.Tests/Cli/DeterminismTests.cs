using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>Same input, same bytes: whatever the machine's culture, ICU mode or time zone.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string, string> Environments() => new()
    {
        { "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1" },
        { "LANG", "tr_TR.UTF-8" },
        { "LC_ALL", "tr_TR.UTF-8" },
        { "LANG", "de_DE.UTF-8" },
        { "TZ", "Pacific/Kiritimati" },
        { "TZ", "America/St_Johns" },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public void Render_UnderAnotherEnvironment_GivesTheSameBytes(string variable, string value)
    {
        var baseline = CliRunner.Spawn(RepoFiles.Root, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8" },
            "render", "examples/briefs/deepseek-r1-training-cost.yml", "--format", "html");
        var other = CliRunner.Spawn(RepoFiles.Root, new Dictionary<string, string> { [variable] = value },
            "render", "examples/briefs/deepseek-r1-training-cost.yml", "--format", "html");

        Assert.Equal(0, baseline.ExitCode);
        Assert.Equal(0, other.ExitCode);
        Assert.Contains("Rp4,87", baseline.Out, StringComparison.Ordinal);
        Assert.Equal(baseline.Out, other.Out);
    }

    [Fact]
    public void Render_Twice_GivesTheSameBytes()
    {
        var a = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/deepseek-r1-training-cost.yml");
        var b = CliRunner.Run(RepoFiles.Root, "render", "examples/briefs/deepseek-r1-training-cost.yml");

        Assert.Equal(a.Out, b.Out);
        Assert.DoesNotContain("\r", a.Out, StringComparison.Ordinal);
    }
}
