using R = NewsBrief.Localization.LocaleYamlReader;

namespace NewsBrief.Localization;

public static partial class LocaleDataParser
{
    /// <summary>
    /// The tables of <c>changes:</c>, <c>points:</c> and <c>figure_ranges:</c>. A nested class, so
    /// they are initialised on first use whatever order the partial files' static fields take.
    /// </summary>
    private static class FigureFormKeys
    {
        private static readonly Dictionary<string, R.Field<ChangeWords>> Words = new(StringComparer.Ordinal)
        {
            ["up"] = static (r, s) => s with { Up = r.String() },
            ["down"] = static (r, s) => s with { Down = r.String() },
            ["zero"] = static (r, s) => s with { Zero = r.String() },
        };

        public static readonly Dictionary<string, R.Field<ChangeSection>> Changes = new(StringComparer.Ordinal)
        {
            ["prose"] = static (r, s) => s with { Prose = r.Object(Words, new ChangeWords()) ?? new() },
            ["headline"] = static (r, s) => s with { Headline = r.Object(Words, new ChangeWords()) ?? new() },
            ["fall_words"] = static (r, s) => s with { FallWords = r.List(static r => r.String()) },
            ["loss_words"] = static (r, s) => s with { LossWords = r.List(static r => r.String()) },
        };

        public static readonly Dictionary<string, R.Field<PointsSection>> Points = new(StringComparer.Ordinal)
        {
            ["basis"] = static (r, s) => s with { Basis = r.Map(static r => r.String()) },
            ["percentage"] = static (r, s) => s with { Percentage = r.Map(static r => r.String()) },
            ["singular_up_to"] = static (r, s) => s with { SingularUpTo = r.Decimal() },
            ["basis_abbreviations"] = static (r, s) => s with { BasisAbbreviations = r.List(static r => r.String()) },
        };

        public static readonly Dictionary<string, R.Field<FigureRangeSection>> Ranges = new(StringComparer.Ordinal)
        {
            ["percent_each_end"] = static (r, s) => s with { PercentEachEnd = r.Bool() },
        };
    }
}
