using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>Renders a parsed document, or one paragraph of it, as HTML or as plain text, through the site's pipeline.</summary>
public sealed class MarkdownRendering(MarkdownPipeline pipeline)
{
    public MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, pipeline);

    public string Html(MarkdownObject markdown) => Render(markdown, html: true, implicitParagraph: markdown is not MarkdownDocument);

    /// <summary>Text without markup or escaping: the index, snippets and meta descriptions encode it where they show it.</summary>
    public string PlainText(MarkdownObject markdown) => Render(markdown, html: false, implicitParagraph: markdown is not MarkdownDocument);

    private string Render(MarkdownObject markdown, bool html, bool implicitParagraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        if (!html)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        return implicitParagraph ? writer.ToString().Trim() : writer.ToString();
    }
}
