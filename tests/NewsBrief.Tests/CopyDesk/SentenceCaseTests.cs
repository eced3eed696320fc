namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10, defects 1-4: a sentence starts with a capital wherever a figure lands; no figure opens
/// a sentence as digits; a headline's inserted words follow the headline's own case style.
/// </summary>
public sealed class SentenceCaseTests
{
    private const string Quake = """
          dead: { value: 1, unit: person }
          injured: { value: 34, unit: person, qualifier: at_least }
          missing: { value: 12, unit: person }
          evacuated: { value: 250, unit: person }
        """;

    private static string Story(string headlineId, string headlineEn, string ledeId, string ledeEn) => CopyDeskStory.Facts(
        Quake,
        $"  id: \"{headlineId}\"\n  en: \"{headlineEn}\"",
        $"  id: \"{ledeId}\"\n  en: \"{ledeEn}\"",
        "points:\n  - { id: \"{missing} hilang; {evacuated} dievakuasi.\", en: \"{missing} are missing; {evacuated} were evacuated.\" }");

    private static readonly string Seen = Story(
        "Gempa Cianjur: {dead} Meninggal dan {injured} Luka",
        "Quake in Cianjur kills {dead}, injures {injured}",
        "Gempa mengguncang Cianjur pada Kamis. {dead} meninggal dan {injured} luka-luka.",
        "An earthquake struck Cianjur on Thursday. {dead} was killed and {injured} were injured.");

    [Theory]
    [InlineData("id", "pada Kamis. Satu orang meninggal dan setidaknya 34 orang luka-luka.")]
    [InlineData("en", "on Thursday. One person was killed and at least 34 people were injured.")]
    public void Lede_FigureAfterAFullStop_StartsWithACapital(string locale, string expected)
    {
        Assert.Contains(expected, CopyDeskStory.Markdown(Seen, locale), StringComparison.Ordinal);
        Assert.EndsWith(expected, CopyDeskStory.Plain(Seen, locale).Lede, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "- Dua belas orang hilang; 250 orang dievakuasi.")]
    [InlineData("en", "- Twelve people are missing; 250 people were evacuated.")]
    public void Point_CountOpeningASentence_IsSpelledOut(string locale, string expected) =>
        Assert.Contains(expected + "\n", CopyDeskStory.Markdown(Seen, locale), StringComparison.Ordinal);

    [Theory]
    [InlineData("id", "- Sebanyak 250 orang dievakuasi; 12 orang hilang.")]
    [InlineData("en", "- Two hundred fifty people were evacuated; 12 people are missing.")]
    public void Point_CountTooLongToSpell_IsRecastInIndonesian(string locale, string expected)
    {
        var yaml = CopyDeskStory.Facts(Quake, "  id: x {dead} {injured}\n  en: x {dead} {injured}", "  id: x\n  en: x",
            "points:\n  - { id: \"{evacuated} dievakuasi; {missing} hilang.\", en: \"{evacuated} were evacuated; {missing} are missing.\" }");

        Assert.Contains(expected + "\n", CopyDeskStory.Markdown(yaml, locale), StringComparison.Ordinal);
    }

    [Fact]
    public void IdHeadline_TitleCase_CapitalisesTheInsertedWords()
    {
        var md = CopyDeskStory.Markdown(Seen, "id");

        Assert.Contains("# Gempa Cianjur: Satu Orang Meninggal dan Setidaknya 34 Orang Luka\n", md, StringComparison.Ordinal);
        Assert.Equal("Gempa Cianjur: Satu Orang Meninggal dan Setidaknya 34 Orang Luka", CopyDeskStory.Plain(Seen, "id").Headline);
    }

    [Fact]
    public void EnHeadline_SentenceCase_GetsNoCapitalsFromItsFigures()
    {
        Assert.Contains("# Quake in Cianjur kills one person, injures at least 34 people\n", CopyDeskStory.Markdown(Seen, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_OpeningWithAFigure_StartsWithACapitalInEitherCase()
    {
        var yaml = Story("{dead} Meninggal dalam Gempa Cianjur", "{dead} killed in Cianjur quake", "x", "x");

        Assert.Contains("# Satu Orang Meninggal dalam Gempa Cianjur\n", CopyDeskStory.Markdown(yaml, "id"), StringComparison.Ordinal);
        Assert.Contains("# One person killed in Cianjur quake\n", CopyDeskStory.Markdown(yaml, "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The U.S. counted {missing} missing.", "The U.S. counted 12 people missing.")]
    [InlineData("en", "Rescuers said on Sept. {dead} was found.", "Rescuers said on Sept. one person was found.")]
    [InlineData("id", "Data PT Abc Tbk. {missing} hilang.", "Data PT Abc Tbk. 12 orang hilang.")]
    public void Abbreviation_Period_DoesNotStartASentence(string locale, string lede, string expected)
    {
        var other = locale == "id" ? "en" : "id";
        var yaml = CopyDeskStory.Facts(Quake, "  id: x {dead} {injured}\n  en: x {dead} {injured}",
            $"  {locale}: \"{lede}\"\n  {other}: x {{missing}}");

        Assert.Contains(expected, CopyDeskStory.Markdown(yaml, locale), StringComparison.Ordinal);
    }
}
