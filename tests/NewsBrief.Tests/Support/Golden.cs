using System.Runtime.CompilerServices;

namespace NewsBrief.Tests.Support;

/// <summary>
/// Golden files under tests/NewsBrief.Tests/Golden, read by a person before they are committed.
/// Set NEWSBRIEF_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
/// </summary>
internal static class Golden
{
    public static void Assert(string relativePath, string actual, [CallerFilePath] string caller = "")
    {
        var testsRoot = FindTestsRoot(caller);
        var path = Path.Combine(testsRoot, "Golden", relativePath);
        if (Environment.GetEnvironmentVariable("NEWSBRIEF_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Xunit.Assert.True(File.Exists(path), $"Golden file Golden/{relativePath} is missing; run with NEWSBRIEF_UPDATE_GOLDEN=1 and review it.");
        Xunit.Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string FindTestsRoot(string callerFile)
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
