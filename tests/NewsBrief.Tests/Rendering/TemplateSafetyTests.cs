using NewsBrief.Diagnostics;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Rendering.Templates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Tests.Rendering;

public sealed class TemplateSafetyTests
{
    private static readonly LocaleFormatter Formatter = new(new LocaleData
    {
        Code = "xx",
        Path = "locales/xx.yml",
        Ui = new Dictionary<string, string>(StringComparer.Ordinal) { ["hello"] = "Halo *dunia*" },
    });

    private static (TemplateCatalog Catalog, DiagnosticBag Bag) Catalog(params (string Path, string Text)[] files)
    {
        var bag = new DiagnosticBag();
        return (TemplateCatalog.Parse(files, "templates/", bag), bag);
    }

    private static string Render(TemplateCatalog catalog, string name, ScriptObject? model = null)
    {
        Assert.True(catalog.TryGet(name, out var template));
        var context = LocaleTemplateContext.Create(Formatter, catalog, model ?? new ScriptObject { ["x"] = "1" }, CancellationToken.None);
        return template.Render(context);
    }

    [Fact]
    public void Parse_SyntaxError_ReportsTemplatePathLineAndColumn()
    {
        var (_, bag) = Catalog(("xx/brief.md.sbn", "line one\n{{ if }}\n"));

        var d = bag.Sorted()[0];
        Assert.All(bag.Sorted(), x => Assert.Equal("NB4001", x.Code));
        Assert.Equal("templates/xx/brief.md.sbn", d.Location.Path);
        Assert.Equal(2, d.Location.Line);
        Assert.True(d.Location.Column >= 1);
    }

    [Fact]
    public void Render_UnknownVariable_IsAnErrorAtItsPosition()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "ok\n  {{ nosuch }}\n"));

        var e = Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
        var location = TemplateCatalog.ToLocation(e.Span, "?");
        Assert.Equal(("templates/xx/brief.md.sbn", 2, 6), (location.Path, location.Line, location.Column));
    }

    [Fact]
    public void Render_UnknownMember_IsAnError()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ brief.nosuch }}"));
        var model = new ScriptObject { ["brief"] = new ScriptObject { ["headline"] = "h" } };

        Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md", model));
    }

    [Theory]
    [InlineData("{{ 'x' | object.eval_template }}")]
    [InlineData("{{ object.eval '1+1' }}")]
    public void Render_EvalBuiltins_AreRemoved(string text)
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", text));

        Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
    }

    [Fact]
    public void Render_AssignmentToTheModel_IsRefused()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ x = 2 }}{{ x }}"));

        Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
    }

    [Fact]
    public void Render_DateNow_IsNotTheWallClock()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ date.now | date.to_string '%Y' }}"));

        Assert.Equal("2000", Render(catalog, "xx/brief.md"));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("_shared/../../x")]
    [InlineData("_shared\\..\\x")]
    [InlineData("nosuch/partial")]
    public void Render_IncludeOutsideTheCatalogue_IsRefused(string name)
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", $"{{{{ include `{name}` }}}}"), ("_shared/part.md.sbn", "part"));

        var e = Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
        Assert.Contains("No template named", e.OriginalMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IncludeOfACataloguedPartial_Works()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "a{{ include \"_shared/part.md\" }}b"), ("_shared/part.md.sbn", "-{{ x }}-"));

        Assert.Equal("a-1-b", Render(catalog, "xx/brief.md"));
    }

    [Fact]
    public void Render_InfiniteLoop_HitsTheLoopLimit()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ for i in 1..100000 }}{{ i }}{{ end }}"));

        Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
    }

    [Fact]
    public void Render_HugeString_ThrowsInsteadOfTruncating()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ s = 'aaaaaaaaaa' * 100000 }}{{ s | html.escape }}"));

        Assert.ThrowsAny<Exception>(() => Render(catalog, "xx/brief.md", new ScriptObject()));
    }

    [Fact]
    public void Translate_ReadsTheLocaleFromTheContextAndEscapes()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ t \"hello\" }}"));

        Assert.Equal("Halo \\*dunia\\*", Render(catalog, "xx/brief.md"));
    }

    [Fact]
    public void Translate_MissingKey_NamesTheLocaleFile()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ t \"nope\" }}"));

        var e = Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md"));
        Assert.Contains("locales/xx.yml", e.OriginalMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadTemplateFileName_IsRejected()
    {
        var (catalog, bag) = Catalog(("XX/Brief.md.sbn", "x"));

        Assert.False(catalog.Contains("XX/Brief.md"));
        Assert.Equal("NB4003", Assert.Single(bag.Sorted()).Code);
    }
}
