namespace NewsBrief.Formatting;

/// <summary>The case style of a headline, read from the words its author wrote.</summary>
public enum HeadlineCase
{
    /// <summary>Every word capitalised but the locale's minor words (<c>DeepSeek Spent Just …</c>).</summary>
    Title,

    /// <summary>Only the first word and names capitalised (<c>Quake kills one person …</c>).</summary>
    Sentence,
}

/// <summary>
/// Where in its text a figure lands, beyond the text's <see cref="TextStyle"/>: whether it opens a
/// sentence (then it starts with a capital, and a count is spelled out) and, in a headline, the
/// headline's own case style, which the inserted words follow.
/// </summary>
/// <param name="SentenceStart">The figure opens a sentence (or the whole text).</param>
/// <param name="Case">The case style of the headline the figure is inserted into.</param>
/// <param name="Repeated">The figure was written before in the running text: a money figure's
/// equivalent in another currency is given on first mention only (AP, Reuters).</param>
/// <param name="Modifier">Written <c>{name:modifier}</c>: the figure modifies the noun after it (<c>a 14-day state of emergency</c>).</param>
/// <param name="Sign">Written <c>{name:size}</c> or <c>{name:change}</c>: the figure without its sign, or as a change.</param>
public readonly record struct FigurePlacement(bool SentenceStart, HeadlineCase Case = HeadlineCase.Title, bool Repeated = false, bool Modifier = false, SignForm Sign = SignForm.Signed)
{
    /// <summary>Inside a sentence of a title-case text: the placement every caller had before placements.</summary>
    public static FigurePlacement Inline => default;

    /// <summary>The form the placeholder asks for after its colon (<c>{day:weekday}</c>: <c>weekday</c>), or null (see Facts.PlaceholderForms).</summary>
    public string? Form { get; init; }
}

/// <summary>How a placeholder writes a figure's sign.</summary>
public enum SignForm
{
    /// <summary><c>{name}</c>: the signed figure (<c>-Rp350 miliar</c>, <c>-0,45 persen</c>).</summary>
    Signed,

    /// <summary><c>{name:size}</c>: the size without the sign (<c>rugi bersih Rp350 miliar</c>).</summary>
    Size,

    /// <summary><c>{name:change}</c>: a direction word and the size (<c>turun 0,45 persen</c>, <c>fell 0.45%</c>).</summary>
    Change,
}
