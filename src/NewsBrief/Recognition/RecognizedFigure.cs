using NewsBrief.Facts;

namespace NewsBrief.Recognition;

/// <summary>
/// One figure found in prose. The span covers the qualifier, sign, currency, number, scale word and
/// unit as written (<c>sekitar Rp4,87 miliar</c>); an equivalent in parentheses is a figure of its own,
/// linked through <see cref="Equivalent"/>.
/// </summary>
public sealed class RecognizedFigure
{
    internal RecognizedFigure(FigureKind kind, int start, int length, string text)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>Money, number, percent, count or date.</summary>
    public FigureKind Kind { get; }

    /// <summary>Index of the first character in the recognized text.</summary>
    public int Start { get; internal set; }

    /// <summary>Characters covered.</summary>
    public int Length { get; internal set; }

    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The text as written.</summary>
    public string Text { get; internal set; }

    /// <summary>The exact value (money in currency units, a percentage in percent); 0 for dates.</summary>
    public decimal Value { get; init; }

    /// <summary>The currency (ISO code) of money, or the unit key of a count; null otherwise.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// What a money figure is per (<c>Rp4.400 per riyal</c>: <c>SAR</c>; <c>Rp18.000 per cangkir</c>: <c>cup</c>),
    /// a currency code or a unit key, when <c>extract</c> found one after it; the span then covers it.
    /// </summary>
    public string? Per { get; internal set; }

    /// <summary>The qualifier written before the figure.</summary>
    public Qualifier Qualifier { get; internal set; }

    /// <summary>
    /// The value of one step in the last written digit: 0.01 miliar (10 000 000) for <c>Rp4,87 miliar</c>,
    /// 1 miliar for <c>Rp4 Miliar</c>, 0.1 for <c>5,3 persen</c>; 0 for dates (see <see cref="Date"/>).
    /// </summary>
    public decimal Precision { get; init; }

    /// <summary>The date, for <see cref="FigureKind.Date"/>.</summary>
    public RecognizedDate? Date { get; init; }

    /// <summary>The equivalent stated for this amount (<c>(setara dengan USD294 ribu)</c>), if any.</summary>
    public RecognizedFigure? Equivalent { get; internal set; }

    /// <summary>The amount this figure is the stated equivalent of, if any.</summary>
    public RecognizedFigure? EquivalentOf { get; internal set; }

    /// <summary>The other end when this figure starts a range (<c>10 hingga 20</c>), if any.</summary>
    public RecognizedFigure? RangeEnd { get; internal set; }

    /// <summary>The placeholder form the text used (<c>dateline</c>, <c>short</c>, <c>modifier</c>) for times, days and periods; null for the ordinary form.</summary>
    public string? Form { get; init; }

    /// <summary>True when <paramref name="exact"/> written at this figure's precision gives this value (half a step either way).</summary>
    public bool Covers(decimal exact) => Math.Abs(exact - Value) <= Precision / 2;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} «{Text}» @{Start}";
}
