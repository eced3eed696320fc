namespace NewsBrief.Facts;

/// <summary>How exact a figure is, as the source states it. The words come from the locale files.</summary>
public enum Qualifier
{
    /// <summary>No qualifier: the figure is exact.</summary>
    None,

    /// <summary><c>about</c>.</summary>
    About,

    /// <summary><c>more_than</c>.</summary>
    MoreThan,

    /// <summary><c>less_than</c>.</summary>
    LessThan,

    /// <summary><c>nearly</c>.</summary>
    Nearly,

    /// <summary><c>up_to</c>.</summary>
    UpTo,

    /// <summary><c>at_least</c>.</summary>
    AtLeast,
}

/// <summary>
/// The one table of qualifier keys: what a facts file writes (<c>qualifier: more_than</c>), what
/// <c>extract</c> drafts, and what the recogniser and formatters look words up by. The locale files'
/// <c>qualifiers:</c> keys (Localization's <c>QualifierSection.Keys</c>, a stage that cannot see
/// facts) and the JSON Schema's enum are tested to be the same list.
/// </summary>
public static class QualifierKeys
{
    /// <summary>Key to qualifier, in the order messages and the docs list them.</summary>
    public static IReadOnlyDictionary<string, Qualifier> ByKey { get; } = new Dictionary<string, Qualifier>(StringComparer.Ordinal)
    {
        ["about"] = Qualifier.About,
        ["more_than"] = Qualifier.MoreThan,
        ["less_than"] = Qualifier.LessThan,
        ["nearly"] = Qualifier.Nearly,
        ["up_to"] = Qualifier.UpTo,
        ["at_least"] = Qualifier.AtLeast,
    }.AsReadOnly();

    /// <summary>The key of <paramref name="qualifier"/> (<see cref="Qualifier.None"/> has none).</summary>
    public static string KeyOf(Qualifier qualifier) =>
        ByKey.FirstOrDefault(k => k.Value == qualifier).Key
        ?? throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "An exact figure has no qualifier key.");
}
