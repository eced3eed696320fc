using NewsBrief.Rendering.Templates;

namespace NewsBrief.Tests.Rendering;

/// <summary>The templates' string.slice is plain code (the native build trims Scriban's reflection import of it away).</summary>
public sealed class SliceFunctionTests
{
    [Theory]
    [InlineData("2025-12-12T07:35:21Z", 0, 4, "2025")]
    [InlineData("2025-12-12T07:35:21Z", 11, 2, "07")]
    [InlineData("2025-09-17", 0, 7, "2025-09")]
    [InlineData("abc", 5, 1, "")]
    [InlineData("abc", -5, 3, "a")]
    public void Slices_AsScribanDocumentsIt(string text, int start, int length, string expected) =>
        Assert.Equal(expected, SliceFunction.Slice(text, start, length));

    [Fact]
    public void TemplatesCall_ThePlainCodeSlice_WithTwoOrThreeArguments()
    {
        var template = Scriban.Template.Parse("{{ string.slice \"2025-09-17\" 0 7 }}|{{ string.slice \"2025-09-17\" 5 }}");
        var context = new Scriban.TemplateContext(BuiltinsOfTheTemplates());

        Assert.Equal("2025-09|09-17", template.Render(context));
        Assert.IsType<SliceFunction>(((Scriban.Runtime.ScriptObject)BuiltinsOfTheTemplates()["string"]!)["slice"]);
    }

    private static Scriban.Runtime.ScriptObject BuiltinsOfTheTemplates() =>
        typeof(LocaleTemplateContext)
            .GetField("SharedBuiltins", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetValue(null) is Lazy<Scriban.Runtime.ScriptObject> lazy ? lazy.Value : throw new InvalidOperationException("no builtins");
}
