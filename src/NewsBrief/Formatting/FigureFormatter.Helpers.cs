using NewsBrief.Facts;

namespace NewsBrief.Formatting;

// The points forms of this round's figures, for the template language helpers (StoryHelperFormatter).
public sealed partial class FigureFormatter
{
    /// <summary>Basis or percentage points as a <c>points</c> figure writes them (<c>25 basis poin</c>, <c>0.5 percentage point</c>).</summary>
    public string FormatPoints(decimal value, PointUnit unit) => Points(value, unit);
}
