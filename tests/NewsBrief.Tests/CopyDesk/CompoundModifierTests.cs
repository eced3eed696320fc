using NewsBrief.Project;

namespace NewsBrief.Tests.CopyDesk;

/// <summary>Issue 10: <c>a 14 days state of emergency</c>; <c>{name:modifier}</c> writes a figure as a compound modifier.</summary>
public sealed class CompoundModifierTests
{
    private static string Story(string value) => CopyDeskStory.Facts(
        $"  days: {{ value: {value}, unit: day }}",
        "  id: Status Darurat {days:modifier}\n  en: A {days:modifier} State of Emergency",
        "  id: Pemerintah menetapkan status darurat {days:modifier}, berlaku {days}.\n  en: The government declared a {days:modifier} state of emergency, in force for {days}.");

    [Theory]
    [InlineData("14", "en", "The government declared a 14-day state of emergency, in force for 14 days.", "# A 14-Day State of Emergency\n")]
    [InlineData("3", "en", "The government declared a three-day state of emergency, in force for three days.", "# A Three-Day State of Emergency\n")]
    [InlineData("14", "id", "Pemerintah menetapkan status darurat 14 hari, berlaku 14 hari.", "# Status Darurat 14 Hari\n")]
    public void Modifier_IsHyphenatedAndSingularInEnglish_PlainInIndonesian(string value, string locale, string lede, string headline)
    {
        var md = CopyDeskStory.Markdown(Story(value), locale);

        Assert.Contains(lede + "\n", md, StringComparison.Ordinal);
        Assert.Contains(headline, md, StringComparison.Ordinal);
    }

    [Fact]
    public void Modifier_OfAnUnknownFigure_IsStillAnUnknownPlaceholder()
    {
        var yaml = Story("14").Replace("The government declared a {days:modifier}", "The government declared a {dayz:modifier}", StringComparison.Ordinal);
        var bag = new NewsBrief.Diagnostics.DiagnosticBag();

        Assert.Null(CopyDeskStory.Workspace.ParseFacts(yaml, "story.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Code == "NB1036" && d.Message.Contains("{dayz}", StringComparison.Ordinal));
    }
}
