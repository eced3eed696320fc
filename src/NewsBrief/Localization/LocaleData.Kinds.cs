using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

/// <summary>The words of the story kinds (docs/kinds.md), read generically.</summary>
public sealed partial class LocaleData
{
    /// <summary>
    /// <c>kinds:</c>: one entry per story kind (<c>rate-decision</c>), each a mapping of texts, lists
    /// and mappings that the kind's templates read as <c>words</c>. Read-only once loaded.
    /// </summary>
    public IReadOnlyDictionary<string, object> Kinds { get; internal set; } = ReadOnlyDictionary<string, object>.Empty;
}
