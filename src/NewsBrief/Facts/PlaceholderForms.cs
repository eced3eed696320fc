namespace NewsBrief.Facts;

/// <summary>
/// The forms a placeholder may ask for after a colon, <c>{name:form}</c>, and which figures each
/// fits. <c>{name}</c> alone writes a figure's ordinary form.
/// </summary>
public static class PlaceholderForms
{
    /// <summary>A quantity or period before a noun: <c>a 14-day state of emergency</c>, <c>third-quarter profit</c>.</summary>
    public const string Modifier = "modifier";

    /// <summary>A day's weekday alone: <c>Kamis</c>, <c>Thursday</c>.</summary>
    public const string Weekday = "weekday";

    /// <summary>A day as news copy dates an event: <c>Kamis (30/10/2025)</c>; AP: <c>Thursday</c> within a week of the story, else <c>Oct. 30</c>.</summary>
    public const string Dateline = "dateline";

    /// <summary>A day-and-time figure's date alone: <c>30 Oktober 2025</c>.</summary>
    public const string Date = "date";

    /// <summary>A day-and-time figure's time alone: <c>pukul 16.00 WIB</c>.</summary>
    public const string Time = "time";

    /// <summary>A reporting period without its year, for a later mention: <c>kuartal III</c>, <c>the third quarter</c>.</summary>
    public const string Short = "short";

    /// <summary>A signed figure without its sign, for text that says the direction: <c>rugi bersih {loss:size}</c>.</summary>
    public const string Size = "size";

    /// <summary>A direction word and the size: <c>turun 0,45 persen</c>, <c>fell 0.45%</c>.</summary>
    public const string Change = "change";

    /// <summary>Every form, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<string> All = [Modifier, Size, Change, Weekday, Dateline, Date, Time, Short];

    /// <summary>Null when <paramref name="form"/> fits <paramref name="figure"/>; else what to write instead.</summary>
    public static string? Misfit(string form, Figure figure) => (form, figure) switch
    {
        (Modifier, MomentFigure) => "a day or time has no modifier form; write `{NAME}`",
        (Modifier, RangeFigure) => "a range has no modifier form; write `{NAME}`",
        (Size or Change, RangeFigure) => "it is a range, which has no single sign or size; write `{NAME}` to give its bounds",
        (Size or Change, QuantityFigure) => "it counts units and is never negative; write `{NAME}`, or make it a plain `value` (without `unit`) to write a signed change",
        (Size or Change, MomentFigure or PeriodFigure) => "a day, time or period has no sign; write `{NAME}`",
        (Size or Change, _) => null,
        (Modifier, _) => null,
        (Weekday or Dateline or Date, MomentFigure { Day: not null }) => null,
        (Weekday or Dateline or Date, _) => "this form is for a figure with a `day`",
        (Time, MomentFigure { Time: not null }) => null,
        (Time, _) => "this form is for a figure with a `time`",
        (Short, PeriodFigure { Period.Kind: not PeriodKind.Dates }) => null,
        (Short, _) => "this form is for a quarter, half, nine months or full year (`period: 2025-Q3`)",
        _ => "this form is unknown",
    };
}
