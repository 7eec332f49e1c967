using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>Renders a parsed document, or one paragraph of it, as HTML or as plain text, through the site's pipeline.</summary>
public sealed class MarkdownRendering(MarkdownPipeline pipeline)
{
    public MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, pipeline);

    public string Html(MarkdownObject markdown) => Render(markdown, html: true, implicitParagraph: markdown is not MarkdownDocument);

    /// <summary>Text without markup or escaping: the index, snippets and meta descriptions encode it where they show it.</summary>
    public string PlainText(MarkdownObject markdown) => Render(markdown, html: false, implicitParagraph: markdown is not MarkdownDocument);

    /// <summary>
    /// The document's plain text, and its headings (<paramref name="headings"/>, in document order) with where each
    /// begins in it and where the text under it begins, for <see cref="DocumentSections"/>.
    /// </summary>
    public (string Text, List<HeadingEntry> Headings) PlainTextWithHeadings(MarkdownDocument markdown, IReadOnlyList<HeadingEntry> headings)
    {
        using var writer = new StringWriter();
        var renderer = PlainRenderer(writer, implicitParagraph: false);
        var offsets = new HeadingOffsetRenderer(writer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(offsets);
        renderer.Render(markdown);
        // Every heading block is rendered once, in document order, as HeadingRules collected them; if an extension
        // ever skipped one, the offsets would not line up and the document goes without sections rather than wrong ones.
        var placed = offsets.Offsets.Count == headings.Count
            ? headings.Select((h, i) => h with { Start = offsets.Offsets[i].Start, BodyStart = offsets.Offsets[i].BodyStart }).ToList()
            : headings.ToList();
        return (writer.ToString(), placed);
    }

    private string Render(MarkdownObject markdown, bool html, bool implicitParagraph)
    {
        using var writer = new StringWriter();
        var renderer = html ? Renderer(writer, implicitParagraph) : PlainRenderer(writer, implicitParagraph);
        renderer.Render(markdown);
        return implicitParagraph ? writer.ToString().Trim() : writer.ToString();
    }

    private HtmlRenderer Renderer(StringWriter writer, bool implicitParagraph)
    {
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        pipeline.Setup(renderer);
        return renderer;
    }

    private HtmlRenderer PlainRenderer(StringWriter writer, bool implicitParagraph)
    {
        var renderer = new HtmlRenderer(writer)
        {
            ImplicitParagraph = implicitParagraph, EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false,
        };
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new PlainTableRenderer());
        return renderer;
    }
}
