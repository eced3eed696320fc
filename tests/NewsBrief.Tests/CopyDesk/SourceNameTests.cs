namespace NewsBrief.Tests.CopyDesk;

/// <summary>Issue 10: Indonesian source names on English pages (<c>Badan Pusat Statistik</c>); a source name may be given per locale.</summary>
public sealed class SourceNameTests
{
    private static string Story(string source) => $"""
        date: 2025-09-18
        source: {source}
        figures:
          x: {"{"} percent: 2.31 {"}"}
        headline:
          id: Inflasi {"{x}"}
          en: Inflation at {"{x}"}
        lede:
          id: Inflasi tahunan {"{x}"}.
          en: Annual inflation was {"{x}"}.
        """;

    [Theory]
    [InlineData("id", "Sumber: Badan Pusat Statistik, 1 September 2025*")]
    [InlineData("en", "Source: Statistics Indonesia, Sept. 1, 2025*")]
    public void SourceName_PerLocale_IsTheLocalesOwn(string locale, string expected)
    {
        var md = CopyDeskStory.Markdown(Story("{ name: { id: Badan Pusat Statistik, en: Statistics Indonesia }, date: 2025-09-01 }"), locale);

        Assert.Contains(expected, md, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceName_AsOneString_IsStillOneNameForEveryLocale()
    {
        var yaml = Story("{ name: Reuters, date: 2025-09-01 }");

        Assert.Contains("Sumber: Reuters, 1 September 2025*", CopyDeskStory.Markdown(yaml, "id"), StringComparison.Ordinal);
        Assert.Contains("Source: Reuters, Sept. 1, 2025*", CopyDeskStory.Markdown(yaml, "en"), StringComparison.Ordinal);
    }
}
