using NewsBrief.Diagnostics;
using NewsBrief.Facts;

namespace NewsBrief.Tests.Facts;

/// <summary>The product contract's facts example parses to exactly the model it describes.</summary>
public sealed class FactFileParserTests
{
    internal const string Example = """
        # examples/briefs/deepseek-r1-training-cost.yml
        date: 2025-09-18                 # publication date of the brief (required)
        kind: brief                      # template family (default: brief)
        tags: [ai, chips]
        source:                          # one source or a list (required)
          name: Nature
          date: 2025-09-17
          url: https://www.nature.com/
        rates:                           # exchange rates this story may convert with (optional)
          - pair: USD/IDR
            rate: 16565
            date: 2025-09-17
            note: implied by the reported figures
        figures:                         # name -> figure; names match [a-z][a-z0-9_]*
          r1_cost:
            amount: 294000               # exact decimal; a scale word is allowed: "4.87 billion"
            currency: USD                # ISO 4217
            qualifier: about             # about | more_than | less_than | nearly | up_to | at_least
            reported: { IDR: 4870000000 }  # the same amount as published in other currencies
            label: { id: Biaya pelatihan R1, en: R1 training cost }
          rival_cost:
            amount: 100 million
            currency: USD
            qualifier: more_than
            label: { id: Biaya pelatihan model pesaing di AS, en: US rivals' training cost }
          chips:
            value: 512
            unit: chip                   # a unit key from locales/*.yml
            label: { id: Chip Nvidia H800, en: Nvidia H800 chips }
          hours:
            value: 80
            unit: hour
            label: { id: Lama pelatihan, en: Training time }
        headline:
          id: DeepSeek Cuma Habiskan {r1_cost} untuk Melatih R1
          en: DeepSeek Spent Just {r1_cost} to Train R1
        lede:
          id: Pengembang AI asal China, DeepSeek, menghabiskan {r1_cost} untuk melatih model R1, jauh di bawah {rival_cost} milik pesaingnya di AS.
          en: Chinese AI developer DeepSeek spent {r1_cost} training its R1 model, far below the {rival_cost} its US rivals spent.
        points:
          - id: Pelatihan memakai {chips} selama {hours}.
            en: Training ran on {chips} for {hours}.
        events:                          # timeline; the date's precision is what is written
          - date: 2022-10                # month precision
            text: { id: AS melarang ekspor chip H100 dan A100 ke China, en: The US bans exports of H100 and A100 chips to China }
          - date: 2025-09-17             # day precision (2023 alone = year precision)
            text: { id: Nature menerbitkan makalah R1 yang telah ditelaah sejawat, en: Nature publishes the peer-reviewed R1 paper }

        """;

