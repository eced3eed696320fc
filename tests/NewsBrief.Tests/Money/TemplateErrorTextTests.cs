using NewsBrief.Rendering.Templates;

namespace NewsBrief.Tests.Money;

public sealed class TemplateErrorTextTests
{
    [Theory]
    [InlineData("The locale 'en' cannot write the currency 'XXX'. Add it under money.currencies in locales/en.yml. (Parameter 'currency')",
        "The locale 'en' cannot write the currency 'XXX'. Add it under money.currencies in locales/en.yml")]
    [InlineData("The locale 'en' has no UI string 'x'. Add 'ui: { x: ... }' to locales/en.yml.", "The locale 'en' has no UI string 'x'. Add 'ui: { x: ... }' to locales/en.yml")]
    [InlineData("Object `no_such_value` not found", "Object `no_such_value` not found")]
    public void Clause_DropsTheParameterSuffixAndTheClosingPeriod(string message, string expected)
    {
        Assert.Equal(expected, TemplateErrorText.Clause(message));
    }
}
