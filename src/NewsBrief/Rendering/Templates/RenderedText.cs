namespace NewsBrief.Rendering.Templates;

/// <summary>
/// One reader text of a brief rendered once for one locale: <see cref="Markdown"/> for the page
/// body and <see cref="Plain"/> (no escaping, no marks) for titles, meta descriptions, feeds and
/// JSON-LD, which escape for themselves.
/// </summary>
public sealed record RenderedText(string Markdown, string Plain)
{
    /// <summary>A text the locale does not have.</summary>
    public static RenderedText Empty { get; } = new("", "");
}
