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
        WriteSitemap(stream, locales, urls, defaultLocale, briefsBySlug.Select(b => (b.Slug, b.Date)));
        return stream.ToArray();
    }

    /// <summary>Writes <c>sitemap.xml</c> into <paramref name="stream"/> as the briefs (slug order) are enumerated, never held whole.</summary>
    public static void WriteSitemap(Stream stream, IReadOnlyList<LocaleData> locales, SiteUrls urls, string defaultLocale, IEnumerable<(string Slug, PartialDate Date)> briefsBySlug)
    {
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);

            var indexes = locales.Select(l => urls.LocaleIndex(l.Code)).ToArray();
            Url(xml, urls.Root, null, locales, indexes, urls.Root);
            foreach (var index in indexes)
            {
                Url(xml, index, null, locales, indexes, urls.Root);
            }

            var pages = new string[locales.Count]; // one brief's page per locale: each <url> lists them all
            var defaultIndex = locales.Select(l => l.Code).ToList().IndexOf(defaultLocale);
            foreach (var (slug, date) in briefsBySlug)
            {
                for (var l = 0; l < locales.Count; l++)
                {
                    pages[l] = urls.Brief(locales[l].Code, slug);
                }

                var xDefault = defaultIndex >= 0 ? pages[defaultIndex] : urls.Brief(defaultLocale, slug);
                for (var l = 0; l < locales.Count; l++)
                {
                    Url(xml, pages[l], date, locales, pages, xDefault);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <param name="alternates">The same page in each of <paramref name="locales"/>, in that order.</param>
    private static void Url(XmlWriter xml, string loc, PartialDate? lastModified, IReadOnlyList<LocaleData> locales, IReadOnlyList<string> alternates, string xDefault)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, loc);
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", SitemapNamespace, date.ToString());
        }

        for (var l = 0; l < locales.Count; l++)
        {
            Link(xml, locales[l].Tag, alternates[l]);
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
