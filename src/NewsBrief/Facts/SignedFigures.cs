using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>Which points a <see cref="PointsFigure"/> counts.</summary>
public enum PointUnit
{
    /// <summary><c>basis_points: 25</c>: hundredths of a percentage point (<c>25 basis poin</c>, <c>25 basis points</c>).</summary>
    Basis,

    /// <summary><c>percentage_points: 0.5</c>: the difference of two percentages (<c>0,5 poin persentase</c>, <c>0.5 percentage point</c>).</summary>
    Percentage,
}

/// <summary>
/// A change in a rate written in points (<c>basis_points</c> or <c>percentage_points</c>), never
/// in percent: "rose 0.5 percent" and "rose 0.5 percentage point" are different claims. Signed.
/// </summary>
public sealed record PointsFigure(string Name, LocalizedText? Label, Qualifier Qualifier, SourceLocation Location, decimal Value, PointUnit Unit)
    : Figure(Name, Label, Qualifier, Location);

/// <summary>
/// A range, written as a two-item list (<c>percent: [4.6, 5.4]</c>): two figures of one kind with
/// <see cref="From"/> below <see cref="To"/>. Each end is an unqualified single figure; a range takes
/// no qualifier, <c>reported</c> or <c>per</c> (the mapper refuses them) and is never converted.
/// </summary>
public sealed record RangeFigure(string Name, LocalizedText? Label, SourceLocation Location, Figure From, Figure To)
    : Figure(Name, Label, Qualifier.None, Location);

/// <summary>The sign and the size of a single figure, for <c>{name:size}</c> and <c>{name:change}</c>.</summary>
public static class FigureSigns
{
    /// <summary>The figure's signed value, or null for a figure that has no single value (a range).</summary>
    public static decimal? Value(Figure figure) => figure switch
    {
        MoneyFigure m => m.Amount,
        QuantityFigure q => q.Value,
        PercentFigure p => p.Percent,
        NumberFigure n => n.Value,
        PointsFigure b => b.Value,
        _ => null,
    };

    /// <summary>-1, 0 or 1; 0 for a range.</summary>
    public static int Sign(Figure figure) => Value(figure) is { } v ? Math.Sign(v) : 0;

    /// <summary>
    /// The figure without its sign (the same figure when it is not negative): a loss of Rp350 miliar
    /// is <c>rugi bersih Rp350 miliar</c>. Reported amounts lose their sign with the amount.
    /// </summary>
    public static Figure Size(Figure figure) => figure switch
    {
        MoneyFigure { Amount: < 0 } m => m with
        {
            Amount = -m.Amount,
            Reported = m.Reported.ToDictionary(r => r.Key, r => Math.Abs(r.Value), StringComparer.Ordinal),
        },
        QuantityFigure { Value: < 0 } q => q with { Value = -q.Value },
        PercentFigure { Percent: < 0 } p => p with { Percent = -p.Percent },
        NumberFigure { Value: < 0 } n => n with { Value = -n.Value },
        PointsFigure { Value: < 0 } b => b with { Value = -b.Value },
        _ => figure,
    };
}
