using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Project;
using NewsBrief.Rendering.Templates;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Renders a small facts file through the repository's own locales and templates, as a copy editor
/// reads it: the Markdown of one locale, and the plain headline and lede that titles, og:title and
/// JSON-LD are made of.
/// </summary>
internal static class CopyDeskStory
{
    private static readonly Lazy<Workspace> Loaded = new(() =>
    {
        var bag = new DiagnosticBag();
        return Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    });

    public static Workspace Workspace => Loaded.Value;

    /// <summary>A facts file with the given figures and texts (YAML fragments, already indented for the top level).</summary>
    public static string Facts(string figures, string headline, string lede, string? more = null) => $"""
        date: 2025-09-18
        source: {"{"} name: Reuters, date: 2025-09-17 {"}"}
        figures:
        {figures}
        headline:
        {headline}
        lede:
        {lede}
        {more ?? ""}
        """;

    public static FactFile Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return Workspace.ParseFacts(yaml, "story.yml", bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }

    public static string Markdown(string yaml, string locale)
    {
        var bag = new DiagnosticBag();
        var rendered = Workspace.Renderer.Render(Parse(yaml), locale, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return rendered!.Markdown;
    }

    /// <summary>The headline and lede as plain text (what the page title, og:title and JSON-LD use).</summary>
    public static (string Headline, string Lede) Plain(string yaml, string locale)
    {
        var facts = Parse(yaml);
        var texts = BriefTexts.Of(facts, new FigureFormatter(Workspace.Renderer.FormatterFor(locale)), summaryOnly: true);
        return (texts.Headline.Plain, texts.Lede.Plain);
    }
}
