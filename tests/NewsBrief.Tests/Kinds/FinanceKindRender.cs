using NewsBrief.Project;
using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Site;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// Renders kind briefs in-process with one workspace (the shipped locales, templates and kinds), as
/// <c>check --strict</c> and <c>render</c> would: every diagnostic, warnings included, is returned.
/// </summary>
internal static class FinanceKindRender
{
    private static readonly Lazy<Workspace> Shipped = new(() =>
    {
        var bag = new DiagnosticBag();
        return Workspace.Load(RepoFiles.Root, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    });

    public sealed record Rendered(IReadOnlyDictionary<string, string> Markdown, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Renders the facts <paramref name="text"/> as the file <c>SLUG.yml</c> in every locale.</summary>
    public static Rendered Render(string slug, string text)
    {
        var workspace = Shipped.Value;
        var bag = new DiagnosticBag();
        var path = $"briefs/{slug}.yml";
        var markdown = new Dictionary<string, string>(StringComparer.Ordinal);
        if (workspace.ParseFacts(text, path, bag) is { } facts)
        {
            new FigureChecker(workspace.Locales).Check(facts, new SourceText(path, text), bag);
            foreach (var locale in workspace.Locales.Codes)
            {
                if (workspace.Renderer.Render(facts, locale, bag) is { } brief)
                {
                    markdown[locale] = brief.Markdown;
                }
            }
        }

        return new Rendered(markdown, bag.Sorted());
    }

    /// <summary>The lines of the Markdown's key points (<c>- ...</c>).</summary>
    public static IReadOnlyList<string> Points(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && !l.StartsWith("- **", StringComparison.Ordinal)).ToList();

    /// <summary>The first paragraph after the headline and the byline: the lede.</summary>
    public static string Lede(string markdown) =>
        markdown.Split("\n\n")[2];

    /// <summary>The headline, without its '# '.</summary>
    public static string Headline(string markdown) => markdown.Split('\n')[0][2..];
}
