using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// All formatters bound to one locale. Built once per locale per run and shared across threads:
/// every formatter is immutable.
/// </summary>
public sealed class LocaleFormatter
{
    /// <summary>Binds every formatter to <paramref name="locale"/>.</summary>
    public LocaleFormatter(LocaleData locale)
    {
        Locale = locale;
        Number = new NumberFormatter(locale);
        Money = new MoneyFormatter(locale);
        Percent = new PercentFormatter(locale);
        Compact = new CompactFormatter(locale);
        Count = new CountFormatter(locale);
        Words = new WordsFormatter(locale);
        Ordinal = new OrdinalFormatter(locale);
        Date = new DateFormatter(locale);
        Time = new TimeFormatter(locale);
        Range = new RangeFormatter(locale);
        Moment = new MomentFormatter(locale, Date, Time);
        Period = new PeriodFormatter(locale, Date, Range, Ordinal);
        Helpers = new StoryHelperFormatter(this);
    }

    /// <summary>The locale data.</summary>
    public LocaleData Locale { get; }

    /// <summary>Plain numbers.</summary>
    public NumberFormatter Number { get; }

    /// <summary>Money.</summary>
    public MoneyFormatter Money { get; }

    /// <summary>Percentages.</summary>
    public PercentFormatter Percent { get; }

    /// <summary>Compact numbers.</summary>
    public CompactFormatter Compact { get; }

    /// <summary>Counts and quantities with units.</summary>
    public CountFormatter Count { get; }

    /// <summary>Spelled-out numbers.</summary>
    public WordsFormatter Words { get; }

    /// <summary>Ordinals.</summary>
    public OrdinalFormatter Ordinal { get; }

    /// <summary>Dates.</summary>
    public DateFormatter Date { get; }

    /// <summary>Times of day.</summary>
    public TimeFormatter Time { get; }

    /// <summary>Ranges.</summary>
    public RangeFormatter Range { get; }

    /// <summary>Days, weekdays, datelines and times of day of a story's figures.</summary>
    public MomentFormatter Moment { get; }

    /// <summary>Reporting periods and date spans.</summary>
    public PeriodFormatter Period { get; }

    /// <summary>The language helpers of story kinds (templates' fmt.time, fmt.compass, ...).</summary>
    public StoryHelperFormatter Helpers { get; }
}
