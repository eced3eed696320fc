using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Recognition;

namespace NewsBrief.Checks;

// Times of day, datelines and periods written in reader text (docs/style-rules.md R27-R29).
public sealed partial class FigureChecker
{
    private readonly Dictionary<string, WhenScanner> whenScanners = new(StringComparer.Ordinal);

    private WhenScanner WhenScannerFor(LocaleData locale)
    {
        lock (whenScanners)
        {
            if (!whenScanners.TryGetValue(locale.Code, out var scanner))
            {
                whenScanners[locale.Code] = scanner = new WhenScanner(locale);
            }

            return scanner;
        }
    }

    /// <summary>
    /// A time, a dated dateline or a period with its year written by hand: NB7001 when a figure of
    /// the file states it (write its placeholder) or none does (add one), as for amounts; NB7009 when
    /// a dateline's weekday is not its date's. A weekday alone (<c>on Thursday</c>) and a period
    /// without its year (<c>kuartal III</c>) read from the story around them and are left alone, as is a
    /// time in words alone (<c>before midnight</c>).
    /// </summary>
    /// <param name="masked">The text with its placeholders as letters (as <see cref="Check"/> passes it).</param>
    private void CheckWhenLiterals(FactFile facts, string locale, LocatedText located, string masked, SourceText source, DiagnosticBag diagnostics)
    {
        if (!locales.TryGetValue(locale, out var l))
        {
            return;
        }

        var scanner = WhenScannerFor(l.Formatter.Locale);
        foreach (var (start, text, weekday) in scanner.WrongWeekdays(masked))
        {
            diagnostics.Add(DiagnosticDescriptors.DatelineWeekdayWrong, source.Locate(located, start, text),
                $"\"{text}\" names the wrong weekday: that date is a {weekday}. Write a `day` figure and `{{name:dateline}}`, so the weekday is computed, or correct the date.");
        }

        foreach (var literal in scanner.Find(masked))
        {
            var key = literal.Key ?? "";
            if (key.StartsWith('<') || !literal.Text.Any(char.IsAsciiDigit))
            {
                // A time in words alone ("shortly before midnight", "menjelang tengah malam") is how
                // copy says an approximate hour, as spelled counts are left alone: only figures are checked.
                continue;
            }

            var figure = facts.Figures.FirstOrDefault(f => WhenKey(f) is { } k && (k == key || k.EndsWith(" " + key, StringComparison.Ordinal) || key.StartsWith(k + " ", StringComparison.Ordinal)));
            var form = literal.Form is { } f2 ? ":" + f2 : "";
            diagnostics.Add(DiagnosticDescriptors.FigureWrittenLiterally, source.Locate(located, literal.Start, literal.Text), figure is not null
                ? $"Write {{{figure.Name}{form}}} instead of \"{literal.Text}\": a placeholder writes the figure from the facts, in every locale's style."
                : $"\"{literal.Text}\" is written literally and no figure of this file states it; add it to `figures` (`{Suggest(literal)}`) and write its `{{name{form}}}` here, so every locale writes it from the facts.");
        }
    }

    /// <summary>A day, time or period figure's key as the scanner writes it (<c>2025-10-30 16:00 WIB</c>, <c>2025-Q3</c>).</summary>
    private static string? WhenKey(Figure figure) => figure switch
    {
        PeriodFigure p => p.Period.ToString(),
        MomentFigure m => FigureFormatter.Raw(m),
        _ => null,
    };

    private static string Suggest(RecognizedFigure literal)
    {
        var parts = (literal.Key ?? "").Split(' ');
        return literal.Kind switch
        {
            FigureKind.Period => $"period: {parts[0]}",
            FigureKind.Time => $"time: \"{parts[0]}\"" + (parts.Length > 1 ? $", zone: {parts[1]}" : ""),
            _ => $"day: {parts[0]}" + (parts.Length > 1 ? $", time: \"{parts[1]}\"" : "") + (parts.Length > 2 ? $", zone: {parts[2]}" : ""),
        };
    }
}
