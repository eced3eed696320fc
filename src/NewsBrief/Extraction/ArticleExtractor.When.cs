using System.Globalization;
using System.Text;
using NewsBrief.Recognition;

namespace NewsBrief.Extraction;

// Times of day, weekday datelines and periods in a draft (Recognition/WhenScanner.cs).
public sealed partial class ArticleExtractor
{
    /// <summary>The recogniser's figures and the scanner's, the scanner's winning where they overlap (<c>30/10/2025</c> is a dateline, not numbers).</summary>
    private static IReadOnlyList<RecognizedFigure> WithWhen(IReadOnlyList<RecognizedFigure> figures, IReadOnlyList<RecognizedFigure> when) =>
        when.Count == 0
            ? figures
            : [.. figures.Where(f => !when.Any(w => w.Start < (f.Equivalent?.End ?? f.End) && f.Start < w.End)).Concat(when).OrderBy(f => f.Start)];

    /// <summary>
    /// The year a period written without one (<c>the third quarter</c>) belongs to: the first year
    /// the article writes with a period or a date; null when it writes none (the draft then asks).
    /// </summary>
    private static int? ArticleYear(string text, FigureRecognizer recognizer, WhenScanner when)
    {
        var period = when.Find(text).FirstOrDefault(f => f.Kind == FigureKind.Period && !(f.Key ?? "").StartsWith('<'));
        if (period?.Key is { } key)
        {
            return int.Parse(key[..4], CultureInfo.InvariantCulture);
        }

        return recognizer.Recognize(text).FirstOrDefault(f => f.Kind == FigureKind.Date && f.Date?.Year is not null)?.Date?.Year;
    }

    private static string WhenSuffix(FigureKind kind) => kind switch
    {
        FigureKind.Time => "time",
        FigureKind.Day => "day",
        _ => "period",
    };

    /// <summary>The facts keys of a time, day or period entry from its key (<c>2025-10-30 16:00 WIB</c>, <c>2025-Q3</c>).</summary>
    private static void WriteWhen(StringBuilder sb, FigureKind kind, string key)
    {
        var parts = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (kind == FigureKind.Period)
        {
            sb.Append("    period: ").Append(parts[0]).Append(parts[0].StartsWith('<') ? "   # the year is not in the article: fill it in\n" : "\n");
            return;
        }

        var i = 0;
        if (kind == FigureKind.Day)
        {
            sb.Append("    day: ").Append(parts[0]);
            sb.Append(parts[0].StartsWith('<') ? $"   # the article says only \"{parts[1]}\": fill in the date\n" : "\n");
            i = parts[0].StartsWith('<') ? 2 : 1;
        }

        if (i < parts.Length)
        {
            sb.Append("    time: \"").Append(parts[i]).Append("\"\n");
        }

        if (i + 1 < parts.Length)
        {
            sb.Append("    zone: ").Append(parts[i + 1]).Append('\n');
        }
    }
}
