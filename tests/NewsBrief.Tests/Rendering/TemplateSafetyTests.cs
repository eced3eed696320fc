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

    [Fact]
    public void Pool_ReusesAContextAndEachRenderSeesOnlyItsOwnModel()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "[{{ for p in points }}{{ p }};{{ end }}{{ headline }}]"));
        Assert.True(catalog.TryGet("xx/brief.md", out var template));
        var pool = LocaleTemplateContext.BriefPool(Formatter, catalog);

        var first = pool.Rent(new ScriptObject { ["headline"] = "A long first headline", ["points"] = new ScriptArray { "1", "2", "3" } }, CancellationToken.None);
        Assert.Equal("[1;2;3;A long first headline]", template.Render(first));
        pool.Return(first);
        var second = pool.Rent(new ScriptObject { ["headline"] = "B", ["points"] = new ScriptArray() }, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal("[B]", template.Render(second));
        pool.Return(second);
    }

    [Fact]
    public void Pool_ALocalVariableOfOneRenderIsGoneInTheNext()
    {
        var (catalog, _) = Catalog(("xx/a.md.sbn", "{{ $x = headline }}{{ $x }}"), ("xx/b.md.sbn", "{{ $x }}"));
        Assert.True(catalog.TryGet("xx/a.md", out var a));
        Assert.True(catalog.TryGet("xx/b.md", out var b));
        var pool = LocaleTemplateContext.BriefPool(Formatter, catalog);
        var context = pool.Rent(new ScriptObject { ["headline"] = "secret" }, CancellationToken.None);
        Assert.Equal("secret", a.Render(context));
        pool.Return(context);

        var next = pool.Rent(new ScriptObject { ["headline"] = "other" }, CancellationToken.None);

        Assert.Same(context, next);
        // Strict variables: $x is unknown again (not "secret").
        var e = Assert.Throws<ScriptRuntimeException>(() => b.Render(next));
        Assert.Contains("`$x` was not found", e.OriginalMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Pool_AContextWhoseRenderThrewIsNotReused()
    {
        var (catalog, _) = Catalog(
            ("xx/bad.md.sbn", "{{ for i in 1..10 }}{{ i }}{{ if i == 5 }}{{ include 'xx/part.md' }}{{ nosuch }}{{ end }}{{ end }}"),
            ("xx/part.md.sbn", "part"),
            ("xx/good.md.sbn", "{{ headline }}"));
        Assert.True(catalog.TryGet("xx/bad.md", out var bad));
        Assert.True(catalog.TryGet("xx/good.md", out var good));
        var pool = LocaleTemplateContext.BriefPool(Formatter, catalog);
        var failed = pool.Rent(new ScriptObject { ["headline"] = "h" }, CancellationToken.None);
        Assert.Throws<ScriptRuntimeException>(() => bad.Render(failed));
        pool.Return(failed); // a caller that returns it anyway: refused, its output is not empty

        var next = pool.Rent(new ScriptObject { ["headline"] = "fine" }, CancellationToken.None);

        Assert.NotSame(failed, next);
        Assert.Equal("fine", good.Render(next));
    }

    [Fact]
    public void Pool_TheLimitsHoldForEveryRenderOfAReusedContext()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ for i in 1..n }}.{{ end }}"));
        Assert.True(catalog.TryGet("xx/brief.md", out var template));
        var pool = LocaleTemplateContext.BriefPool(Formatter, catalog);
        for (var i = 0; i < 3; i++)
        {
            var context = pool.Rent(new ScriptObject { ["n"] = 900 }, CancellationToken.None);
            Assert.Equal(900, template.Render(context).Length);
            pool.Return(context);
        }

        var over = pool.Rent(new ScriptObject { ["n"] = 1001 }, CancellationToken.None);
        Assert.Throws<ScriptRuntimeException>(() => template.Render(over));
    }

    [Fact]
    public void HtmlEscape_WritesWhatScribansWrites()
    {
        // The builtin is replaced for speed; its output must stay Scriban's, character for character.
        var scriban = new Scriban.TemplateContext { LimitToString = 0 };
        var ours = new Scriban.TemplateContext { LimitToString = 0 };
        var random = new Random(4870);
        string[] pieces = ["a", " ", "<", ">", "&", "\"", "'", "\u00a0", "é", "ÿ", "Ā", "€", "\u2028", "😀", "\ud83d", "\ude00", "\0", "\n", "&amp;", "Rp4,87"];
        var texts = new List<string?> { null, "", "plain", "<script>alert('x')</script>", "Tom & Jerry's \"quote\"" };
        for (var i = 0; i < 5000; i++)
        {
            texts.Add(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)])));
        }

        foreach (var text in texts)
        {
            Assert.Equal(Scriban.Functions.HtmlFunctions.Escape(scriban, text), LocaleTemplateContext.HtmlEscape(ours, text));
        }
    }

    [Fact]
    public void HtmlEscape_InATemplate_IsTheReplacementAndKeepsTheStringLimit()
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", "{{ x | html.escape }}"));

        Assert.Equal("&lt;b&gt; &amp; &#39;", Render(catalog, "xx/brief.md", new ScriptObject { ["x"] = "<b> & '" }));
        Assert.ThrowsAny<Exception>(() => Render(catalog, "xx/brief.md", new ScriptObject { ["x"] = new string('<', (LocaleTemplateContext.StringLimit / 4) + 1) }));
    }

    [Theory]
    [InlineData("{{ 'a<b' | html.escape }}")]
    [InlineData("{{ 1.5 | html.escape }}|{{ 42 | html.escape }}|{{ true | html.escape }}|{{ null | html.escape }}|{{ '' | html.escape }}")]
    [InlineData("{{ html.escape \"x & y\" }}")]
    [InlineData("{{ [1, '<2>'] | array.each @html.escape | array.join ',' }}")]
    public void HtmlEscape_ConvertsArgumentsAsScribanDoes(string text)
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", text));
        var scriban = Scriban.Template.Parse(text).Render(new Scriban.TemplateContext());

        Assert.Equal(scriban, Render(catalog, "xx/brief.md", new ScriptObject()));
    }

    [Theory]
    [InlineData("{{ html.escape }}")]
    [InlineData("{{ html.escape 'a' 'b' }}")]
    public void HtmlEscape_WithoutOneArgument_IsAnError(string text)
    {
        var (catalog, _) = Catalog(("xx/brief.md.sbn", text));

        Assert.Throws<ScriptRuntimeException>(() => Render(catalog, "xx/brief.md", new ScriptObject()));
    }
}
