using NewsBrief.Extraction;
using NewsBrief.Project;
using NewsBrief.Tests.CopyDesk;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Issue 10: <c>extract</c> drafts falls, losses and deflation as signed figures with
/// <c>{name:change}</c> or <c>{name:size}</c>, and basis and percentage points with their keys.
/// </summary>
public sealed class ExtractSignedFiguresTests
{
    private static string Extract(string article, string locale) =>
        new ArticleExtractor(CopyDeskStory.Workspace.Locales).Extract(article, locale, "article.txt");

    [Fact]
    public void Indonesian_FallsLossesDeflationAndPoints_AreDraftedSigned()
    {
        var draft = Extract(
            "BI Pangkas Suku Bunga 25 Basis Poin\n\nBank Indonesia memangkas suku bunga sebesar 25 basis poin menjadi 4,75 persen. " +
            "Rupiah turun 0,45 persen terhadap dolar AS. Perseroan mencatat rugi bersih Rp350 miliar. Indeks harga mengalami deflasi 0,08 persen. " +
            "Selisihnya 0,5 poin persentase.\n",
            "id");

        Assert.Contains("    basis_points: 25\n", draft, StringComparison.Ordinal);
        Assert.Contains("    percentage_points: 0.5\n", draft, StringComparison.Ordinal);
        Assert.Contains("    percent: 4.75\n", draft, StringComparison.Ordinal);
        Assert.Contains("    percent: -0.45\n", draft, StringComparison.Ordinal);
        Assert.Contains("    percent: -0.08\n", draft, StringComparison.Ordinal);
        Assert.Contains("    amount: -350 miliar\n", draft, StringComparison.Ordinal);
        Assert.Matches(@"# - Rupiah \{[a-z_]+:change\} terhadap dolar AS\.", draft);
        Assert.Matches(@"# - Perseroan mencatat rugi bersih \{[a-z_]+:size\}\.", draft);
        Assert.Matches(@"mengalami deflasi \{[a-z_]+:size\}\.", draft);
    }

    [Fact]
    public void English_FellAndLossOf_AreDraftedSigned_ARiseIsNot()
    {
        var draft = Extract(
            "Rupiah weakens\n\nThe rupiah fell 0.45% against the dollar. The company posted a net loss of 350 billion rupiah. " +
            "Exports rose 2.5% in August. The bank cut its rate by 25 basis points.\n",
            "en");

        Assert.Contains("    percent: -0.45\n", draft, StringComparison.Ordinal);
        Assert.Contains("    percent: 2.5\n", draft, StringComparison.Ordinal);
        Assert.Contains("    amount: -350 billion\n", draft, StringComparison.Ordinal);
        Assert.Contains("    basis_points: 25\n", draft, StringComparison.Ordinal);
        Assert.Matches(@"# - The rupiah \{[a-z_]+:change\} against the dollar\.", draft);
        Assert.Matches(@"a net loss of \{[a-z_]+:size\}\.", draft);
        Assert.Matches(@"Exports rose \{[a-z_]+\} in August\.", draft);
    }

    [Theory]
    [InlineData("BI-Rate turun 25 bps menjadi 4,75 persen.", "id")]
    [InlineData("The central bank cut rates by 25 bps to 4.75%.", "en")]
    public void BpsAbbreviation_IsDraftedAsBasisPoints(string sentence, string locale)
    {
        var draft = Extract("Title\n\n" + sentence + "\n", locale);

        Assert.Contains(locale == "id" ? "    basis_points: -25\n" : "    basis_points: 25\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void CountAfterAFallWord_StaysACount()
    {
        // A count of units is never negative (NB1020): "turun 3 orang" is no signed figure.
        var draft = Extract("Judul\n\nJumlah korban turun menjadi 12 orang. Jumlah pegawai turun 120 orang.\n", "id");

        Assert.DoesNotContain("value: -", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(":change}", draft, StringComparison.Ordinal);
    }
}
