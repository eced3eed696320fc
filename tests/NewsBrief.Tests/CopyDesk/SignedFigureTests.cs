using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.CopyDesk;

/// <summary>
/// Issue 10, "figures real stories need": losses, falls and deflation as signed figures written
/// <c>{name}</c>, <c>{name:size}</c> or <c>{name:change}</c>; basis and percentage points; ranges.
/// </summary>
public sealed class SignedFigureTests
{
    private static string Story(string figures, string headline, string lede) => CopyDeskStory.Facts(figures, headline, lede);

    [Fact]
    public void NegativeAmount_ParsesSigned_AndMinusZeroIsZero()
    {
        var facts = CopyDeskStory.Parse(Story(
            "  loss: { amount: -350 billion, currency: IDR }\n  flat: { percent: -0 }\n  fall: { percent: -0.45 }",
            "  id: Rugi {loss:size} {flat:change} {fall:change}\n  en: Loss {loss:size} {flat:change} {fall:change}",
            "  id: Rugi.\n  en: Loss."));

        Assert.Equal(-350_000_000_000m, ((MoneyFigure)facts.FindFigure("loss")!).Amount);
        var flat = ((PercentFigure)facts.FindFigure("flat")!).Percent;
        Assert.Equal(0m, flat);
        Assert.Equal(0, FigureSigns.Sign(facts.FindFigure("flat")!));
        Assert.Equal(-0.45m, ((PercentFigure)facts.FindFigure("fall")!).Percent);
    }