    [Fact]
    public void Example_ParsesToTheExactModel()
    {
        var file = FactsTestSupport.Parse(Example, out var bag, "examples/briefs/deepseek-r1-training-cost.yml");

        Assert.True(bag.Count == 0, FactsTestSupport.Errors(bag));
        Assert.NotNull(file);
        Assert.Equal("examples/briefs/deepseek-r1-training-cost.yml", file.Path);
        Assert.Equal("deepseek-r1-training-cost", file.Slug);
        Assert.Equal(PartialDate.OfDay(2025, 9, 18), file.Date);
        Assert.Equal("brief", file.Kind);
        Assert.Equal(["ai", "chips"], file.Tags);

        var source = Assert.Single(file.Sources);
        Assert.Equal("Nature", source.Name);
        Assert.Equal(PartialDate.OfDay(2025, 9, 17), source.Date);
        Assert.Equal("https://www.nature.com/", source.Url);
        Assert.Equal(new SourceLocation(file.Path, 6, 3), source.Location);

        var rate = Assert.Single(file.Rates);
        Assert.Equal(("USD", "IDR", 16565m, PartialDate.OfDay(2025, 9, 17), "implied by the reported figures"), (rate.Base, rate.Quote, rate.Rate, rate.Date, rate.Note));

        Assert.Equal(["r1_cost", "rival_cost", "chips", "hours"], file.Figures.Select(f => f.Name));
        var r1 = Assert.IsType<MoneyFigure>(file.FindFigure("r1_cost"));
        Assert.Equal(294000m, r1.Amount);
        Assert.Equal("USD", r1.Currency);
        Assert.Equal(Qualifier.About, r1.Qualifier);
        Assert.Equal(4870000000m, Assert.Single(r1.Reported, kv => kv.Key == "IDR").Value);
        Assert.Equal("Biaya pelatihan R1", r1.Label!.For("id")!.Text);
        Assert.Equal("R1 training cost", r1.Label.For("en")!.Text);
        Assert.Equal(new SourceLocation(file.Path, 15, 3), r1.Location);

        var rival = Assert.IsType<MoneyFigure>(file.FindFigure("rival_cost"));
        Assert.Equal(100000000m, rival.Amount);
        Assert.Equal(0, rival.Amount.Scale);
        Assert.Equal(Qualifier.MoreThan, rival.Qualifier);
        Assert.Empty(rival.Reported);
        Assert.Equal("US rivals' training cost", rival.Label!.For("en")!.Text);

        var chips = Assert.IsType<QuantityFigure>(file.FindFigure("chips"));
        Assert.Equal((512m, "chip", Qualifier.None), (chips.Value, chips.Unit, chips.Qualifier));
        Assert.Equal("Nvidia H800 chips", chips.Label!.For("en")!.Text);
        var hours = Assert.IsType<QuantityFigure>(file.FindFigure("hours"));
        Assert.Equal((80m, "hour"), (hours.Value, hours.Unit));

        Assert.Equal("DeepSeek Spent Just {r1_cost} to Train R1", file.Headline.For("en")!.Text);
        Assert.Equal("DeepSeek Cuma Habiskan {r1_cost} untuk Melatih R1", file.Headline.For("id")!.Text);
        Assert.Equal(new SourceLocation(file.Path, 35, 7), file.Headline.For("id")!.Location);
        Assert.StartsWith("Chinese AI developer DeepSeek spent {r1_cost}", file.Lede.For("en")!.Text, StringComparison.Ordinal);
        var point = Assert.Single(file.Points);
        Assert.Equal("Pelatihan memakai {chips} selama {hours}.", point.For("id")!.Text);

        Assert.Equal(2, file.Events.Count);
        Assert.Equal(PartialDate.OfMonth(2022, 10), file.Events[0].Date);
        Assert.Equal(DatePrecision.Month, file.Events[0].Date.Precision);
        Assert.Equal("The US bans exports of H100 and A100 chips to China", file.Events[0].Text.For("en")!.Text);
        Assert.Equal(PartialDate.OfDay(2025, 9, 17), file.Events[1].Date);
    }

    [Fact]
    public void Example_WithBomAndCrLf_ParsesTheSame()
    {
        var file = FactsTestSupport.Parse("\uFEFF" + Example.Replace("\n", "\r\n", StringComparison.Ordinal), out var bag);

        Assert.True(bag.Count == 0, FactsTestSupport.Errors(bag));
        Assert.Equal(4, file!.Figures.Count);
    }

