using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Project;
using NewsBrief.Rendering;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Site;

/// <summary>What indexes, feeds and the sitemap need of one brief in one locale: plain text, never markup.</summary>
internal sealed record BriefSummary(string Slug, string Locale, PartialDate Date, string DateText, string Headline, string Lede)
{
    /// <summary>The brief's tags as written (one tag page each: see Sections/TagSlug).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The brief's kind: its section.</summary>
    public string Kind { get; init; } = "brief";
}

/// <summary>The site's absolute URLs, all under the base URL (which ends with '/').</summary>
internal sealed class SiteUrls(Uri baseUrl)
{
    public string Root { get; } = baseUrl.AbsoluteUri;

    public string LocaleIndex(string locale) => Root + locale + "/";

    public string Brief(string locale, string slug) => Root + locale + "/" + slug + "/";

    public string Feed(string locale) => Root + locale + "/feed.xml";

    public string Sitemap => Root + "sitemap.xml";

    /// <summary>A page under a locale's folder: <paramref name="path"/> is empty or ends with '/'.</summary>
    public string Page(string locale, string path) => Root + locale + "/" + path;
}

/// <summary>
/// Builds the model of each HTML page and renders it through its layout. Everything that is the
/// same for every page of a locale (switch links, alternates of the indexes) is built once.
/// </summary>
internal sealed class SitePages
{
    public const string ChooserLayout = "_layouts/chooser.html";
    public const string IndexLayout = "_layouts/index.html";
    public const string PageLayout = "_layouts/page.html";

    private readonly Workspace workspace;
    private readonly SiteUrls urls;
    private readonly IReadOnlyList<LocaleData> locales;

    public SitePages(Workspace workspace, SiteUrls urls)
    {
        this.workspace = workspace;
        this.urls = urls;
        locales = workspace.Locales.Locales;
        DefaultLocale = locales[0].Code;
    }

    /// <summary>The locale <c>x-default</c> points to for briefs: the first in ordinal order.</summary>
    public string DefaultLocale { get; }

    /// <summary>Summaries of a brief in every locale, in plain text (figures written for each locale).</summary>
    public BriefSummary Summarize(FactFile facts, string locale) => Summarize(facts, locale, out _);

    /// <summary>The summary, and the texts it was read from (which <see cref="BriefRenderer"/> can continue into the whole brief).</summary>
    public BriefSummary Summarize(FactFile facts, string locale, out BriefTexts texts)
    {
        var formatter = workspace.Renderer.FormatterFor(locale);
        // The plain headline and lede (titles, meta descriptions, feeds, JSON-LD) from the render the
        // brief's Markdown comes from (BriefTexts), not from a second formatting path.
        texts = BriefTexts.Of(facts, new FigureFormatter(formatter), summaryOnly: true);
        return new BriefSummary(facts.Slug, locale, facts.Date, formatter.Date.Format(facts.Date),
            texts.Headline.Plain, texts.Lede.Plain) { Tags = facts.Tags, Kind = facts.Kind };
    }

    /// <summary>The page of one brief in one locale.</summary>
    public string? BriefPage(FactFile facts, RenderedBrief rendered, BriefSummary summary, DiagnosticBag diagnostics)
    {
        var locale = rendered.Locale;
        var canonical = urls.Brief(locale, facts.Slug);
        var model = Common(locale, "../../", summary.Headline, summary.Lede, canonical,
            l => urls.Brief(l, facts.Slug), urls.Brief(DefaultLocale, facts.Slug), l => "../../" + l + "/" + facts.Slug + "/", "article",
            JsonLd(summary, canonical, facts.Tags, facts.Sources));
        model["brief"] = new Dictionary<string, object?>
        {
            ["html"] = rendered.Html,
            ["date"] = summary.DateText,
            ["date_iso"] = summary.Date.ToString(),
            ["markdown"] = "../" + facts.Slug + ".md",
            // The section label above the headline: the first tag, else the kind (a news site's "Economy" over a story).
            ["section"] = facts.Tags.Count > 0 ? facts.Tags[0] : facts.Kind,
        };
        return workspace.Layouts.Render(PageLayout, workspace.Renderer.FormatterFor(locale), model, diagnostics);
    }

