namespace NewsBrief.Bench.Generate;

/// <summary>The kinds of figure the facts format knows.</summary>
internal enum FigureKind
{
    Money,
    Quantity,
    Percent,
}

/// <summary>One figure. Money amounts and quantities are exact integers; percents have one decimal (tenths).</summary>
internal sealed record Figure(
    string Name,
    FigureKind Kind,
    Bi Label,
    long Amount,
    string Currency,
    string? Qualifier,
    string? ReportedCurrency,
    long ReportedAmount,
    string Unit,
    int PercentTenths);

/// <summary>A date with the precision the facts file writes: day, month or year.</summary>
internal readonly record struct StoryDate(DateOnly Date, string Precision)
{
    public string Facts => Precision switch
    {
        "year" => Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        "month" => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public string Iso => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record Event(StoryDate Date, Bi Text);

internal sealed record Source(string Name, DateOnly Date, string Url);

/// <summary>One synthetic story; texts hold {figure} placeholders.</summary>
internal sealed record Story(
    string Slug,
    DateOnly Date,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Source> Sources,
    int Rate,
    DateOnly RateDate,
    IReadOnlyList<Figure> Figures,
    Bi Headline,
    Bi Lede,
    IReadOnlyList<Bi> Points,
    IReadOnlyList<Event> Events);
