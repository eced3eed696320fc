using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Site;

/// <summary>
/// The Atom feeds of each locale and of its tag and kind sections (through
/// System.ServiceModel.Syndication, which escapes every text itself; the sitemap is
/// Sections/SectionSitemap). Dates come from the facts only, so the same input gives the same bytes.
/// </summary>
internal static class SiteFeeds
{
    /// <summary>A feed lists the newest briefs only; older ones stay on the index and in the sitemap.</summary>
    public const int FeedEntries = 50;

    /// <summary>How every XML file of the site is written (feeds, sitemaps): UTF-8 without BOM, two-space indent, LF.</summary>
    internal static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>The Atom feed of <paramref name="locale"/>; <c>updated</c> is the newest brief's date.</summary>
    public static byte[] Atom(LocaleData locale, SiteUrls urls, IReadOnlyList<BriefSummary> newestFirst)
    {
        var title = locale.Ui.GetValueOrDefault("site_title", "NewsBrief");
        return Atom(locale, urls, title, locale.Ui.GetValueOrDefault("site_description", title), urls.LocaleIndex(locale.Code), urls.Feed(locale.Code), newestFirst);
    }

    /// <summary>
    /// An Atom feed of the newest <see cref="FeedEntries"/> of <paramref name="newestFirst"/>: the
    /// page it belongs to is its id and alternate link; <c>updated</c> is the newest brief's date.
    /// </summary>
    public static byte[] Atom(LocaleData locale, SiteUrls urls, string title, string subtitle, string pageUrl, string feedUrl, IReadOnlyList<BriefSummary> newestFirst)
    {
        var feed = new SyndicationFeed(title, subtitle, new Uri(pageUrl))
        {
            Id = pageUrl,
            Language = locale.Tag,
            LastUpdatedTime = newestFirst.Count > 0 ? At(newestFirst[0].Date) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(feedUrl), "application/atom+xml"));
        feed.Items = newestFirst.Take(FeedEntries).Select(b =>
        {
            var url = urls.Brief(b.Locale, b.Slug);
            var item = new SyndicationItem(b.Headline, (SyndicationContent?)null, new Uri(url), url, At(b.Date))
            {
                Summary = new TextSyndicationContent(b.Lede, TextSyndicationContentKind.Plaintext),
                PublishDate = At(b.Date),
            };
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static DateTimeOffset At(PartialDate date) => new(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
}
