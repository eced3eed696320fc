using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using NewsBrief.Formatting;
using NewsBrief.Rendering.Templates;
using NewsBrief.Tests.Support;
using Scriban.Runtime;

namespace NewsBrief.Tests.Rendering;

/// <summary>The examples of docs/templates.md are executed: the documentation cannot drift.</summary>
public sealed partial class TemplateFunctionDocTests
{
    private static string DocsPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "templates.md"));

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (Match m in Row().Matches(File.ReadAllText(DocsPath())))
        {
            data.Add(m.Groups["call"].Value, "id", m.Groups["id"].Value);
            data.Add(m.Groups["call"].Value, "en", m.Groups["en"].Value);
        }

        return data;
    }

    [Fact]
    public void Docs_HaveExamples() => Assert.True(Examples().Count >= 12);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RendersAsDocumented(string call, string locale, string expected)
    {
        var bag = new DiagnosticBag();
        var catalog = TemplateCatalog.Parse([("doc.md.sbn", call)], "templates/", bag);
        Assert.False(bag.HasErrors);
        Assert.True(catalog.TryGet("doc.md", out var template));

        var context = LocaleTemplateContext.Create(new LocaleFormatter(RepoFiles.Catalog[locale]), catalog, new ScriptObject(), CancellationToken.None);

        Assert.Equal(expected, template.Render(context));
    }

    [GeneratedRegex(@"^\| `(?<call>\{\{.*?\}\})` \| `(?<id>[^`]*)` \| `(?<en>[^`]*)` \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
