using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Topics;

[CachedPage]
public sealed class ShowModel(WayfindingReader wayfinding, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public TopicHub Hub { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var hub = await wayfinding.GetTopicAsync(slug, cancellationToken);
        if (hub is null) return NotFound();
        Hub = hub;
        meta.Title = hub.Topic.Title;
        meta.Description = hub.Topic.Summary;
        meta.CanonicalPath = SiteUrls.Topic(hub.Topic.Slug);
        meta.ContentLang = hub.Topic.Lang;
        meta.Updated = hub.Topic.Updated;
        meta.UpdatedSource = hub.Topic.UpdatedSource;
        meta.Breadcrumbs.Add((text["Nav.Topics"], SiteUrls.Topics));
        meta.Breadcrumbs.Add((hub.Topic.Title, null));
        return Page();
    }

    /// <summary>A date as written in content (day, month or year only) in the reader's language.</summary>
    public static string DisplayDate(string date) =>
        PartialDate.TryParse(date, out var parsed) ? parsed.ToDisplayString(System.Globalization.CultureInfo.CurrentCulture) : date;
}
