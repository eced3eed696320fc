using NewsBrief.Recognition;
using Xunit;

namespace NewsBrief.Tests.Recognition;

/// <summary>
/// The phrase table looks entries up by their first (or last) character; these pin that the index
/// answers exactly as a scan of every entry would: longest first, case rules per form, word ends.
/// </summary>
public sealed class PhraseTableTests
{
    private static PhraseTable<int> Table()
    {
        var table = new PhraseTable<int>();
        table.Add("miliar", 1);
        table.Add("M", 2);               // one letter: exact case
        table.Add("US$", 3);             // a symbol: exact case
        table.Add("miliar rupiah", 4);   // longer than "miliar": wins where both fit
        table.Add("juta", 5);
        return table;
    }

    [Theory]
    [InlineData("Rp4 miliar rupiah lagi", 4, "miliar rupiah", 4)]
    [InlineData("Rp4 miliar dolar", 4, "miliar", 1)]
    [InlineData("RP4 MILIAR", 4, "miliar", 1)]        // a long word ignores case (the table's own form comes back)
    [InlineData("USD 5 M", 6, "M", 2)]
    [InlineData("US$ 5", 0, "US$", 3)]
    [InlineData("Rp4 mILIAR", 4, "miliar", 1)]        // the second character is compared ignoring case too
    public void Finds_the_longest_form_starting_at_a_position(string text, int pos, string form, int value)
    {
        var match = Table().MatchAt(text, pos);

        Assert.NotNull(match);
        Assert.Equal(form, match.Value.Form);
        Assert.Equal(value, match.Value.Value);
    }

    [Theory]
    [InlineData("USD 5 m", 6)]        // "M" is exact: a lower-case m is not it
    [InlineData("us$ 5", 0)]          // "US$" is exact
    [InlineData("Us$ 5", 0)]          // in its second character too
    [InlineData("Rp4 m\u0130liar", 4)] // İ is no case of i to an ordinal comparison
    [InlineData("Rp4 miliaran", 4)]   // a form ending in a letter must end a word
    [InlineData("Rp4 ", 4)]           // the end of the text
    [InlineData("Rp4 ", -1)]          // before the text
    [InlineData("", 0)]
    public void Finds_nothing_where_no_form_fits(string text, int pos) =>
        Assert.Null(Table().MatchAt(text, pos));

    [Theory]
    [InlineData("4 juta", 6, "juta", 5)]
    [InlineData("4 JUTA", 6, "juta", 5)]
    [InlineData("4 miliar rupiah", 15, "miliar rupiah", 4)]
    public void Finds_the_longest_form_ending_at_a_position(string text, int end, string form, int value)
    {
        var match = Table().MatchEndingAt(text, end);

        Assert.NotNull(match);
        Assert.Equal(form, match.Value.Form);
        Assert.Equal(value, match.Value.Value);
    }

    [Theory]
    [InlineData("4 sejuta", 8)]       // must start a word
    [InlineData("4 juta", 0)]
    [InlineData("4 juta", 7)]
    public void Finds_nothing_ending_where_no_form_fits(string text, int end) =>
        Assert.Null(Table().MatchEndingAt(text, end));

    [Fact]
    public void Agrees_with_a_plain_scan_at_every_position_of_a_mixed_text()
    {
        var table = Table();
        var forms = new[] { ("miliar rupiah", 4), ("miliar", 1), ("US$", 3), ("juta", 5), ("M", 2) }; // longest first
        const string text = "US$ 5 M, Rp4 Miliar rupiah, 3 JUTA, m, us$, miliarM juta.";
        for (var pos = 0; pos <= text.Length; pos++)
        {
            var expected = forms.Select(f => ((string Form, int Value)?)f)
                .FirstOrDefault(f => Fits(text, pos, f!.Value.Form));
            var actual = table.MatchAt(text, pos);
            Assert.Equal(expected?.Value, actual?.Value);
        }
    }

    private static bool Fits(string text, int pos, string form)
    {
        var exact = form.Count(char.IsLetter) <= 2 || !form.All(c => char.IsLetter(c) || c is ' ' or '-' or '.');
        return pos + form.Length <= text.Length
            && string.Compare(text, pos, form, 0, form.Length, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) == 0
            && (!char.IsLetterOrDigit(form[^1]) || pos + form.Length >= text.Length || !char.IsLetterOrDigit(text[pos + form.Length]));
    }
}
