using System.Globalization;
using System.Net;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Project;
using NewsBrief.Rendering.Html;
using NewsBrief.Rendering.Templates;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// The desk's HTML: an index of the briefs, and a review page per brief with every locale side by
/// side, paragraph against paragraph, each figure highlighted, and the diagnostics with the
/// offending line and a caret, exactly as the terminal shows them. Every page carries the version
/// it was made at and a tiny inline script that swaps in the new page when the files change.
/// </summary>
internal static class DeskPages
{
    private static readonly MarkdownToHtmlConverter Markdown = new();

    private static string H(string? s) => WebUtility.HtmlEncode(s ?? "");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The index: every brief with its error and warning counts.</summary>
    public static string Index(DeskProject project, long version, string nonce)
    {
        var sb = new StringBuilder();
        var briefs = project.Scan(out var skipped);
        Open(sb, "NewsBrief desk", version);
        sb.Append("<header class=\"bar\"><strong>NewsBrief desk</strong><span class=\"path\">").Append(H(project.Dir)).Append("</span><span id=\"live\" class=\"live\">live</span></header>\n");
        sb.Append("<main id=\"desk\" data-version=\"").Append(version.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        foreach (var entry in skipped)
        {
            // What check says as NB6010: a brief the desk does not show, and why.
            var path = Path.GetRelativePath(project.Dir, entry.FullPath).Replace('\\', '/');
            sb.Append("<p class=\"skipped\">warning ").Append(DiagnosticDescriptors.EntrySkipped.Code).Append(": <code>").Append(H(path)).Append("</code> was skipped: ").Append(H(entry.Reason)).Append(".</p>\n");
        }

        if (briefs.Count == 0)
        {
            sb.Append("<p class=\"empty\">No facts files (<code>*.yml</code>) here yet. Create one with <code>newsbrief new SLUG --dir ").Append(H(project.Dir)).Append("</code>.</p>\n");
        }
        else
        {
            sb.Append("<table class=\"index\"><thead><tr><th>Brief</th><th>File</th><th>Errors</th><th>Warnings</th><th>Published</th></tr></thead><tbody>\n");
            foreach (var brief in briefs)
            {
                var review = project.Review(brief);
                var errors = review.Diagnostics.Count(d => d.Severity == Severity.Error);
                var warnings = review.Diagnostics.Count - errors;
                sb.Append("<tr class=\"").Append(errors > 0 ? "has-errors" : warnings > 0 ? "has-warnings" : "clean").Append("\" data-slug=\"").Append(H(brief.Slug)).Append("\">");
                sb.Append("<td><a href=\"/review/").Append(H(brief.Slug)).Append("\">").Append(H(brief.Slug)).Append("</a></td>");
                sb.Append("<td><code>").Append(H(brief.DisplayPath)).Append("</code></td>");
                sb.Append("<td class=\"count errors\">").Append(N(errors)).Append("</td><td class=\"count warnings\">").Append(N(warnings)).Append("</td><td>");
                foreach (var locale in review.Rendered.Select(r => r.Locale))
                {
                    sb.Append("<a href=\"/published/").Append(H(locale)).Append('/').Append(H(brief.Slug)).Append("/\">").Append(H(locale)).Append("</a> ");
                }

                sb.Append("</td></tr>\n");
            }

            sb.Append("</tbody></table>\n");
        }

        sb.Append("</main>\n");
        Close(sb, nonce);
        return sb.ToString();
    }

    /// <summary>The review page of one brief.</summary>
    public static string Review(DeskReview review, long version, string nonce)
    {
        var sb = new StringBuilder();
        var slug = review.Brief.Slug;
        var errors = review.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = review.Diagnostics.Count - errors;
        Open(sb, "Review · " + slug, version);
        sb.Append("<header class=\"bar\"><a href=\"/\">NewsBrief desk</a><span class=\"sep\">›</span><strong>").Append(H(slug)).Append("</strong>");
        sb.Append("<span class=\"status ").Append(errors > 0 ? "err" : warnings > 0 ? "warn" : "ok").Append("\" id=\"status\">")
          .Append(errors > 0 ? $"{N(errors)} error(s)" : warnings > 0 ? $"{N(warnings)} warning(s)" : "no problems").Append("</span>");
        sb.Append("<span id=\"live\" class=\"live\">live</span></header>\n");
        sb.Append("<main id=\"desk\" data-version=\"").Append(version.ToString(CultureInfo.InvariantCulture)).Append("\" data-errors=\"").Append(N(errors)).Append("\">\n");
        sb.Append("<p class=\"meta\"><code>").Append(H(review.Brief.DisplayPath)).Append("</code> · <a href=\"/files/").Append(H(review.Brief.DisplayPath)).Append("\">facts file</a>");
        foreach (var r in review.Rendered)
        {
            sb.Append(" · <a href=\"/published/").Append(H(r.Locale)).Append('/').Append(H(slug)).Append("/\">published page (").Append(H(r.Locale)).Append(")</a>");
        }

        sb.Append("</p>\n");
        Diagnostics(sb, review);
        if (review.Facts is { } facts && review.Workspace is { } workspace && review.Rendered.Count > 0)
        {
            Aligned(sb, facts, workspace, review.Rendered.Select(r => r.Locale).ToList());
            sb.Append("<h2 class=\"section\">As the templates write it</h2>\n<div class=\"whole\">\n");
            foreach (var r in review.Rendered)
            {
                sb.Append("<article lang=\"").Append(H(r.Locale)).Append("\" class=\"brief\"><div class=\"locale\">").Append(H(r.Locale)).Append("</div>")
                  .Append(FigureHighlighter.Highlight(r.Html, facts).Html).Append("</article>\n");
            }

            sb.Append("</div>\n");
        }
        else
        {
            sb.Append("<p class=\"blocked\">The brief cannot be written until the errors above are fixed. This page updates by itself when you save.</p>\n");
        }

        sb.Append("</main>\n");
        Close(sb, nonce);
        return sb.ToString();
    }

    private static void Diagnostics(StringBuilder sb, DeskReview review)
    {
        if (review.Diagnostics.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"diagnostics\" aria-label=\"Diagnostics\"><h2>Problems</h2>\n");
        foreach (var d in review.Diagnostics)
        {
            var level = d.Severity == Severity.Error ? "error" : "warning";
            sb.Append("<div class=\"diag ").Append(level).Append("\" data-code=\"").Append(H(d.Code)).Append("\" data-line=\"").Append(N(d.Location.Line))
              .Append("\" data-column=\"").Append(N(d.Location.Column)).Append("\">");
            sb.Append("<div class=\"head\"><code class=\"pos\">").Append(H(d.Location.ToString())).Append("</code> <span class=\"level\">").Append(level)
              .Append(' ').Append(H(d.Code)).Append("</span></div><p class=\"msg\">").Append(H(d.Message)).Append("</p>");
            if (review.Sources.TryGetValue(d.Location.Path, out var lines) && DiagnosticExcerpt.For(lines, d.Location) is { } excerpt)
            {
                sb.Append("<pre class=\"excerpt\">").Append(H(excerpt.Quote)).Append('\n').Append(H(excerpt.Caret)).Append("</pre>");
            }

            sb.Append("</div>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>Headline, lede, each point, each key figure and each event: one row each, one column per locale.</summary>
    private static void Aligned(StringBuilder sb, FactFile facts, Project.Workspace workspace, IReadOnlyList<string> locales)
    {
        var renderers = locales.ToDictionary(l => l, l => new FactTextRenderer(new FigureFormatter(workspace.Renderer.FormatterFor(l)), facts, markFigures: true), StringComparer.Ordinal);
        sb.Append("<table class=\"align\"><colgroup><col class=\"what\">");
        foreach (var _ in locales)
        {
            sb.Append("<col class=\"lang\">");
        }

        sb.Append("</colgroup><thead><tr><th></th>");
        foreach (var l in locales)
        {
            sb.Append("<th lang=\"").Append(H(l)).Append("\">").Append(H(l)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>\n");

        void Row(string what, string css, Func<string, string?> markdownFor)
        {
            var cells = locales.Select(l => (Locale: l, Markdown: markdownFor(l))).ToList();
            var highlighted = cells.Select(c => c.Markdown is null ? ((string Html, IReadOnlyList<string> Figures)?)null : FigureHighlighter.Highlight(Inline(c.Markdown), facts)).ToList();
            var sets = highlighted.Where(h => h is not null).Select(h => string.Join(",", h!.Value.Figures.Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count();
            var mismatch = sets > 1;
            sb.Append("<tr class=\"").Append(css).Append(mismatch ? " mismatch" : "").Append("\"><th scope=\"row\">").Append(H(what));
            if (mismatch)
            {
                sb.Append("<span class=\"flag\" title=\"The languages do not state the same figures here\">figures differ</span>");
            }

            sb.Append("</th>");
            for (var i = 0; i < locales.Count; i++)
            {
                if (highlighted[i] is { } h)
                {
                    sb.Append("<td lang=\"").Append(H(locales[i])).Append("\">").Append(h.Html).Append("</td>");
                }
                else
                {
                    sb.Append("<td lang=\"").Append(H(locales[i])).Append("\" class=\"missing\">no ").Append(H(locales[i])).Append(" text</td>");
                }
            }

            sb.Append("</tr>\n");
        }

        Row("Headline", "headline", l => Text(renderers[l], facts.Headline, l, TextStyle.Headline));
        Row("Lede", "lede", l => Text(renderers[l], facts.Lede, l, TextStyle.Prose));
        for (var i = 0; i < facts.Points.Count; i++)
        {
            var point = facts.Points[i];
            Row($"Point {N(i + 1)}", "point", l => Text(renderers[l], point, l, TextStyle.Prose));
        }

        foreach (var figure in facts.Figures)
        {
            Row("{" + figure.Name + "}", "figure", l =>
            {
                var label = figure.Label?.For(l)?.Text ?? figure.Name;
                var value = new FigureFormatter(workspace.Renderer.FormatterFor(l)).Format(figure, facts, TextStyle.Table);
                return MarkdownText.Escape(label) + ": " + FigureMarks.Wrap(figure.Name, MarkdownText.Escape(value));
            });
        }

        foreach (var e in facts.Events)
        {
            Row("Event " + e.Date, "event", l => e.Text.For(l) is null ? null
                : MarkdownText.Escape(workspace.Renderer.FormatterFor(l).Date.Format(e.Date)) + ": " + Text(renderers[l], e.Text, l, TextStyle.Prose));
        }

        sb.Append("</tbody></table>\n");
    }

    private static string? Text(FactTextRenderer renderer, LocalizedText text, string locale, TextStyle style) =>
        text.For(locale) is { } t ? renderer.Render(t, style) : null;

    /// <summary>One paragraph of Markdown as inline HTML (the same Markdig pipeline as the briefs).</summary>
    private static string Inline(string markdown)
    {
        var html = Markdown.Convert(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    /// <summary>A page for a missing brief or file.</summary>
    public static string NotFound(string nonce, long version)
    {
        var sb = new StringBuilder();
        Open(sb, "Not found", version);
        sb.Append("<header class=\"bar\"><a href=\"/\">NewsBrief desk</a></header><main id=\"desk\" data-version=\"").Append(version.ToString(CultureInfo.InvariantCulture))
          .Append("\"><p class=\"empty\">Nothing here. <a href=\"/\">Back to the briefs</a>.</p></main>\n");
        Close(sb, nonce);
        return sb.ToString();
    }

    private static void Open(StringBuilder sb, string title, long version)
    {
        sb.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .Append(H(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body data-version=\"").Append(version.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
    }

    private static void Close(StringBuilder sb, string nonce) =>
        sb.Append("<script nonce=\"").Append(nonce).Append("\">").Append(Script).Append("</script>\n</body>\n</html>\n");

    // Live reload: the server sends its version over Server-Sent Events whenever a file changes; the page
    // fetches itself and swaps <main id="desk"> in place. No navigation, no external script.
    private const string Script = """
(function () {
  var live = document.getElementById('live');
  function swap() {
    fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (t) {
      var doc = new DOMParser().parseFromString(t, 'text/html');
      var next = doc.getElementById('desk'), cur = document.getElementById('desk');
      if (!next || !cur) return;
      cur.replaceWith(document.importNode(next, true));
      var status = doc.getElementById('status'), old = document.getElementById('status');
      if (status && old) old.replaceWith(document.importNode(status, true));
      document.title = doc.title;
      document.body.dataset.version = next.dataset.version;
      window.deskUpdates = (window.deskUpdates || 0) + 1;
    }).catch(function () {});
  }
  if (!window.EventSource) return;
  var es = new EventSource('/events');
  es.onopen = function () { if (live) { live.className = 'live on'; live.textContent = 'live'; } };
  es.onerror = function () { if (live) { live.className = 'live off'; live.textContent = 'reconnecting'; } };
  es.onmessage = function (e) { if (e.data !== document.body.dataset.version) swap(); };
})();
""";

    private const string Css = """
:root { --ink:#1d2330; --muted:#5d6677; --line:#d9dee7; --bg:#f6f7f9; --card:#fff; --fig:#fff1a8; --fig-line:#d4a900; --err:#b42318; --err-bg:#fef3f2; --warn:#93370d; --warn-bg:#fffaeb; --ok:#067647; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color:var(--ink); background:var(--bg); }
a { color:#1849a9; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size:.9em; }
.bar { position:sticky; top:0; z-index:2; display:flex; gap:.6rem; align-items:center; padding:.6rem 1.2rem; background:#101828; color:#fff; }
.bar a { color:#fff; text-decoration:none; font-weight:600; }
.bar .sep { opacity:.6; }
.bar .path { opacity:.7; font-size:.85em; }
.status { margin-left:auto; padding:.1rem .6rem; border-radius:1rem; font-size:.85em; font-weight:600; }
.status.ok { background:#dcfae6; color:var(--ok); } .status.err { background:var(--err-bg); color:var(--err); } .status.warn { background:var(--warn-bg); color:var(--warn); }
.live { font-size:.8em; opacity:.8; } .bar .status + .live { margin-left:.4rem; } .bar > .live:only-of-type { margin-left:auto; }
.live.on::before { content:"● "; color:#47cd89; } .live.off::before { content:"● "; color:#f97066; }
main { max-width:1400px; margin:0 auto; padding:1rem 1.2rem 3rem; }
.meta { color:var(--muted); margin:.2rem 0 1rem; }
.diagnostics { background:var(--card); border:2px solid var(--err); border-radius:.6rem; padding:.6rem 1rem; margin:0 0 1.2rem; }
.diagnostics h2 { margin:.2rem 0 .4rem; font-size:1.05rem; color:var(--err); }
.diag { border-top:1px solid var(--line); padding:.5rem 0; } .diag:first-of-type { border-top:0; }
.diag .pos { font-weight:600; } .diag .level { font-weight:700; text-transform:uppercase; font-size:.8em; letter-spacing:.03em; }
.diag.error .level { color:var(--err); } .diag.warning .level { color:var(--warn); }
.diag .msg { margin:.2rem 0; }
.excerpt { margin:.3rem 0 0; padding:.5rem .7rem; background:#101828; color:#f2f4f7; border-radius:.4rem; overflow-x:auto; }
.blocked { color:var(--muted); font-style:italic; }
table.align { width:100%; border-collapse:separate; border-spacing:0; background:var(--card); border:1px solid var(--line); border-radius:.6rem; overflow:hidden; table-layout:fixed; }
table.align col.what { width:9rem; }
table.align th, table.align td { text-align:left; vertical-align:top; padding:.65rem .9rem; border-top:1px solid var(--line); }
table.align thead th { background:#eef1f6; border-top:0; font-size:.8em; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); }
table.align tbody th { font-size:.8em; color:var(--muted); font-weight:600; }
table.align td + td { border-left:1px solid var(--line); }
tr.headline td { font-size:1.3rem; font-weight:700; line-height:1.3; }
tr.figure td { background:#fcfcfd; }
tr.mismatch th .flag { display:block; margin-top:.3rem; color:var(--err); font-weight:700; }
tr.mismatch td { background:var(--err-bg); }
td.missing { color:var(--warn); background:var(--warn-bg); font-style:italic; }
mark.fig { position:relative; background:var(--fig); color:inherit; padding:0 .15em; border-radius:.2em; box-shadow: inset 0 -2px 0 var(--fig-line); cursor:help; }
mark.fig:hover, mark.fig:focus { background:#ffe066; outline:none; }
mark.fig:hover::after, mark.fig:focus::after { content: "{" attr(data-figure) "} = " attr(data-raw); position:absolute; left:0; top:100%; margin-top:.35rem; z-index:3; white-space:nowrap; padding:.25rem .5rem; border-radius:.3rem; background:#101828; color:#fff; font:600 .78rem/1.4 ui-monospace, Menlo, Consolas, monospace; }
h2.section { font-size:1rem; color:var(--muted); text-transform:uppercase; letter-spacing:.06em; margin:2rem 0 .6rem; }
.whole { display:grid; grid-template-columns:repeat(auto-fit, minmax(320px, 1fr)); gap:1rem; }
.brief { background:var(--card); border:1px solid var(--line); border-radius:.6rem; padding:.4rem 1.2rem 1rem; }
.brief .locale { float:right; font-size:.75em; color:var(--muted); text-transform:uppercase; margin-top:.8rem; }
.brief h1 { font-size:1.35rem; line-height:1.3; } .brief h2 { font-size:1rem; }
.brief table { border-collapse:collapse; } .brief th, .brief td { border:1px solid var(--line); padding:.3rem .5rem; text-align:left; }
table.index { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); }
table.index th, table.index td { padding:.55rem .8rem; border-top:1px solid var(--line); text-align:left; }
table.index .count { font-variant-numeric: tabular-nums; }
tr.has-errors .errors { color:var(--err); font-weight:700; } tr.has-warnings .warnings { color:var(--warn); font-weight:700; }
.empty { color:var(--muted); }
@media (max-width: 760px) { table.align col.what { width:5rem; } table.align th, table.align td { padding:.5rem; } }
.bar { flex-wrap:wrap; } .bar strong { min-width:0; overflow-wrap:anywhere; }
/* A phone: the side-by-side table becomes one block per row (what, then each locale at full width), so no column is 120 px wide. */
@media (max-width: 600px) {
  .bar { padding:.5rem .8rem; row-gap:.2rem; } .bar strong { flex-basis:100%; order:1; }
  main { padding:.75rem .75rem 2rem; }
  table.align, table.align tbody, table.align tr, table.align th, table.align td { display:block; width:auto; }
  table.align thead, table.align colgroup { display:none; }
  table.align tbody th { padding:.5rem .6rem .1rem; border-top:1px solid var(--line); }
  table.align td { border-top:0; padding:.2rem .6rem .5rem; }
  table.align td + td { border-left:0; }
  table.align td[lang]::before { content:attr(lang); display:inline-block; min-width:1.8rem; margin-right:.4rem; font:600 .7rem/1 system-ui, sans-serif; text-transform:uppercase; color:var(--muted); }
  .whole { grid-template-columns:1fr; }
}
""";
}
