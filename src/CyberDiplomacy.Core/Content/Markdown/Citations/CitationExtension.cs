using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace CyberDiplomacy.Core.Content.Markdown.Citations;

/// <summary>Pandoc-style citations of the front matter's <c>sources</c> (<c>[@id]</c>); see <see cref="CitationResolver"/>.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser, which would otherwise read "[@id]" as the text of a link that never comes.
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCitationRenderer());
        }
    }
}
