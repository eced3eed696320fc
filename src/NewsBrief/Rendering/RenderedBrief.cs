namespace NewsBrief.Rendering;

/// <summary>One brief in one locale: its Markdown and the HTML fragment converted from it.</summary>
public sealed record RenderedBrief(string Slug, string Locale, string Markdown, string Html);
