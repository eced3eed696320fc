using NewsBrief.Diagnostics;

namespace NewsBrief.Kinds;

/// <summary>
/// Why a brief of a kind says what it says (<c>render --explain</c>): for one text of one locale, the
/// template line that set it and the data fields read to make it, or that the facts file overrode it.
/// </summary>
public sealed record KindTextExplanation(string Locale, string What, string Text, SourceLocation Location, IReadOnlyList<string> Fields, bool Overridden);
