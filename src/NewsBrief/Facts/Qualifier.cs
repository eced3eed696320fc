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
