using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown.Citations;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Pages.Documents;

[CachedPage]
public sealed class ShowModel(DocumentsReader reader, IOptions<KnowledgeBaseOptions> options, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public DocumentPage Details { get; private set; } = default!;
    public string? EditUrl { get; private set; }

    public PartialDate Adopted => Date(Details.Document.Adopted) ?? default;
    public PartialDate? InForce => Date(Details.Document.InForce);
    public PartialDate? IndonesiaDate => Date(Details.Document.IndonesiaDate);

    /// <summary>Whether the text cites the source, so its entry can link back to the first citation (as on article pages).</summary>
    public bool IsCited(DocumentSource source) =>
        source.CitationId is not null && Details.Document.Html.Contains($"id=\"{CitationAnchors.Citation(source.Position, 1)}\"", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await reader.GetDocumentAsync(slug, cancellationToken);
        if (page is null) return NotFound();
        Details = page;
        EditUrl = EditLinks.For(options.Value, page.Document.RelativePath);
        meta.Title = page.Document.Symbol is { } symbol && !page.Document.Title.Contains(symbol, StringComparison.Ordinal)
            ? $"{page.Document.Title} ({symbol})" : page.Document.Title;
        meta.Description = page.Document.Summary;
        meta.CanonicalPath = page.Document.Url;
        meta.ContentLang = page.Document.Lang;
        meta.OpenGraphType = "article";
        meta.Updated = page.Document.Updated;
        meta.UpdatedSource = page.Document.UpdatedSource;
        meta.Breadcrumbs.Add((text["Nav.Documents"], SiteUrls.Documents));
        meta.Breadcrumbs.Add((page.Document.Title, null));
        return Page();
    }

    private static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var date) ? date : null;
}