    [Theory]
    [InlineData("4.87 billion", "4870000000")]
    [InlineData("4.87 miliar", "4870000000")]
    [InlineData("1.5 juta", "1500000")]
    [InlineData("0.10", "0.10")]
    [InlineData("12.10", "12.10")]
    [InlineData("294000", "294000")]
    [InlineData("0", "0")]
    [InlineData("1 trillion", "1000000000000")]
    [InlineData("1.2345 thousand", "1234.5")]
    [InlineData("2.50 ribu", "2500")]
    public void Amount_IsExactDecimal(string written, string expected)
    {
        var file = FactsTestSupport.Parse(Example.Replace("amount: 294000", "amount: " + written, StringComparison.Ordinal), out var bag);

        Assert.True(file is not null, FactsTestSupport.Errors(bag));
        var amount = ((MoneyFigure)file.Figures[0]).Amount;
        Assert.Equal(expected, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("percent: 5.3", typeof(PercentFigure))]
    [InlineData("value: 42", typeof(NumberFigure))]
    public void OtherFigureKinds_Parse(string body, Type kind)
    {
        var text = Example.Replace("    value: 80\n    unit: hour\n", "    " + body + "\n", StringComparison.Ordinal);

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.True(file is not null, FactsTestSupport.Errors(bag));
        Assert.IsType(kind, file.FindFigure("hours"));
        if (file.FindFigure("hours") is PercentFigure p)
        {
            Assert.Equal(0.053m, p.Fraction);
        }
    }

    [Fact]
    public void SourceList_AndMailtoUrl_AreAccepted()
    {
        var text = Example.Replace(
            "source:                          # one source or a list (required)\n  name: Nature\n  date: 2025-09-17\n  url: https://www.nature.com/\n",
            "source:\n  - name: Nature\n    url: https://www.nature.com/\n  - name: Reuters\n    date: 2025-09\n    url: mailto:desk@example.com\n",
            StringComparison.Ordinal);

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.True(file is not null, FactsTestSupport.Errors(bag));
        Assert.Equal(["Nature", "Reuters"], file.Sources.Select(s => s.Name));
        Assert.Equal(PartialDate.OfMonth(2025, 9), file.Sources[1].Date);
    }

    [Fact]
    public void MissingLocale_IsAWarningAndTheFileStillParses()
    {
        var text = Example.Replace("    label: { id: Lama pelatihan, en: Training time }", "    label: { id: Lama pelatihan }", StringComparison.Ordinal);

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.NotNull(file);
        Assert.False(bag.HasErrors);
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal(("NB1035", Severity.Warning, 33, 12), (warning.Code, warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.Contains("`en`", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeDifferentErrors_AreAllReported()
    {
        var text = Example
            .Replace("date: 2025-09-18 ", "date: 2025-13-01 ", StringComparison.Ordinal)
            .Replace("    currency: USD                # ISO 4217", "    curency: USD", StringComparison.Ordinal)
            .Replace("en: DeepSeek Spent Just {r1_cost} to Train R1", "en: DeepSeek Spent Just {r1_kost} to Train R1", StringComparison.Ordinal);

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.Null(file);
        var errors = bag.Sorted().Where(d => d.Severity == Severity.Error).Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToList();
        Assert.Contains(("NB1023", 2, 7), errors);
        Assert.Contains(("NB1015", 17, 5), errors);
        Assert.Contains(("NB1036", 36, 27), errors);
    }

    [Fact]
    public void ManyErrors_AreCappedWithAFinalNote()
    {
        var lines = string.Concat(Enumerable.Range(0, 500).Select(i => $"unknown_{i}: x\n"));

        FactsTestSupport.Parse(lines, out var bag);

        var all = bag.Sorted();
        Assert.InRange(all.Count, 100, 101);
        Assert.Contains(all, d => d.Code == "NB1040");
    }

    [Fact]
    public void TooLargeFile_IsRejectedBeforeParsing()
    {
        var text = Example + "# " + new string('x', 300_000) + "\n";

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.Null(file);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(("NB1001", 1, 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Theory]
    [InlineData("headline:\n  id: '{r1_cost}'\n  en: \"Spent {r1_cost}\"\n")]
    [InlineData("headline:\n  id: |\n    Biaya {r1_cost}\n    dua baris\n  en: >\n    Cost {r1_cost}\n")]
    public void QuotedAndBlockTexts_AcceptPlaceholders(string headline)
    {
        var start = Example.IndexOf("headline:", StringComparison.Ordinal);
        var end = Example.IndexOf("lede:", StringComparison.Ordinal);
        var text = string.Concat(Example.AsSpan(0, start), headline, Example.AsSpan(end));

        var file = FactsTestSupport.Parse(text, out var bag);

        Assert.True(file is not null, FactsTestSupport.Errors(bag));
    }

    [Fact]
    public void UnknownPlaceholder_InBlockScalar_IsLocatedOnItsOwnLine()
    {
        var text = Example.Replace(
            "  id: DeepSeek Cuma Habiskan {r1_cost} untuk Melatih R1\n",
            "  id: |\n    Baris satu\n    DeepSeek Cuma {nope}\n",
            StringComparison.Ordinal);

        FactsTestSupport.Parse(text, out var bag);

        var d = Assert.Single(bag.Sorted(), d => d.Code == "NB1036");
        Assert.Equal((37, 19), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Parse_DoesNotDependOnTheCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("id-ID");
            var file = FactsTestSupport.Parse(Example.Replace("amount: 294000", "amount: 4.87 billion", StringComparison.Ordinal), out var bag);
            Assert.True(file is not null, FactsTestSupport.Errors(bag));
            Assert.Equal(4870000000m, ((MoneyFigure)file.Figures[0]).Amount);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
