using System.Collections;
using NewsBrief.Diagnostics;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>A locale's <c>kinds:</c> words: read generically, read-only, laid over key by key by a project's locale.</summary>
public sealed class KindWordsTests
{
    private static LocaleData Parse(string text)
    {
        var bag = new DiagnosticBag();
        var data = LocaleDataParser.Parse(text, "locales/en.yml", "en", bag);
        Assert.Empty(bag.Sorted());
        return data!;
    }

    private static string En => File.ReadAllText(Path.Combine(RepoFiles.Locales, "en.yml"));

    [Fact]
    public void ShippedWords_AreTextsListsAndMappings_ReadOnly()
    {
        var kinds = Parse(En).Kinds;

        var rate = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(kinds["rate-decision"]);
        var verbs = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(rate["verbs"]);
        var cut = Assert.IsAssignableFrom<IList>(verbs["cut"]);
        Assert.Equal(["cut", "lowered"], cut.Cast<string>());
        Assert.True(cut.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, object>)rate).Add("x", "y"));
    }

    [Fact]
    public void AProjectOverlay_ReplacesOneWordAndKeepsTheRest()
    {
        var bag = new DiagnosticBag();
        var data = LocaleDataParser.ParseOverlay(En, "kinds:\n  rate-decision:\n    verbs: { hold: [kept] }\n", "locales/en.yml", "en", bag);

        Assert.Empty(bag.Sorted());
        var rate = (IReadOnlyDictionary<string, object>)data!.Kinds["rate-decision"];
        var verbs = (IReadOnlyDictionary<string, object>)rate["verbs"];
        Assert.Equal(["kept"], ((IList)verbs["hold"]).Cast<string>());
        Assert.Equal(["cut", "lowered"], ((IList)verbs["cut"]).Cast<string>());
        Assert.Equal("Bank Indonesia", ((IReadOnlyDictionary<string, object>)rate["banks"])["bi"]);
    }

    [Fact]
    public void AnAliasInTheWords_IsAnErrorAtItsPosition()
    {
        var bag = new DiagnosticBag();
        var data = LocaleDataParser.Parse(En + "\n  x: &a { y: z }\n  w: *a\n", "locales/en.yml", "en", bag);

        Assert.Null(data);
        Assert.Contains(bag.Sorted(), d => d.Code == "NB2001" && d.Message.Contains("alias", StringComparison.OrdinalIgnoreCase));
    }
}
