namespace NewsBrief.Localization;

// Sections read by the moment and period formatters (Formatting/MomentFormatter.cs, PeriodFormatter.cs).
public sealed partial record LocaleData
{
    /// <summary>Reporting periods: quarters, halves, nine months, full years (<c>periods:</c>).</summary>
    public PeriodSection Periods { get; init; } = new();
}

/// <summary>
/// <c>periods:</c>, one set of forms per kind of period. Patterns take <c>{0}</c> the quarter or
/// half in digits, <c>{1}</c> the year, <c>{2}</c> the number in Roman numerals (<c>III</c>) and
/// <c>{3}</c> the number as an ordinal in words from <c>ordinals:</c> (<c>third</c>).
/// </summary>
public sealed record PeriodSection
{
    /// <summary>A calendar quarter (<c>kuartal {2}-{1}</c>, <c>the {3} quarter of {1}</c>).</summary>
    public PeriodForms Quarter { get; init; } = new();

    /// <summary>A half year (<c>semester {2}-{1}</c>, <c>the {3} half of {1}</c>).</summary>
    public PeriodForms Half { get; init; } = new();

    /// <summary>The first nine months (<c>sembilan bulan pertama {1}</c>).</summary>
    public PeriodForms NineMonths { get; init; } = new();

    /// <summary>The full financial year (<c>tahun buku {1}</c>).</summary>
    public PeriodForms FullYear { get; init; } = new();
}

/// <summary>How one kind of period is written in each place.</summary>
public sealed record PeriodForms
{
    /// <summary>Running text (<c>kuartal III-2025</c>, <c>the third quarter of 2025</c>).</summary>
    public string Prose { get; init; } = "";

    /// <summary>A later mention, without the year (<c>kuartal III</c>, <c>the third quarter</c>).</summary>
    public string Short { get; init; } = "";

    /// <summary>Before a noun (<c>third-quarter</c> profit); Indonesian puts the period after the noun and writes it as in prose.</summary>
    public string Modifier { get; init; } = "";

    /// <summary>Headlines (<c>Q3 2025</c>); title case is applied after.</summary>
    public string Headline { get; init; } = "";

    /// <summary>The key-figures table (<c>Q3 2025</c>).</summary>
    public string Table { get; init; } = "";
}
