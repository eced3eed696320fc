using System.Globalization;
using System.Text;
using System.Xml;
using NewsBrief.Localization;

namespace NewsBrief.Site.Sections;

/// <summary>One <c>&lt;url&gt;</c> of the sitemap: the page, its date, the same page in each locale (in the locales' order; null where a locale lacks it) and x-default.</summary>
internal readonly record struct SitemapUrl(string Loc, string? LastModified, string?[] Alternates, string XDefault);

/// <summary>
/// The sitemap, as the sitemaps.org protocol allows it: one <c>sitemap.xml</c> <c>urlset</c> while
/// the site has at most <see cref="MaxUrls"/> URLs (the protocol's 50,000), otherwise
/// <c>sitemap.xml</c> is a <c>sitemapindex</c> of <c>sitemaps/N.xml</c> files of at most that many
/// URLs each (and fewer when many locales would take a file past the protocol's 50 MB).
/// Every URL lists its alternates with <c>hreflang</c> and <c>x-default</c>.
/// </summary>
internal static class SectionSitemap
{
    public const string IndexFile = "sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static XmlWriterSettings Settings => SiteFeeds.Settings;

    /// <summary>URLs per sitemap file: the protocol's limit.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>
    /// URLs per file for <paramref name="locales"/> locales: the protocol's count, fewer when the
    /// alternates (about 150 bytes each) would take a file past 45 MB of its 50 MB limit.
    /// </summary>
    public static int UrlsPerFile(int locales, int maxUrls = MaxUrls) => Math.Max(1, Math.Min(maxUrls, 45_000_000 / (300 + (150 * (locales + 1)))));

    /// <summary>The <c>urlset</c> of these URLs.</summary>
    public static byte[] UrlSet(IReadOnlyList<LocaleData> locales, IEnumerable<SitemapUrl> urls)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var url in urls)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, url.Loc);
                if (url.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, date);
                }

                for (var l = 0; l < locales.Count; l++)
                {
                    if (url.Alternates[l] is { } href)
                    {
                        Link(xml, locales[l].Tag, href);
                    }
                }

                Link(xml, "x-default", url.XDefault);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The <c>sitemapindex</c> listing <paramref name="files"/> sitemap files (<c>sitemaps/1.xml</c> ...), each with its newest date.</summary>
    public static byte[] Index(string root, IReadOnlyList<string?> newest)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            for (var i = 0; i < newest.Count; i++)
            {
                xml.WriteStartElement("sitemap", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, root + PartFile(i));
                if (newest[i] is { } date)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, date);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The path in the site of the <paramref name="index"/>th (0-based) sitemap file of a sitemap index.</summary>
    public static string PartFile(int index) => "sitemaps/" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".xml";

    private static void Link(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
