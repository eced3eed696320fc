using NewsBrief.Tests.Support;
using Xunit.Abstractions;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// The worked examples of the kinds contract (Data/kinds-examples/expected.tsv, copied from the
/// spec): every fragment of every input present in the folder is in the Markdown `render` writes for
/// its locale; a fragment with a leading `!` is not; `a | b` is either. Facts files (.yml) are
/// rendered as they are; a CSV is imported first (`import csv`, its kind named by its file name) and
/// each of its events rendered from the file its row became; an input the test cannot render yet
/// (a feed before its importer) is skipped and named in the output, never silently.
/// </summary>
public sealed class KindExamplesTests(ITestOutputHelper output)
{
    private static string Folder => RepoFiles.Data("kinds-examples");

    internal sealed record Row(string Input, string Event, string Locale, string Fragment, int Line);

    internal static IReadOnlyList<Row> Rows() =>
        File.ReadAllLines(Path.Combine(Folder, "expected.tsv"))
            .Select((line, i) => (line, i))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith('#'))
            .Select(l => l.line.Split('\t') is [var input, var ev, var locale, var fragment] ? new Row(input, ev, locale, fragment, l.i + 1)
                : throw new InvalidDataException($"expected.tsv line {l.i + 1} does not have four tab-separated columns"))
            .ToList();

    /// <summary>True when <paramref name="markdown"/> satisfies <paramref name="fragment"/> (either of `a | b`; `!x`: no x).</summary>
    internal static bool Satisfies(string markdown, string fragment) =>
        fragment.StartsWith('!')
            ? !markdown.Contains(fragment[1..], StringComparison.Ordinal)
            : fragment.Split(" | ").Any(f => markdown.Contains(f, StringComparison.Ordinal));

    [Fact]
    public void EveryFragmentOfEveryPresentFactsFile_IsInItsRenderedMarkdown()
    {
        var rows = Rows();
        Assert.NotEmpty(rows);
        var failures = new List<string>();
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        var checkedInputs = new SortedSet<string>(StringComparer.Ordinal);
        using var imported = new TempDir();
        foreach (var group in rows.GroupBy(r => r.Input))
        {
            var path = Path.Combine(Folder, group.Key);
            if (!File.Exists(path) || !(group.Key.EndsWith(".yml", StringComparison.Ordinal) || group.Key.EndsWith(".csv", StringComparison.Ordinal)))
            {
                skipped.Add(group.Key + (File.Exists(path) ? " (needs an importer)" : " (not in the folder yet)"));
                continue;
            }

            checkedInputs.Add(group.Key);
            foreach (var (file, rowsOfFile) in FactsFiles(path, group.ToList(), imported, failures))
            {
                foreach (var locale in rowsOfFile.GroupBy(r => r.Locale))
                {
                    var result = CliRunner.Run(RepoFiles.Root, "render", file, "--locale", locale.Key);
                    if (result.ExitCode != 0)
                    {
                        failures.Add($"{group.Key} ({locale.Key}): render failed with exit {result.ExitCode}:\n{result.Error}");
                        continue;
                    }

                    failures.AddRange(locale.Where(r => !Satisfies(result.Out, r.Fragment))
                        .Select(r => $"{group.Key} {r.Event} ({locale.Key}), expected.tsv line {r.Line}: \"{r.Fragment}\" not satisfied by:\n{result.Out}"));
                }
            }
        }

        output.WriteLine("Checked: " + string.Join(", ", checkedInputs));
        output.WriteLine("Skipped: " + (skipped.Count == 0 ? "none" : string.Join(", ", skipped)));
        Assert.Contains("bi-rate-2025-09.yml", checkedInputs);
        Assert.Contains("gempa-sleman.yml", checkedInputs); // the earthquake kind (kind-quake)
        Assert.Contains("market-close.csv", checkedInputs);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// The facts files of an input with its rows: a facts file is itself; a CSV (named for its kind,
    /// <c>market-close.csv</c>) is imported first with <c>import csv</c>, and each event (a row's
    /// date, as the slug holds it) is the file the import wrote for that row.
    /// </summary>
    private static IEnumerable<(string File, List<Row> Rows)> FactsFiles(string path, List<Row> rows, TempDir imported, List<string> failures)
    {
        if (path.EndsWith(".yml", StringComparison.Ordinal))
        {
            yield return (path, rows);
            yield break;
        }

        var kind = Path.GetFileNameWithoutExtension(path);
        var output = Path.Combine(imported.Path, kind);
        var import = CliRunner.Run(RepoFiles.Root, "import", "csv", "--kind", kind, path, "--out", output, "--source", "Bursa Efek Indonesia");
        if (import.ExitCode != 0)
        {
            failures.Add($"{Path.GetFileName(path)}: import csv failed with exit {import.ExitCode}:\n{import.Error}");
            yield break;
        }

        var files = Directory.GetFiles(output, "*.yml");
        foreach (var ev in rows.GroupBy(r => r.Event))
        {
            var matching = files.Where(f => Path.GetFileName(f).Contains(ev.Key, StringComparison.Ordinal)).ToList();
            if (matching.Count != 1)
            {
                failures.Add($"{Path.GetFileName(path)}: event {ev.Key} is in {matching.Count} imported files ({string.Join(", ", files.Select(Path.GetFileName))}), not one");
                continue;
            }

            yield return (matching[0], ev.ToList());
        }
    }

    [Theory]
    [InlineData("markdown with 25 basis poin", "25 basis poin", true)]
    [InlineData("melemah 0,45 persen", "turun 0,45 persen | melemah 0,45 persen", true)]
    [InlineData("the rupiah weakened", "!strengthened", true)]
    [InlineData("the rupiah strengthened", "!strengthened", false)]
    [InlineData("naik", "turun | melemah", false)]
    public void Satisfies_ReadsTheTableAsItsHeaderSays(string markdown, string fragment, bool expected) =>
        Assert.Equal(expected, Satisfies(markdown, fragment));
}
