using Markdig;
using Markdig.Renderers;

namespace NewsBrief.Rendering.Html;

/// <summary>
/// Converts a brief's Markdown to an HTML fragment through one Markdig pipeline, built once and
/// shared: raw HTML disabled, no attribute syntax, and links restricted to http, https and mailto
/// (Markdig alone would still emit <c>javascript:</c> links).
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
        pipeline = builder.Build();
    }

    /// <summary>Converts <paramref name="markdown"/>; throws <see cref="ArgumentException"/> when it is nested too deeply.</summary>
    public string Convert(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = SafeUrl.Rewrite };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
