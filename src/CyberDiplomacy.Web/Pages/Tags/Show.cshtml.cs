using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Tags;

[CachedPage]
public sealed class ShowModel(KnowledgeBaseReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public string Tag { get; private set; } = "";
    public IReadOnlyList<DocumentCard> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string tag, CancellationToken cancellationToken)
    {
        if (!SiteUrls.IsValidSlug(tag)) return NotFound();
        Documents = await reader.TaggedAsync(tag, cancellationToken);
        if (Documents.Count == 0) return NotFound();
        Tag = tag;
        meta.Title = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Tag.Title"], tag);
        meta.Description = meta.Title;
        meta.CanonicalPath = SiteUrls.Tag(tag);
        meta.Breadcrumbs.Add((meta.Title, null));
        return Page();
    }
}
