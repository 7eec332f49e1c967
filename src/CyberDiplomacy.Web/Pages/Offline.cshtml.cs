using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages;

/// <summary>
/// What the service worker (wwwroot/sw.js) shows, from its cache, for a page the reader never opened while the network
/// is gone. Precached when the worker installs; reachable online too, like any page.
/// </summary>
[CachedPage]
public sealed class OfflineModel(PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public void OnGet()
    {
        meta.Title = text["Offline.Title"];
        meta.Description = text["Offline.Text"];
        meta.NoIndex = true;
    }
}
