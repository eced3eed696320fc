using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsBrief.Rendering.Html;
using NewsBrief.Tests.Rendering;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>Hostile text in any reader-visible field of a facts file never reaches the HTML as markup.</summary>
public sealed class HostileFactsTests
{
    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        foreach (var p in HostilePayloads.All)
        {
            data.Add(p);
        }

        return data;
    }

    internal static string FactsWith(string payload)
    {
        var q = JsonSerializer.Serialize(payload); // a JSON string is a valid YAML double-quoted scalar
        return $"""
            date: 2025-09-18
            source:
              name: {q}
              url: https://example.com/
            figures:
              cost:
                amount: 294000
                currency: USD
                label: {"{"} id: {q}, en: {q} {"}"}
            headline: {"{"} id: {q}, en: {q} {"}"}
            lede:
              id: {q}
              en: {q}
            points:
              - id: {q}
                en: {q}
            events:
              - date: 2022-10
                text: {"{"} id: {q}, en: {q} {"}"}
            """;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_HostileText_IsRejectedOrShownLiterally(string payload)
    {
        using var dir = new TempDir();
        var file = dir.Write("hostile.yml", FactsWith(payload));

        var result = CliRunner.Run(RepoFiles.Root, "render", file, "--format", "html");

        if (payload.Contains('{', StringComparison.Ordinal) || payload.Contains('}', StringComparison.Ordinal))
        {
            // Braces are placeholder syntax in facts text; anything but {figure_name} is an error.
            Assert.Equal(1, result.ExitCode);
            Assert.Equal("", result.Out);
            Assert.Matches(@"hostile\.yml:\d+:\d+: error NB1\d{3}: ", result.Error);
            return;
        }

        Assert.True(result.ExitCode == 0, result.Error);
        var document = new HtmlParser().ParseDocument(result.Out);
        // The one div is the renderer's own scrolling wrapper of the key-figures table.
        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed, svg, style, div:not(.table-scroll)"));
        Assert.All(document.QuerySelectorAll("div"), d => Assert.Equal("table", d.FirstElementChild?.LocalName));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.True(SafeUrl.IsAllowed(a.GetAttribute("href") ?? ""), a.OuterHtml));
        Assert.All(document.QuerySelectorAll("h1"), h => Assert.Equal(Fold(payload), h.TextContent));
        Assert.Contains(Fold(payload), document.Body!.TextContent, StringComparison.Ordinal);

        // Tables keep their two columns whatever the label says.
        Assert.All(document.QuerySelectorAll("tr"), tr => Assert.Equal(2, tr.Children.Length));
    }

    private static string Fold(string s) => NewsBrief.Rendering.Templates.MarkdownText.Fold(s);
}
