using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Articles;

[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class IndexModel(KnowledgeBaseReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<DocumentCard> Indonesian { get; private set; } = [];
    public IReadOnlyList<DocumentCard> English { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await reader.ListArticlesAsync(cancellationToken: cancellationToken);
        Indonesian = all.Where(a => a.Lang == "id").ToList();
        English = all.Where(a => a.Lang == "en").ToList();
        meta.Title = text["Articles.Title"];
        meta.Description = text["Articles.Description"];
        meta.CanonicalPath = "/articles";
        meta.Breadcrumbs.Add((text["Nav.Articles"], null));
    }
}
