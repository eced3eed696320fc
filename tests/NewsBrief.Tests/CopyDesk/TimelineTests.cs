namespace NewsBrief.Tests.CopyDesk;

/// <summary>Issue 10: a timeline printed in file order (17 Aug 2025, May 2025, 2024) is printed in date order.</summary>
public sealed class TimelineTests
{
    [Theory]
    [InlineData("id", "- **2024**: C\n- **Mei 2025**: B\n- **17 Agustus 2025**: A\n- **17 Agustus 2025**: D\n")]
    [InlineData("en", "- **2024**: C\n- **May 2025**: B\n- **Aug. 17, 2025**: A\n- **Aug. 17, 2025**: D\n")]
    public void Timeline_IsInDateOrder_StableForEqualDates(string locale, string expected)
    {
        var yaml = CopyDeskStory.Facts("  x: { value: 3 }", "  id: Berita {x}\n  en: News {x}", "  id: x\n  en: x", """
            events:
              - { date: 2025-08-17, text: { id: A, en: A } }
              - { date: 2025-05, text: { id: B, en: B } }
              - { date: 2024, text: { id: C, en: C } }
              - { date: 2025-08-17, text: { id: D, en: D } }
            """);

        Assert.Contains(expected, CopyDeskStory.Markdown(yaml, locale), StringComparison.Ordinal);
    }
}
