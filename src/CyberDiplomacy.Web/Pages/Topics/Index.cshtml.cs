using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Topics;

[CachedPage]
public sealed class IndexModel(WayfindingReader wayfinding, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<TopicCard> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Topics = await wayfinding.ListTopicsAsync(cancellationToken);
        meta.Title = text["Topics.Title"];
        meta.Description = text["Topics.Description"];
        meta.CanonicalPath = SiteUrls.Topics;
        meta.Breadcrumbs.Add((text["Nav.Topics"], null));
    }
}