    [Theory]
    [InlineData("id", "# Laba Berbalik Rugi Rp1,2 Triliun, Saham Turun 0,45%\n", "Perseroan membukukan rugi bersih Rp1,2 triliun. Turun 0,45 persen, saham ditutup melemah.")]
    [InlineData("en", "# Company swings to 1.2 trillion rupiah loss, shares down 0.45%\n", "The company posted a net loss of 1.2 trillion rupiah. Shares fell 0.45% on the day.")]
    public void SizeAndChange_ReadCleanInHeadlineAndProse(string locale, string headline, string lede)
    {
        var yaml = Story(
            "  loss: { amount: -1.2 trillion, currency: IDR }\n  shares: { percent: -0.45 }",
            "  id: Laba Berbalik Rugi {loss:size}, Saham {shares:change}\n  en: Company swings to {loss:size} loss, shares {shares:change}",
            "  id: Perseroan membukukan rugi bersih {loss:size}. {shares:change}, saham ditutup melemah.\n  en: The company posted a net loss of {loss:size}. Shares {shares:change} on the day.");

        var md = CopyDeskStory.Markdown(yaml, locale);

        Assert.Contains(headline, md, StringComparison.Ordinal);
        Assert.Contains(lede + "\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "| Rugi | -Rp350 miliar |", "| Kisaran | 4,6—5,4% |", "| Pemangkasan | -25 basis poin |")]
    [InlineData("en", "| Loss | -350 billion rupiah |", "| Range | 4.6%-5.4% |", "| Cut | -25 basis points |")]
    public void KeyFiguresTable_KeepsTheSign_AndWritesRangesCompact(string locale, string loss, string range, string cut)
    {
        var yaml = Story(
            "  loss: { amount: -350 billion, currency: IDR, label: { id: Rugi, en: Loss } }\n" +
            "  outlook: { percent: [4.6, 5.4], label: { id: Kisaran, en: Range } }\n" +
            "  cut: { basis_points: -25, label: { id: Pemangkasan, en: Cut } }",
            "  id: Rugi {loss:size}\n  en: Loss of {loss:size}",
            "  id: Rugi {loss:size}, kisaran {outlook}, suku bunga {cut:change}.\n  en: A loss of {loss:size}, a range of {outlook}; the rate {cut:change}.");

        var md = CopyDeskStory.Markdown(yaml, locale);

        Assert.Contains(loss, md, StringComparison.Ordinal);
        Assert.Contains(range, md, StringComparison.Ordinal);
        Assert.Contains(cut, md, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeOpeningTheLede_IsCapitalisedInPlainTitlesToo()
    {
        var yaml = Story(
            "  rupiah: { percent: -0.45 }",
            "  id: Rupiah {rupiah:change}\n  en: Rupiah {rupiah:change}",
            "  id: \"{rupiah:change}: rupiah melemah.\"\n  en: \"{rupiah:change}: the rupiah weakened.\"");

        Assert.Equal(("Rupiah Turun 0,45%", "Turun 0,45 persen: rupiah melemah."), CopyDeskStory.Plain(yaml, "id"));
        Assert.Equal(("Rupiah Down 0.45%", "Fell 0.45%: the rupiah weakened."), CopyDeskStory.Plain(yaml, "en"));
    }

    [Theory]
    [InlineData("turun 0,45 persen", "id")]
    [InlineData("fell 0.45%", "en")]
    public void LiteralSizeOfASignedFigure_IsWrittenLiterally(string literal, string locale)
    {
        var yaml = Story("  rupiah: { percent: -0.45 }", "  id: Rupiah {rupiah:change}\n  en: Rupiah {rupiah:change}",
            locale == "id" ? $"  id: Rupiah {literal}.\n  en: The rupiah {{rupiah:change}}." : $"  id: Rupiah {{rupiah:change}}.\n  en: The rupiah {literal}.");

        var diagnostics = Check(yaml);

        Assert.Contains(diagnostics, d => d.Code == "NB7001" && d.Message.Contains("{rupiah}", StringComparison.Ordinal));
    }

    [Fact]
    public void NegativeFigureOpeningASentence_IsFlagged_ButItsChangeIsNot()
    {
        var flagged = Check(Story("  fall: { percent: -0.45 }", "  id: Turun {fall:size}\n  en: Down {fall:size}",
            "  id: \"{fall}: begitulah.\"\n  en: \"{fall:change}: so it went.\""));

        var nb7008 = Assert.Single(flagged, d => d.Code == "NB7008");
        Assert.Contains("-0,45 persen", nb7008.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-21.1 million", false)]
    [InlineData("-30 million", true)]
    public void ReportedAmountOfALoss_IsCheckedAgainstTheRate(string reported, bool mismatch)
    {
        var yaml = CopyDeskStory.Facts(
            $"  loss: {{ amount: -350 billion, currency: IDR, reported: {{ USD: {reported} }} }}",
            "  id: Rugi {loss:size}\n  en: Loss of {loss:size}",
            "  id: Rugi {loss:size}.\n  en: A loss of {loss:size}.",
            "rates:\n  - { pair: USD/IDR, rate: 16565, date: 2025-09-17 }\n");

        Assert.Equal(mismatch, Check(yaml).Any(d => d.Code == "NB7003"));
    }

    [Theory]
    [InlineData("amount: -999999999999999999.999999999, currency: IDR", true)]
    [InlineData("amount: -0, currency: USD", true)]
    [InlineData("amount: 0, currency: USD", true)]
    [InlineData("percent: -0.000000001", true)]
    [InlineData("basis_points: -999999999999999999", true)]
    [InlineData("percentage_points: 0", true)]
    [InlineData("value: -1", true)]
    [InlineData("percent: [-999999999999999999, 999999999999999999]", true)]
    [InlineData("amount: [1, 999999999999999999.999999999], currency: IDR", true)]
    [InlineData("amount: [0.5 million, 2 trillion], currency: USD", true)]
    [InlineData("basis_points: [-50, -25]", true)]
    [InlineData("value: [1, 2], unit: day", true)]
    [InlineData("percent: [4.6, 4.6]", false)]
    [InlineData("percent: [4.6]", false)]
    [InlineData("percent: []", false)]
    [InlineData("percent: [[1, 2], 3]", false)]
    [InlineData("amount: [-1, 1], currency: IDR, per: USD", false)]
    [InlineData("value: [-1, 1], unit: day", false)]
    [InlineData("percent: 1000000000000000000", false)]
    [InlineData("value: -1, unit: person", false)]
    public void AcceptedSignedAndRangeFigures_RenderAndBuild(string figure, bool accepted)
    {
        // Each in every form: {x}, {x:size}, {x:change} where it has a single value, in headline, prose and table.
        var forms = figure.Contains('[', StringComparison.Ordinal) ? "{x}" : "{x} {x:size} {x:change}";
        var facts = Story("  x: { " + figure + " }", $"  id: \"Angka {forms}\"\n  en: \"Figure {forms}\"", $"  id: \"Kata {forms}. Lalu {forms}.\"\n  en: \"Word {forms}. Then {forms}.\"");

        var outcome = AcceptedBuildsInvariant.Assert(facts);

        Assert.True(accepted == outcome.Accepted, $"{figure}: accepted {outcome.Accepted}\n{outcome.Check.Error}");
    }

    private static List<Diagnostic> Check(string yaml)
    {
        var facts = CopyDeskStory.Parse(yaml);
        var bag = new DiagnosticBag();
        new FigureChecker(CopyDeskStory.Workspace.Locales).Check(facts, new SourceText("story.yml", yaml), bag);
        return [.. bag.Sorted()];
    }
}
