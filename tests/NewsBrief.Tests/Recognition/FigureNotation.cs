using System.Globalization;
using NewsBrief.Facts;
using NewsBrief.Recognition;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// The compact notation of the recognition corpus (Data/recognition/*.tsv), documented at the top of
/// each corpus file: <c>money 4870000000 IDR ~about = money 294000 USD</c>.
/// </summary>
internal static class FigureNotation
{
    // The facts file's own qualifier keys: the notation uses the words editors write.
    private static readonly IReadOnlyDictionary<string, Qualifier> Qualifiers = NewsBrief.Facts.FigureMapper.Qualifiers;

    /// <summary>One figure as written in the notation, without links: kind, value, key, qualifier.</summary>
    public static string Write(RecognizedFigure figure)
    {
        var parts = new List<string> { figure.Kind.ToString().ToLowerInvariant() };
        parts.Add(figure.Kind == FigureKind.Date ? figure.Date!.ToString() : Number(figure.Value));
        if (figure.Key is not null)
        {
            parts.Add(figure.Key);
        }

        if (figure.Qualifier != Qualifier.None)
        {
            parts.Add("~" + Qualifiers.Single(q => q.Value == figure.Qualifier).Key);
        }

        return string.Join(' ', parts);
    }

    /// <summary>A whole line's figures with links (<c>=</c> equivalent, <c>..</c> range, <c>;</c> none), or <c>-</c>.</summary>
    public static string Write(IReadOnlyList<RecognizedFigure> figures)
    {
        if (figures.Count == 0)
        {
            return "-";
        }

        var text = Write(figures[0]);
        for (var k = 1; k < figures.Count; k++)
        {
            var join = figures[k].EquivalentOf == figures[k - 1] ? " = " : figures[k - 1].RangeEnd == figures[k] ? " .. " : " ; ";
            text += join + Write(figures[k]);
        }

        return text;
    }

    /// <summary>The figures of an expected cell, normalised (values as decimals), and its links as "left=right" / "left..right".</summary>
    public static (List<string> Figures, List<string> Links) Parse(string cell)
    {
        var figures = new List<string>();
        var links = new List<string>();
        if (cell.Trim() == "-")
        {
            return (figures, links);
        }

        var tokens = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string>();
        string? pendingJoin = null;
        void Flush()
        {
            var figure = Normalize(current);
            if (pendingJoin is "=" or ".." && figures.Count > 0)
            {
                links.Add(figures[^1] + " " + pendingJoin + " " + figure);
            }

            figures.Add(figure);
            current.Clear();
        }

        foreach (var token in tokens)
        {
            if (token is ";" or "=" or "..")
            {
                Flush();
                pendingJoin = token;
            }
            else
            {
                current.Add(token);
            }
        }

        Flush();
        return (figures, links);
    }

    /// <summary>The links of recognized figures in the form <see cref="Parse"/> gives.</summary>
    public static List<string> Links(IReadOnlyList<RecognizedFigure> figures)
    {
        var links = new List<string>();
        foreach (var f in figures)
        {
            if (f.Equivalent is { } e)
            {
                links.Add(Write(f) + " = " + Write(e));
            }

            if (f.RangeEnd is { } r)
            {
                links.Add(Write(f) + " .. " + Write(r));
            }
        }

        return links;
    }

    private static string Normalize(List<string> parts)
    {
        if (parts.Count < 2)
        {
            throw new FormatException($"a figure needs a kind and a value: '{string.Join(' ', parts)}'");
        }

        var kind = parts[0];
        if (kind is not ("money" or "number" or "percent" or "count" or "date"))
        {
            throw new FormatException($"unknown kind '{kind}'");
        }

        var value = kind == "date" ? parts[1] : Number(decimal.Parse(parts[1], NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        var rest = parts.Skip(2).ToList();
        foreach (var q in rest.Where(p => p.StartsWith('~')))
        {
            if (!Qualifiers.ContainsKey(q[1..]))
            {
                throw new FormatException($"unknown qualifier '{q}'");
            }
        }

        return string.Join(' ', new[] { kind, value }.Concat(rest));
    }

    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
