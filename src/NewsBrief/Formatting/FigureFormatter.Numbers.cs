using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Signed figures, points and ranges (docs/style-rules.md R16-R19). <c>{name}</c> writes a negative
/// figure with the locale's minus sign (ASCII hyphen-minus in id and en, CLDR); <c>{name:size}</c>
/// writes it without the sign; <c>{name:change}</c> writes the locale's direction word and the size.
/// Every form goes through the same sentence-start and headline-case steps as the other figures.
/// </summary>
public sealed partial class FigureFormatter
{
    /// <summary>The figure when it needs this file's rules, else null (the ordinary path writes it).</summary>
    private string? FormatNumbers(Figure figure, FactFile facts, TextStyle style, FigurePlacement placement)
    {
        if (figure is not RangeFigure)
        {
            switch (placement.Sign)
            {
                case SignForm.Size:
                    return Format(FigureSigns.Size(figure), facts, style, placement with { Sign = SignForm.Signed });
                case SignForm.Change:
                    return Change(figure, facts, style, placement);
            }
        }

        var titleCase = placement.Case == HeadlineCase.Title;
        return figure switch
        {
            PointsFigure p => Finish(f.Money.Qualify(p.Qualifier, Points(p.Value, p.Unit), style, titleCase), style, placement),
            RangeFigure r => Finish(Range(r, facts, style, placement), style, placement),

            // A negative count is never spelled (minus tiga reads as a sum): figures, with the sign.
            NumberFigure { Value: < 0 } n => Finish(f.Money.Qualify(n.Qualifier, f.Count.FormatDigits(n.Value, null), style, titleCase), style, placement),
            _ => null,
        };
    }

    /// <summary>
    /// A change: the locale's word for a rise, a fall or no change, with the size
    /// (<c>turun 0,45 persen</c>, <c>fell 0.45%</c>, <c>tidak berubah</c>, <c>remained unchanged</c>); headlines
    /// take their own words when the locale has them (AP: present tense, <c>falls 0.45%</c>).
    /// </summary>
    private string Change(Figure figure, FactFile facts, TextStyle style, FigurePlacement placement)
    {
        var changes = f.Locale.ChangesData;
        var words = style == TextStyle.Headline && !changes.Headline.IsEmpty ? changes.Headline : changes.Prose;
        var sign = FigureSigns.Sign(figure);
        if (sign == 0)
        {
            return Finish(words.Zero, style, placement);
        }

        var size = Format(FigureSigns.Size(figure), facts, style, placement with { Sign = SignForm.Signed, SentenceStart = false });
        return Finish(DecimalText.Fill(sign > 0 ? words.Up : words.Down, size), style, placement);
    }

    /// <summary>The last steps every figure takes: headline case, then a capital at a sentence start.</summary>
    private string Finish(string text, TextStyle style, FigurePlacement placement)
    {
        if (style == TextStyle.Headline && placement.Case == HeadlineCase.Title && f.Locale.HeadlineCapitals == true)
        {
            text = TextCase.TitleCase(text, f.Locale.HeadlineMinorWords, compound: placement.Modifier);
        }

        return placement.SentenceStart ? TextCase.CapitalizeFirst(text) : text;
    }

    /// <summary>Points with the decimals written (<c>0,50 poin persentase</c>), in the form <paramref name="value"/> takes.</summary>
    private string Points(decimal value, PointUnit unit) => DecimalText.Fill(PointsPattern(value, unit), DecimalText.FormatAsIs(value, f.Locale.NumberData));

    /// <summary>
    /// The points pattern for <paramref name="value"/>: the <c>one</c> form for a size above zero up to
    /// <c>singular_up_to</c> when the locale sets it (AP: <c>0.5 percentage point</c>), else by the plural rules.
    /// </summary>
    private string PointsPattern(decimal value, PointUnit unit)
    {
        var points = f.Locale.PointsData;
        var forms = unit == PointUnit.Basis ? points.Basis : points.Percentage;
        var size = Math.Abs(value);
        var category = points.SingularUpTo is { } max && size > 0 && size <= max ? "one" : f.Locale.CardinalRules.Select(size);
        return forms.TryGetValue(category, out var pattern) ? pattern : forms[PluralRules.Other];
    }

    /// <summary>
    /// A range: the locale's range words in prose (<c>hingga</c>, <c>to</c>) and its range mark in
    /// headlines and tables (EYD em dash <c>—</c>, AP hyphen <c>-</c>). Money repeats the whole amount on
    /// each end (<c>Rp10 miliar hingga Rp12 miliar</c>, <c>$10 million to $12 million</c>: AP-MIL) and is
    /// never converted; counts and points name their unit once, after the upper end, which decides its
    /// plural; percentages repeat the sign where the locale says (AP: <c>4.6% to 5.4%</c>) and otherwise
    /// name it once (<c>4,6 hingga 5,4 persen</c>).
    /// </summary>
    private string Range(RangeFigure range, FactFile facts, TextStyle style, FigurePlacement placement)
    {
        var ranges = f.Locale.RangesData;
        var pattern = style == TextStyle.Prose ? ranges.Words : ranges.Symbol;
        var numbers = f.Locale.NumberData;
        string Join(decimal from, decimal to) =>
            DecimalText.Fill(pattern, DecimalText.FormatAsIs(from, numbers), DecimalText.FormatAsIs(to, numbers));

        switch (range.From, range.To)
        {
            case (PercentFigure from, PercentFigure to) when !f.Locale.FigureRanges.PercentEachEnd:
                var percent = f.Locale.PercentData;
                var percentPattern = style switch
                {
                    TextStyle.Table when percent.Table.Length > 0 => percent.Table,
                    TextStyle.Headline when percent.Headline.Length > 0 => percent.Headline,
                    _ => percent.Prose,
                };
                return DecimalText.Fill(percentPattern, Join(from.Percent, to.Percent));
            case (PointsFigure from, PointsFigure to):
                return DecimalText.Fill(PointsPattern(to.Value, to.Unit), Join(from.Value, to.Value));
            case (QuantityFigure from, QuantityFigure to):
                return f.Count.WithUnit(Join(from.Value, to.Value), to.Value, to.Unit);
            case (NumberFigure from, NumberFigure to):
                return Join(from.Value, to.Value);
            default:
                // Each end whole, as written alone; Repeated: an end is never converted.
                var end = placement with { SentenceStart = false, Repeated = true, Sign = SignForm.Signed };
                return DecimalText.Fill(pattern, Format(range.From, facts, style, end), Format(range.To, facts, style, end));
        }
    }

    /// <summary>The exact value as stored, for points and ranges (<c>25 bp</c>, <c>4.6%..5.4%</c>).</summary>
    private static string RawNumbers(Figure figure) => figure switch
    {
        PointsFigure p => $"{Invariant(p.Value)} {(p.Unit == PointUnit.Basis ? "bp" : "pp")}",
        RangeFigure r => $"{Raw(r.From)}..{Raw(r.To)}",
        _ => "",
    };
}
