namespace NewsBrief.Tests.Support;

/// <summary>
/// The invariant every facts file must keep, whatever it holds: no command ends in "internal
/// error", and whatever <c>check --strict</c> accepts, <c>render</c> (every locale, Markdown and
/// HTML) and <c>build</c> succeed on. Shared by the corpus and generated-case tests and meant for
/// any fuzzing or property harness that produces facts text.
/// </summary>
internal static class AcceptedBuildsInvariant
{
    /// <summary>What happened to one facts text: whether <c>check --strict</c> accepted it.</summary>
    public sealed record Outcome(bool Accepted, CliRunner.Result Check);

    /// <summary>
    /// Writes <paramref name="facts"/> as <paramref name="fileName"/> in a scratch folder, runs
    /// <c>check --strict</c>, and when it passes, <c>render</c> and <c>build</c>; fails the test
    /// on any broken promise. Returns whether check accepted the text, so callers can assert which
    /// side of the line a case fell on.
    /// </summary>
    public static Outcome Assert(string facts, string fileName = "story.yml")
    {
        using var dir = new TempDir();
        var file = dir.Write(Path.Combine("briefs", fileName), facts);

        var check = CliRunner.Run(dir.Path, "check", "--strict", file);
        NoInternalError("check --strict", check, facts);
        Xunit.Assert.True(check.ExitCode is 0 or 1, $"check --strict exited {check.ExitCode}:\n{check.Error}\n--- facts ---\n{facts}");
        if (check.ExitCode != 0)
        {
            return new Outcome(false, check);
        }

        foreach (var format in new[] { "md", "html" })
        {
            var render = CliRunner.Run(dir.Path, "render", file, "--output", format);
            NoInternalError($"render --output {format}", render, facts);
            Xunit.Assert.True(render.ExitCode == 0, $"check --strict accepted the facts but render --output {format} failed:\n{render.Error}\n--- facts ---\n{facts}");
        }

        var build = CliRunner.Run(dir.Path, "build", Path.Combine(dir.Path, "briefs"), "--out", Path.Combine(dir.Path, "site"));
        NoInternalError("build", build, facts);
        Xunit.Assert.True(build.ExitCode == 0, $"check --strict accepted the facts but build failed:\n{build.Error}\n--- facts ---\n{facts}");
        return new Outcome(true, check);
    }

    private static void NoInternalError(string command, CliRunner.Result result, string facts) =>
        Xunit.Assert.False(
            result.Error.Contains("internal error", StringComparison.Ordinal) || result.Out.Contains("internal error", StringComparison.Ordinal),
            $"{command} ended in an internal error:\n{result.Error}\n--- facts ---\n{facts}");
}
