namespace NewsBrief.Localization;

internal static partial class LocaleDataValidator
{
    static partial void ValidateFigureSections(LocaleData data, Action<bool, string> require)
    {
        static bool Sized(string pattern) => pattern.Contains("{0}", StringComparison.Ordinal);

        require(data.Changes is not null, "changes");
        if (data.Changes is { } changes)
        {
            require(changes.Prose.IsComplete && Sized(changes.Prose.Up) && Sized(changes.Prose.Down), "changes.prose (up and down with {0}, and zero)");
            require(changes.Headline.IsEmpty || (changes.Headline.IsComplete && Sized(changes.Headline.Up) && Sized(changes.Headline.Down)),
                "changes.headline (up and down with {0}, and zero; or leave it out)");
        }

        require(data.Points is not null, "points");
        if (data.Points is { } points)
        {
            require(points.Basis.TryGetValue(PluralRules.Other, out var basis) && Sized(basis), "points.basis.other (a pattern with {0})");
            require(points.Percentage.TryGetValue(PluralRules.Other, out var percentage) && Sized(percentage), "points.percentage.other (a pattern with {0})");
            require(points.Basis.Values.Concat(points.Percentage.Values).All(Sized), "points.basis and points.percentage (every form a pattern with {0})");
            require(points.SingularUpTo is null || (points.SingularUpTo > 0 && points.Basis.ContainsKey("one") && points.Percentage.ContainsKey("one")),
                "points.singular_up_to (above zero, with a `one` form for basis and percentage)");
        }
    }
}
