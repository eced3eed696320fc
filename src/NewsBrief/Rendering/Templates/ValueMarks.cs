namespace NewsBrief.Rendering.Templates;

/// <summary>
/// How the brief model marks values for the HTML a brief becomes, in a syntax this layer does not
/// know (the converter's): a date as written, with its ISO form, and a name written in another
/// locale's language, with that locale's code. Both take text already escaped for Markdown.
/// </summary>
/// <param name="Time">Marks a date: ISO date (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), text.</param>
/// <param name="Lang">Marks a name: locale code of its language, text.</param>
public sealed record ValueMarks(Func<string, string, string> Time, Func<string, string, string> Lang);
