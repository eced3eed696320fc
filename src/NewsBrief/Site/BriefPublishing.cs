using NewsBrief.Diagnostics;

namespace NewsBrief.Site;

/// <summary>
/// The render step: every brief's page and Markdown in every locale, in parallel, into staging:
/// kept as they are in a recycled staging folder, linked from the live site when the facts did
/// not change, rendered otherwise. A brief with any diagnostic is marked not clean (left out of
/// the manifest, so that it is parsed and reported again next time).
/// </summary>
internal static class BriefPublishing
{
    /// <summary>Publishes the briefs; returns how many were rendered (not kept or linked).</summary>
    /// <param name="kept">Per brief, whether the recycled staging folder already holds its pages; null for a new staging folder.</param>
    public static int Publish(SiteBuildRun run, SitePages pages, IReadOnlyList<BriefItem> briefs, BriefSummaries summaries, bool[]? kept, string staging)
    {
        var workspace = run.Workspace;
        var locales = run.Locales;
        var output = run.Output;
        // Pages are linked from the live site only out of its real locale folders (a link planted there is not followed).
        var liveLocales = locales.Select(l => FileKinds.Of(Path.Combine(output.Target, l)) == FileKind.Directory).ToArray();
        var rendered = 0;
        var done = 0;
        Parallel.For(0, briefs.Count, run.Jobs, i =>
        {
            var item = briefs[i];
            var local = new DiagnosticBag();
            var renderedAny = false;
            var keep = kept is not null && kept[i];
            for (var l = 0; l < locales.Count; l++)
            {
                var locale = locales[l];
                if (keep)
                {
                    // The recycled staging folder already holds this brief's pages for these facts.
                    if (summaries.Errors[i, l] is { } error)
                    {
                        local.Add(DiagnosticDescriptors.FigureNotWritable, SourceLocation.StartOf(item.Source.DisplayPath), error);
                    }

                    continue;
                }

                var folder = Path.Combine(staging, locale, item.Slug);
                var html = Path.Combine(folder, "index.html");
                var markdown = Path.Combine(staging, locale, item.Slug + ".md");
                Directory.CreateDirectory(folder);
                if (item.Known is not null)
                {
                    if (liveLocales[l] && SiteOutput.Reuse(Path.Combine(output.Target, locale, item.Slug, "index.html"), html)
                        && SiteOutput.Reuse(Path.Combine(output.Target, locale, item.Slug + ".md"), markdown))
                    {
                        continue;
                    }

                    // A page missing from the previous site: render it after all.
                    File.Delete(html);
                    File.Delete(markdown);
                    item.Facts ??= run.Parse(item.Source, local);
                }

                if (item.Facts is not { } facts)
                {
                    continue; // reported
                }

                renderedAny = true;
                if (workspace.Renderer.Render(facts, locale, local) is not { } result)
                {
                    continue; // reported; the summary would fail the same way
                }

                if (summaries.Errors[i, l] is { } failure)
                {
                    local.Add(DiagnosticDescriptors.FigureNotWritable, SourceLocation.StartOf(facts.Path), failure);
                    continue;
                }

                if (pages.BriefPage(facts, result, summaries[i, l], local) is not { } page)
                {
                    continue;
                }

                SiteOutput.WriteText(html, page);
                SiteOutput.WriteText(markdown, result.Markdown);
            }

            if (renderedAny && !keep)
            {
                Interlocked.Increment(ref rendered);
            }

            if (local.Count > 0)
            {
                item.Clean = false;
                run.Diagnostics.AddRange(local.Sorted());
            }

            run.Options.Progress?.Invoke(Interlocked.Increment(ref done), briefs.Count);
        });
        return rendered;
    }
}
