using System.Text.RegularExpressions;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;

namespace NewsBrief.Checks;

/// <summary>Signed figures, points and ranges in the figure rules (NB7001, NB7002, NB7008).</summary>
public sealed partial class FigureChecker
{
    /// <summary>
    /// The single values a figure states, as a text writes them: a signed figure by its size (a text
    /// says "turun 0,45 persen" for -0.45, through <c>{name:change}</c>), a range by each of its ends.
    /// </summary>
    private static IEnumerable<Figure> Singles(Figure figure) => figure is RangeFigure range
        ? [FigureSigns.Size(range.From), FigureSigns.Size(range.To)]
        : [FigureSigns.Size(figure)];

    /// <summary>The sign form a placeholder asks for (<c>{name:size}</c>, <c>{name:change}</c>).</summary>
    private static SignForm SignFormOf(Match placeholder) => placeholder.Groups[2].Value switch
    {
        ":size" => SignForm.Size,
        ":change" => SignForm.Change,
        _ => SignForm.Signed,
    };

    /// <summary>True when a sentence would open with a figure: a digit, or the minus sign and a digit (<c>-0,5 persen</c>).</summary>
    private static bool OpensWithDigits(string written, LocaleData locale)
    {
        var minus = locale.NumberData.MinusSign;
        var rest = written.StartsWith(minus, StringComparison.Ordinal) ? written[minus.Length..] : written;
        return rest.Length > 0 && char.IsDigit(rest[0]);
    }
}