    /// <summary>The language chooser at the root, written in the default locale with each choice in its own language.</summary>
    public string? Chooser(DiagnosticBag diagnostics)
    {
        var ui = workspace.Locales[DefaultLocale].Ui;
        var title = ui.GetValueOrDefault("site_title", "NewsBrief");
        var description = ui.GetValueOrDefault("site_description", title);
        var model = Common(DefaultLocale, "", title, description, urls.Root,
            urls.LocaleIndex, urls.Root, l => l + "/", "website", WebsiteJsonLd(workspace.Locales[DefaultLocale].Tag, title, description));
        model["choices"] = locales.Select(l => new Dictionary<string, object?>
        {
            ["lang"] = l.Tag,
            ["name"] = l.Ui.GetValueOrDefault("language_name", l.Name),
            ["title"] = l.Ui.GetValueOrDefault("site_title", "NewsBrief"),
            ["description"] = l.Ui.GetValueOrDefault("site_description", ""),
            ["href"] = l.Code + "/",
        }).ToList();
        return workspace.Layouts.Render(ChooserLayout, workspace.Renderer.FormatterFor(DefaultLocale), model, diagnostics);
    }

    /// <summary>What every page's layout sees: language, links, head; <c>prev</c> and <c>next</c> (rel links of paginated pages) are null here.</summary>
    internal Dictionary<string, object?> Common(string locale, string root, string title, string description, string canonical,
        Func<string, string> alternate, string xDefault, Func<string, string> relative, string ogType, string jsonLd)
    {
        var data = workspace.Locales[locale];
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["lang"] = data.Tag,
            ["locale"] = locale,
            ["root"] = root,
            ["home"] = root + locale + "/",
            ["css"] = root + "assets/site.css",
            ["feed"] = root + locale + "/feed.xml",
            ["title"] = title,
            ["site_title"] = data.Ui.GetValueOrDefault("site_title", "NewsBrief"),
            ["description"] = description,
            ["canonical"] = canonical,
            ["og_type"] = ogType,
            ["json_ld"] = jsonLd,
            ["prev"] = null,
            ["next"] = null,
            ["x_default"] = xDefault,
            ["alternates"] = locales.Select(l => new Dictionary<string, object?> { ["hreflang"] = l.Tag, ["href"] = alternate(l.Code) }).ToList(),
            ["languages"] = locales.Select(l => new Dictionary<string, object?>
            {
                ["lang"] = l.Tag,
                ["name"] = l.Ui.GetValueOrDefault("language_name", l.Name),
                ["href"] = relative(l.Code),
                ["current"] = l.Code == locale,
            }).ToList(),
        };
    }

    /// <summary>
    /// The brief's schema.org <c>NewsArticle</c>. System.Text.Json's default encoder escapes
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no text can close the script element.
    /// </summary>
    private string JsonLd(BriefSummary summary, string url, IReadOnlyList<string> tags, IReadOnlyList<FactSource> sources)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("@id", url);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("headline", summary.Headline);
            json.WriteString("description", summary.Lede);
            json.WriteString("datePublished", summary.Date.ToString());
            json.WriteString("inLanguage", workspace.Locales[summary.Locale].Tag);
            if (tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", tags));
            }

            json.WriteStartArray("isBasedOn");
            foreach (var source in sources)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", source.NameFor(summary.Locale));
                if (source.Url is { } sourceUrl)
                {
                    json.WriteString("url", sourceUrl);
                }

                if (source.Date is { } date)
                {
                    json.WriteString("datePublished", date.ToString());
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("workTranslation");
            foreach (var other in locales.Where(l => l.Code != summary.Locale))
            {
                json.WriteStartObject();
                json.WriteString("@type", "NewsArticle");
                json.WriteString("@id", urls.Brief(other.Code, summary.Slug));
                json.WriteString("url", urls.Brief(other.Code, summary.Slug));
                json.WriteString("inLanguage", other.Tag);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static string WebsiteJsonLd(string tag, string name, string description)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", name);
            json.WriteString("description", description);
            json.WriteString("inLanguage", tag);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
