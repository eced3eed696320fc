using NewsBrief.Recognition;
using NewsBrief.Tests.Support;
using Xunit.Abstractions;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// The labelled corpora (Data/recognition/id.tsv, en.tsv): positives and near-misses as newsrooms
/// write them. A predicted figure is correct when kind, value, currency or unit, and qualifier match
/// an expected one; precision and recall must both reach 0.95 per language.
/// </summary>
public sealed class RecognitionCorpusTests(ITestOutputHelper output)
{
    private const double Threshold = 0.95;

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Corpus_PrecisionAndRecallAtLeast95Percent(string locale)
    {
        var recognizer = new FigureRecognizer(RepoFiles.Catalog[locale]);
        var lines = CorpusLines(locale);
        int predicted = 0, expected = 0, correct = 0, linksExpected = 0, linksPredicted = 0, linksCorrect = 0;
        var misses = new List<string>();
        foreach (var (number, phrase, cell) in lines)
        {
            var figures = recognizer.Recognize(phrase);
            var (want, wantLinks) = FigureNotation.Parse(cell);
            var got = figures.Select(FigureNotation.Write).ToList();
            var hits = MultisetIntersection(want, got);
            predicted += got.Count;
            expected += want.Count;
            correct += hits;

            var gotLinks = FigureNotation.Links(figures);
            linksExpected += wantLinks.Count;
            linksPredicted += gotLinks.Count;
            linksCorrect += MultisetIntersection(wantLinks, gotLinks);
            if (hits != want.Count || hits != got.Count || MultisetIntersection(wantLinks, gotLinks) != Math.Max(wantLinks.Count, gotLinks.Count))
            {
                misses.Add($"  line {number}: «{phrase}»\n    expected {cell}\n    got      {FigureNotation.Write(figures)}");
            }
        }

        var precision = predicted == 0 ? 1 : (double)correct / predicted;
        var recall = expected == 0 ? 1 : (double)correct / expected;
        output.WriteLine($"{locale}: {lines.Count} phrases, {expected} expected figures, {predicted} recognized, {correct} correct");
        output.WriteLine($"{locale}: precision {precision:F3}, recall {recall:F3}; links {linksCorrect}/{linksExpected} expected, {linksPredicted} recognized");
        output.WriteLine(misses.Count == 0 ? "no differences" : "differences:\n" + string.Join("\n", misses));

        Assert.True(lines.Count >= 150, $"{locale}: the corpus has {lines.Count} phrases; at least 150 are required");
        Assert.True(lines.Count(l => l.Expected.Trim() == "-") >= 30, $"{locale}: the corpus needs near-misses (at least 30 lines of '-')");
        Assert.True(precision >= Threshold, $"{locale}: precision {precision:F3} < {Threshold}");
        Assert.True(recall >= Threshold, $"{locale}: recall {recall:F3} < {Threshold}");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Corpus_EveryLineParses(string locale)
    {
        foreach (var (number, _, cell) in CorpusLines(locale))
        {
            var ex = Record.Exception(() => FigureNotation.Parse(cell));
            Assert.True(ex is null, $"{locale}.tsv line {number}: {ex?.Message}");
        }
    }

    private static List<(int Line, string Phrase, string Expected)> CorpusLines(string locale)
    {
        var lines = File.ReadAllLines(RepoFiles.Data(Path.Combine("recognition", locale + ".tsv")));
        var result = new List<(int, string, string)>();
        for (var k = 0; k < lines.Length; k++)
        {
            if (lines[k].Length == 0 || lines[k].StartsWith('#'))
            {
                continue;
            }

            var cells = lines[k].Split('\t');
            if (cells.Length != 2)
            {
                throw new FormatException($"{locale}.tsv line {k + 1}: expected phrase<TAB>figures, got {cells.Length} cells");
            }

            result.Add((k + 1, cells[0], cells[1]));
        }

        return result;
    }

    private static int MultisetIntersection(List<string> a, List<string> b)
    {
        var left = a.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var hits = 0;
        foreach (var x in b)
        {
            if (left.TryGetValue(x, out var n) && n > 0)
            {
                left[x] = n - 1;
                hits++;
            }
        }

        return hits;
    }
}
