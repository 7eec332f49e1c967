using Markdig;
using Markdig.Extensions.AutoIdentifiers;

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
            .UseSmartyPants()
            .UsePreciseSourceLocation()
            .Build();
}
