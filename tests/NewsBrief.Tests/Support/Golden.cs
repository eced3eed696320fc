using System.Runtime.CompilerServices;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Reviewed expected outputs in the test project's source folder, read by a person before they are
/// committed: <c>Golden/&lt;case&gt;/</c> holds the rendered briefs of one case, found by
/// <see cref="GoldenCases"/>; <c>Snapshots/</c> holds single outputs a named test asserts
/// (a diagnostic, an extract). Set NEWSBRIEF_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
/// </summary>
internal static class Golden
{
    /// <summary>The source folder of the test project (goldens are compared with, and rewritten in, the repository).</summary>
    public static string TestsRoot { get; } = FindTestsRoot();

    public static bool Updating => Environment.GetEnvironmentVariable("NEWSBRIEF_UPDATE_GOLDEN") == "1";

    /// <summary>A snapshot under <c>Snapshots/</c>, by its path there.</summary>
    public static void Assert(string relativePath, string actual) =>
        AssertFile(Path.Combine(TestsRoot, "Snapshots", relativePath), "Snapshots/" + relativePath, actual);

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="path"/>, or rewrites it when updating.</summary>
    public static void AssertFile(string path, string shownAs, string actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Xunit.Assert.True(File.Exists(path), $"Golden file {shownAs} is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it.");
        Xunit.Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string FindTestsRoot([CallerFilePath] string callerFile = "")
    {
        for (var dir = Path.GetDirectoryName(callerFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "NewsBrief.Tests.csproj")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Cannot find the test project folder from " + callerFile);
    }
}
