using System.Text.RegularExpressions;
using NewsBrief.Site.Sections;

namespace NewsBrief.Tests.Site;

/// <summary>How lists are cut into pages, and how tags become folder names.</summary>
public sealed partial class SectionUnitTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)] // exactly one page
    [InlineData(4, 3)] // one more than a page
    [InlineData(5, 3)]
    [InlineData(6, 3)]
    [InlineData(7, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(50, 50)]
    [InlineData(51, 50)]
    [InlineData(99, 50)]
    [InlineData(100, 50)]
    [InlineData(2001, 50)]
    public void Slice_PutsEveryBriefOnOnePage_NewestFirst(int count, int size)
    {
        var pages = Pagination.Slice(count, size);

        Assert.Equal(0, pages[0].Number);
        var next = 0;
        foreach (var page in pages)
        {
            Assert.Equal(next, page.Start); // contiguous, newest first
            next += page.Count;
        }

        Assert.Equal(count, next);
        // Numbered pages: full, counted down to 1 (the oldest).
        Assert.Equal(Enumerable.Range(1, pages.Count - 1).Reverse(), pages.Skip(1).Select(p => p.Number));
        Assert.All(pages.Skip(1), p => Assert.Equal(size, p.Count));
        // The first page: all briefs while there are fewer than a page, else a page up to one short of two.
        Assert.InRange(pages[0].Count, Math.Min(count, size), count < size ? count : (2 * size) - 1);
    }

    [Fact]
    public void Slice_AddingABrief_KeepsEveryNumberedPageAsItWas()
    {
        const int size = 7;
        for (var count = 0; count < 200; count++)
        {
            var before = Oldest(count, Pagination.Slice(count, size));
            var after = Oldest(count + 1, Pagination.Slice(count + 1, size));
            foreach (var (number, range) in before)
            {
                Assert.Equal(range, after[number]); // same number, same briefs (counted from the oldest)
            }

            Assert.InRange(after.Count - before.Count, 0, 1);
        }
    }

    /// <summary>Numbered pages as (number → the range of briefs they hold, counted from the oldest).</summary>
    private static Dictionary<int, (int From, int To)> Oldest(int count, IReadOnlyList<PageSlice> pages) =>
        pages.Where(p => p.Number > 0).ToDictionary(p => p.Number, p => (count - p.Start - p.Count, count - p.Start));

    [Theory]
    [InlineData("economy", "economy")]
    [InlineData("Economy", "economy")]
    [InlineData("AI", "ai")]
    [InlineData("ＡＩ", "ai")] // full-width letters: NFKC
    [InlineData("Ekonomi Digital", "ekonomi-digital")]
    [InlineData("ekonomi_digital", "ekonomi-digital")]
    [InlineData("  ekonomi -- digital ", "ekonomi-digital")]
    [InlineData("page", "page")]
    [InlineData("2025", "2025")]
    public void TagSlug_PlainTags_AreTheirWords(string tag, string slug) => Assert.Equal(slug, TagSlug.Of(tag));

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("C++")]
    [InlineData("C#")]
    [InlineData("経済")]
    [InlineData("Économie")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%2e%2e%2f")]
    [InlineData("\u0000nul")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("emoji 🚀 launch")]
    public void TagSlug_HostileTags_GiveAFolderNameOfLettersDigitsAndHyphens(string tag)
    {
        var slug = TagSlug.Of(tag);

        Assert.Matches(SlugShape(), slug);
        Assert.InRange(slug.Length, 1, 70);
        Assert.NotEqual(TagSlug.Of(tag + "x"), slug); // a function of the whole tag, not a prefix
    }

    [Fact]
    public void TagSlug_TagsThatLoseCharacters_NeverShareAPageWithAnotherTag()
    {
        string[] tags = ["C++", "C#", "C", "c", "../x", "x", "x/..", "Économie", "economie", "経済", "経営", ""];
        var groups = tags.GroupBy(TagSlug.Of).ToList();

        // Only C and c are the same tag (case); every other tag has its own folder.
        Assert.Equal(tags.Length - 1, groups.Count);
        Assert.Equal(TagSlug.Of("C"), TagSlug.Of("c"));
        Assert.StartsWith("c-", TagSlug.Of("C++"), StringComparison.Ordinal);
        Assert.StartsWith("x-", TagSlug.Of("../x"), StringComparison.Ordinal);
        Assert.StartsWith("economie-", TagSlug.Of("Économie"), StringComparison.Ordinal);
        Assert.StartsWith("tag-", TagSlug.Of("経済"), StringComparison.Ordinal);
    }

    [Fact]
    public void TagSlug_LongTag_IsCutOnAWord()
    {
        var tag = string.Join(' ', Enumerable.Repeat("ekonomi", 40));

        var slug = TagSlug.Of(tag);

        Assert.Matches(SlugShape(), slug);
        Assert.True(slug.Length <= 70, slug);
    }

    [Theory]
    [InlineData("Topic: {0}", "AI", "Topic: AI")]
    [InlineData("{0}, page {1}", "All briefs", "All briefs, page {1}")] // too few arguments: left as written
    [InlineData("{0}", "a {1} b", "a {1} b")] // an argument's own braces are not filled in again
    public void Fill_PutsArgumentsInOnePass(string pattern, string argument, string expected) =>
        Assert.Equal(expected, SiteSections.Fill(pattern, argument));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
