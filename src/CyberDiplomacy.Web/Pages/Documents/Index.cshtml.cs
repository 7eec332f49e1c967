using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Documents;

/// <summary>
/// <c>/documents?kind=&amp;body=&amp;decade=&amp;status=&amp;sort=</c>: the catalogue, filtered on the server so the form works
/// without JavaScript; each filter value shows how many documents choosing it would leave.
/// </summary>
[CachedPage]
public sealed class IndexModel(DocumentsReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Body { get; set; }
    [BindProperty(SupportsGet = true)] public string? Decade { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public DocumentCatalogue Catalogue { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalogue = await reader.CatalogueAsync(DocumentFilter.Read(Kind, Body, Decade, Status, Sort), cancellationToken);
        meta.Title = text["Documents.Title"];
        meta.Description = text["Documents.Description"];
        meta.CanonicalPath = "/documents";
        meta.Breadcrumbs.Add((text["Nav.Documents"], null));
    }
}
