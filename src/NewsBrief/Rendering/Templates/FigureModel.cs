using System.Globalization;
using NewsBrief.Facts;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// The values behind a figure, for templates that compare or choose by them rather than print
/// them (<c>if brief.figure.change.number &lt; 0</c>): numbers as decimals, dates and times as ISO
/// text, codes as given. The formatted texts (<c>value</c>, <c>prose</c>) sit beside them.
/// </summary>
/// <remarks>
/// Every figure has <c>kind</c> (<c>money</c>, <c>quantity</c>, <c>percent</c>, <c>number</c>,
/// <c>points</c>, <c>range</c>, <c>moment</c>, <c>period</c>) and <c>qualifier</c> (a key of
/// <see cref="QualifierKeys"/>, empty when exact). Money: <c>number</c> (the amount),
/// <c>currency</c>, <c>per</c>; quantity: <c>number</c>, <c>unit</c>; percent: <c>number</c>
/// (5.3 for 5.3 percent); number: <c>number</c>; points: <c>number</c>, <c>unit</c>; range:
/// <c>from</c>, <c>to</c> (each a figure of these fields); moment: <c>day_iso</c>, <c>time</c>
/// (<c>HH:mm</c>), <c>zone</c>; period: <c>period</c> (as written in the facts file).
/// </remarks>
public static class FigureModel
{
    /// <summary>Adds the typed values of <paramref name="figure"/> to <paramref name="model"/> and returns it.</summary>
    public static ScriptObject Typed(Figure figure, ScriptObject model)
    {
        model["kind"] = Kind(figure);
        model["qualifier"] = figure.Qualifier == Qualifier.None ? "" : QualifierKeys.KeyOf(figure.Qualifier);
        switch (figure)
        {
            case MoneyFigure m:
                model["number"] = m.Amount;
                model["currency"] = m.Currency;
                model["per"] = m.Per ?? "";
                break;
            case QuantityFigure q:
                model["number"] = q.Value;
                model["unit"] = q.Unit;
                break;
            case PercentFigure p:
                model["number"] = p.Percent;
                break;
            case NumberFigure n:
                model["number"] = n.Value;
                break;
            case PointsFigure p:
                model["number"] = p.Value;
                model["unit"] = p.Unit == PointUnit.Basis ? "basis_points" : "percentage_points"; // the facts key
                break;
            case RangeFigure r:
                model["from"] = Frozen(Typed(r.From, new ScriptObject()));
                model["to"] = Frozen(Typed(r.To, new ScriptObject()));
                break;
            case MomentFigure t:
                model["day_iso"] = t.Day?.ToString() ?? "";
                model["time"] = t.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
                model["zone"] = t.Zone ?? "";
                break;
            case PeriodFigure p:
                model["period"] = p.Period.ToString();
                break;
        }

        return model;
    }

    private static string Kind(Figure figure) => figure switch
    {
        MoneyFigure => "money",
        QuantityFigure => "quantity",
        PercentFigure => "percent",
        NumberFigure => "number",
        PointsFigure => "points",
        RangeFigure => "range",
        MomentFigure => "moment",
        PeriodFigure => "period",
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.GetType().Name, "Unknown figure kind."),
    };

    private static ScriptObject Frozen(ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }
}
