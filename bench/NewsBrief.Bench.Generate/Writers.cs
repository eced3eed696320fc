using System.Globalization;
using System.Text;

namespace NewsBrief.Bench.Generate;

/// <summary>Writes a story as a NewsBrief facts file and as Hugo content (one page per language).</summary>
internal static class Writers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Facts(Story story, int index, ulong seed)
    {
        var y = new StringBuilder();
        y.Append(Inv, $"# Synthetic story {index} of the NewsBrief benchmark (seed {seed}), written by bench/NewsBrief.Bench.Generate.\n");
        y.Append(Inv, $"date: {Iso(story.Date)}\n");
        y.Append("kind: brief\n");
        y.Append(Inv, $"tags: [{string.Join(", ", story.Tags)}]\n");
        if (story.Sources.Count == 1)
        {
            y.Append("source:\n");
            SourceFields(y, story.Sources[0], "  ", "  ");
        }
        else
        {
            y.Append("source:\n");
            foreach (var s in story.Sources)
            {
                SourceFields(y, s, "  - ", "    ");
            }
        }

        y.Append("rates:\n");
        y.Append(Inv, $"  - pair: USD/IDR\n    rate: {story.Rate}\n    date: {Iso(story.RateDate)}\n");
        y.Append("figures:\n");
        foreach (var f in story.Figures)
        {
            y.Append(Inv, $"  {f.Name}:\n");
            switch (f.Kind)
            {
                case FigureKind.Money:
                    y.Append(Inv, $"    amount: {Scaled(f.Amount, f.Name.Length % 2 == 0)}\n");
                    y.Append(Inv, $"    currency: {f.Currency}\n");
                    if (f.ReportedCurrency is not null)
                    {
                        y.Append(Inv, $"    reported: {{ {f.ReportedCurrency}: {Scaled(f.ReportedAmount, true)} }}\n");
                    }

                    break;
                case FigureKind.Quantity:
                    y.Append(Inv, $"    value: {f.Amount}\n    unit: {f.Unit}\n");
                    break;
                default:
                    y.Append(Inv, $"    percent: {Percent(f.PercentTenths)}\n");
                    break;
            }

            if (f.Qualifier is not null)
            {
                y.Append(Inv, $"    qualifier: {f.Qualifier}\n");
            }

            y.Append(Inv, $"    label: {{ id: {Q(f.Label.Id)}, en: {Q(f.Label.En)} }}\n");
        }

        y.Append(Inv, $"headline:\n  id: {Q(story.Headline.Id)}\n  en: {Q(story.Headline.En)}\n");
        y.Append(Inv, $"lede:\n  id: {Q(story.Lede.Id)}\n  en: {Q(story.Lede.En)}\n");
        y.Append("points:\n");
        foreach (var p in story.Points)
        {
            y.Append(Inv, $"  - id: {Q(p.Id)}\n    en: {Q(p.En)}\n");
        }

        y.Append("events:\n");
        foreach (var e in story.Events)
        {
            y.Append(Inv, $"  - date: {e.Date.Facts}\n    text:\n      id: {Q(e.Text.Id)}\n      en: {Q(e.Text.En)}\n");
        }

        return y.ToString();
    }

    /// <summary>
    /// Hugo content for one language: the same facts as front matter (amounts as plain integers, texts with
    /// {figure} placeholders), so the Hugo templates do the formatting and substitution themselves.
    /// </summary>
    public static string Hugo(Story story, bool id)
    {
        string T(Bi text) => id ? text.Id : text.En;
        var y = new StringBuilder("---\n");
        y.Append(Inv, $"title: {Q(T(story.Headline))}\n");
        y.Append(Inv, $"date: {Iso(story.Date)}\n");
        y.Append(Inv, $"slug: {story.Slug}\n");
        y.Append(Inv, $"tags: [{string.Join(", ", story.Tags)}]\n");
        y.Append("sources:\n");
        foreach (var s in story.Sources)
        {
            y.Append(Inv, $"  - {{ name: {Q(s.Name)}, date: {Iso(s.Date)}, url: {Q(s.Url)} }}\n");
        }

        y.Append(Inv, $"rate: {story.Rate}\n");
        y.Append("figures:\n");
        foreach (var f in story.Figures)
        {
            y.Append(Inv, $"  - name: {f.Name}\n    label: {Q(T(f.Label))}\n    qualifier: {f.Qualifier ?? "\"\""}\n");
            switch (f.Kind)
            {
                case FigureKind.Money:
                    y.Append(Inv, $"    kind: money\n    amount: {f.Amount}\n    currency: {f.Currency}\n");
                    if (f.ReportedCurrency is not null)
                    {
                        y.Append(Inv, $"    reported_currency: {f.ReportedCurrency}\n    reported_amount: {f.ReportedAmount}\n");
                    }

                    break;
                case FigureKind.Quantity:
                    y.Append(Inv, $"    kind: quantity\n    value: {f.Amount}\n    unit: {f.Unit}\n");
                    break;
                default:
                    y.Append(Inv, $"    kind: percent\n    percent: {Percent(f.PercentTenths)}\n");
                    break;
            }
        }

        y.Append(Inv, $"headline: {Q(T(story.Headline))}\n");
        y.Append(Inv, $"lede: {Q(T(story.Lede))}\n");
        y.Append("points:\n");
        foreach (var p in story.Points)
        {
            y.Append(Inv, $"  - {Q(T(p))}\n");
        }

        y.Append("events:\n");
        foreach (var e in story.Events)
        {
            y.Append(Inv, $"  - {{ date: {e.Date.Iso}, precision: {e.Date.Precision}, text: {Q(T(e.Text))} }}\n");
        }

        y.Append("---\n");
        return y.ToString();
    }

    private static void SourceFields(StringBuilder y, Source s, string first, string rest)
    {
        y.Append(Inv, $"{first}name: {Q(s.Name)}\n");
        y.Append(Inv, $"{rest}date: {Iso(s.Date)}\n");
        y.Append(Inv, $"{rest}url: {s.Url}\n");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    private static string Percent(int tenths) => (tenths / 10m).ToString("0.0", Inv);

    /// <summary>An exact amount, with a scale word ("4.87 billion") when asked and possible.</summary>
    private static string Scaled(long amount, bool words)
    {
        (long Value, string Word)[] scales = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")];
        if (words)
        {
            foreach (var (value, word) in scales)
            {
                if (amount >= value)
                {
                    return ((decimal)amount / value).ToString("0.############", Inv) + " " + word;
                }
            }
        }

        return amount.ToString(Inv);
    }

    /// <summary>A double-quoted YAML scalar.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
