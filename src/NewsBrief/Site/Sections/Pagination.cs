namespace NewsBrief.Site.Sections;

/// <summary>
/// One page of a paginated list: <see cref="Number"/> is 0 for the section's first page (its
/// <c>index.html</c>) and otherwise the page's stable number, counted from the oldest page
/// (<c>page/1/</c> holds the oldest briefs); <see cref="Start"/> and <see cref="Count"/> are its
/// range in the newest-first list.
/// </summary>
internal readonly record struct PageSlice(int Number, int Start, int Count);

/// <summary>
/// How a newest-first list of briefs is cut into pages so that adding a brief rewrites as few pages
/// as possible. Pages are cut from the oldest end in full pages of <c>size</c>; the section's first
/// page holds the newest full page plus the briefs not yet filling one (between <c>size</c> and
/// <c>2 × size − 1</c> briefs, or all of them when there are fewer). A new brief therefore lands on
/// the first page only; every other page keeps its number and its briefs, and changes only when a
/// new full page is cut (then the newest numbered page's "newer" link moves to it). Numbering
/// newest-first (page 2 = the next 50) would shift every page of the archive on every new brief.
/// </summary>
internal static class Pagination
{
    /// <summary>The pages of a list of <paramref name="count"/> briefs, first page first, then newest to oldest.</summary>
    public static IReadOnlyList<PageSlice> Slice(int count, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var numbered = Math.Max(0, (count / size) - 1);
        var first = count - (numbered * size);
        var pages = new List<PageSlice>(numbered + 1) { new(0, 0, first) };
        for (var number = numbered; number >= 1; number--)
        {
            pages.Add(new PageSlice(number, count - (number * size), size));
        }

        return pages;
    }
}
