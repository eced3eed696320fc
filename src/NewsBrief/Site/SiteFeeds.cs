using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsBrief.Facts;
using NewsBrief.Localization;

namespace NewsBrief.Site;

/// <summary>
/// The Atom feed of each locale (through System.ServiceModel.Syndication) and the sitemap with
/// <c>hreflang</c> alternates (through <see cref="XmlWriter"/>). Both escape every text themselves;
/// dates come from the facts only, so the same input gives the same bytes.
/// </summary>
internal static class SiteFeeds
{
    /// <summary>A feed lists the newest briefs only; older ones stay on the index and in the sitemap.</summary>
    public const int FeedEntries = 50;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static readonly XmlWriterSettings Settings = new()
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
        var feed = new SyndicationFeed(title, locale.Ui.GetValueOrDefault("site_description", title), new Uri(urls.LocaleIndex(locale.Code)))
        {
            Id = urls.LocaleIndex(locale.Code),
            Language = locale.Tag,
            LastUpdatedTime = newestFirst.Count > 0 ? At(newestFirst[0].Date) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Feed(locale.Code)), "application/atom+xml"));
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

    /// <summary>
    /// <c>sitemap.xml</c>: the chooser, each locale's index and every brief page, each with
    /// <c>xhtml:link</c> alternates for every locale and <c>x-default</c>.
    /// </summary>
    public static byte[] Sitemap(IReadOnlyList<LocaleData> locales, SiteUrls urls, string defaultLocale, IReadOnlyList<BriefSummary> briefsBySlug)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);

            Url(xml, urls.Root, null, locales, urls.LocaleIndex, urls.Root);
            foreach (var locale in locales)
            {
                Url(xml, urls.LocaleIndex(locale.Code), null, locales, urls.LocaleIndex, urls.Root);
            }

            foreach (var brief in briefsBySlug)
            {
                foreach (var locale in locales)
                {
                    Url(xml, urls.Brief(locale.Code, brief.Slug), brief.Date, locales, l => urls.Brief(l, brief.Slug), urls.Brief(defaultLocale, brief.Slug));
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Url(XmlWriter xml, string loc, PartialDate? lastModified, IReadOnlyList<LocaleData> locales, Func<string, string> alternate, string xDefault)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, loc);
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", SitemapNamespace, date.ToString());
        }

        foreach (var locale in locales)
        {
            Link(xml, locale.Tag, alternate(locale.Code));
        }

        Link(xml, "x-default", xDefault);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static DateTimeOffset At(PartialDate date) => new(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
}
