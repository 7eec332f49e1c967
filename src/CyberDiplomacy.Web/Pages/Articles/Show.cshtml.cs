using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Pages.Articles;

[CachedPage(KeyedByReadingPath = true)]
public sealed class ShowModel(KnowledgeBaseReader reader, RelatedDocuments related, IOptions<KnowledgeBaseOptions> options,
    PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public ArticlePage Details { get; private set; } = default!;
    public IReadOnlyList<RelatedDocument> Related { get; private set; } = [];
    public string? EditUrl { get; private set; }
    public string Permalink { get; private set; } = "";
    public int ReadingMinutes => ReadingTime.Minutes(Details.Article.WordCount);

    /// <summary>Whether the text cites the source, so its entry can link back to the first citation.</summary>
    public bool IsCited(DocumentSource source) =>
        source.CitationId is not null && Details.Article.Html.Contains($"id=\"{Core.Content.Markdown.Citations.CitationAnchors.Citation(source.Position, 1)}\"", StringComparison.Ordinal);

    /// <param name="readingPath">The reading path the article was opened from (<c>?path=</c>); an unknown one is ignored.</param>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "path")] string? readingPath, CancellationToken cancellationToken)
    {
        var page = await reader.GetArticleAsync(slug, readingPath, cancellationToken);
        if (page is null) return NotFound();
        Details = page;
        Related = related.For(slug, page.Article.Lang);
        EditUrl = EditLinks.For(options.Value, page.Article.RelativePath);
        Permalink = Api.SiteFeeds.SiteUrl(HttpContext, options.Value) + page.Article.Url;
        meta.Title = page.Article.Title;
        meta.Description = page.Article.Summary;
        meta.CanonicalPath = page.Article.Url;
        meta.ContentLang = page.Article.Lang;
        meta.OpenGraphType = "article";
        meta.Updated = page.Article.Updated;
        meta.UpdatedSource = page.Article.UpdatedSource;
        if (page.Translation is not null)
        {
            meta.Alternates.Add((page.Article.Lang, page.Article.Url));
            meta.Alternates.Add((page.Translation.Lang, page.Translation.Url));
        }
        if (page.Trail is { } trail)
        {
            meta.Breadcrumbs.Add((trail.Topic.Title, trail.Topic.Url));
        }
        else
        {
            meta.Breadcrumbs.Add((text["Nav.Articles"], "/articles"));
        }
        meta.Breadcrumbs.Add((page.Article.Title, null));
        return Page();
    }
}
