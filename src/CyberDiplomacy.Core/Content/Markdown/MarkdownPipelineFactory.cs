using Markdig;
using System.Net;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using CyberDiplomacy.Core.Content.Markdown.Citations;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>Builds the site's single Markdig pipeline. Build once and reuse: pipelines are thread-safe and costly to build.</summary>
public static class MarkdownPipelineFactory
{
    /// <remarks>
    /// Extensions are listed one by one instead of <c>UseAdvancedExtensions()</c>: that bundle also enables
    /// generic attributes (<c>{onclick=…}</c>) and media links (iframes), which would let content inject markup.
    /// </remarks>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .DisableHtml()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseFigures()
            .UseAutoLinks()
            .UseSmartyPants(UnicodePunctuation())
            .UsePreciseSourceLocation()
            .Use<CitationExtension>()
            .Use<TableAlignmentExtension>()
            .Build();

    /// <summary>
    /// Typographic quotes, dashes and ellipses as characters, not the entities Markdig writes by default: the plain
    /// text of a document (definitions, search snippets, meta descriptions) is encoded again where it is shown, and
    /// "&amp;ldquo;" would reach the reader as text.
    /// </summary>
    private static SmartyPantOptions UnicodePunctuation()
    {
        var options = new SmartyPantOptions();
        foreach (var (type, entity) in options.Mapping.ToList())
        {
            options.Mapping[type] = WebUtility.HtmlDecode(entity);
        }
        return options;
    }
}
