using Markdig;
using Markdig.Renderers;

namespace NewsBrief.Rendering.Html;

/// <summary>
/// Converts a brief's Markdown to an HTML fragment through one Markdig pipeline, built once and
/// shared: raw HTML disabled, no attribute syntax, and links restricted to http, https and mailto
/// (Markdig alone would still emit <c>javascript:</c> links). The renderer's own marks become
/// <c>&lt;time datetime&gt;</c> and <c>&lt;span lang&gt;</c> (<see cref="SemanticMarkExtension"/>), and a table
/// takes the heading just before it as its caption (<see cref="CaptionedTables"/>).
/// </summary>
public sealed class MarkdownToHtmlConverter
{
    private readonly MarkdownPipeline pipeline;

    /// <summary>Builds the pipeline.</summary>
    public MarkdownToHtmlConverter()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .DisableHtml()
            .ConfigureNewLine("\n");
        builder.MaximumNestingDepth = 64;
        builder.Extensions.Add(new SafeLinks());
        builder.Extensions.Add(new SemanticMarkExtension());
        builder.Extensions.Add(new CaptionedTables());
        pipeline = builder.Build();
    }

    /// <summary>Converts <paramref name="markdown"/>; throws <see cref="ArgumentException"/> when it is nested too deeply.</summary>
    /// <remarks>
    /// Through <see cref="Markdown.ToHtml(string, MarkdownPipeline?, MarkdownParserContext?)"/>, which
    /// renders with the pipeline's own pool of renderers and writers (a renderer and its twenty-odd
    /// object renderers per page were a tenth of a build's allocations); each pooled renderer is set
    /// up by the pipeline, so by <see cref="SafeLinks"/> too.
    /// </remarks>
    public string Convert(string markdown) => Markdown.ToHtml(markdown, pipeline);

    /// <summary>Gives every HTML renderer the pipeline sets up the link allowlist of <see cref="SafeUrl"/>.</summary>
    private sealed class SafeLinks : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html)
            {
                html.LinkRewriter = SafeUrl.Rewrite;
            }
        }
    }
}
