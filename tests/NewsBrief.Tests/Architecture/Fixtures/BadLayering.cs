// A miniature of the library's stages under a namespace of their own, broken on purpose, so the
// layering rules (StageLayers) are shown to catch references the old using-line test let through.
// No 'using' line names another stage here: every reference is fully qualified.

namespace NewsBrief.Tests.Architecture.Fixtures.Site
{
    internal sealed class SitePage
    {
        public string Title { get; } = "";
    }
}

namespace NewsBrief.Tests.Architecture.Fixtures.Rendering.Html
{
    internal static class HtmlWriter
    {
        public static string Write(string text) => text;
    }
}

namespace NewsBrief.Tests.Architecture.Fixtures.Facts
{
    /// <summary>Facts reading a site page: facts come first and must know nothing of the site.</summary>
    internal sealed class FactsThatKnowTheSite
    {
        public static string TitleOf(NewsBrief.Tests.Architecture.Fixtures.Site.SitePage page) => page.Title;
    }

    /// <summary>Facts that call the HTML stage inside a method body only (no signature names it).</summary>
    internal static class FactsThatCallHtml
    {
        public static int Length(string text) => NewsBrief.Tests.Architecture.Fixtures.Rendering.Html.HtmlWriter.Write(text).Length;
    }

    /// <summary>Facts that touch Markdig: only the HTML stage may.</summary>
    internal static class FactsThatParseMarkdown
    {
        public static int Blocks(string text) => global::Markdig.Markdown.Parse(text).Count;
    }

    /// <summary>A well-behaved facts type: uses only the BCL.</summary>
    internal static class GoodFacts
    {
        public static string Trim(string text) => text.Trim();
    }
}
