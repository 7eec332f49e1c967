using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Timeline;

/// <summary><c>/timeline?track=</c>: documents and events by year, oldest first, with the SVG overview above the list.</summary>
[CachedPage]
public sealed class IndexModel(DocumentsReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Track { get; set; }

    public TimelinePage Timeline { get; private set; } = default!;
    public TimelineChart Chart { get; private set; } = default!;

    /// <summary>The entries by year, in the order the page lists them.</summary>
    public IEnumerable<IGrouping<int, TimelineEntry>> Years => Timeline.Entries.GroupBy(e => e.Date.Year);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Track)) Track = null;
        if (Track is not null && !TimelineTracks.IsKnown(Track)) return NotFound();
        Timeline = await reader.TimelineAsync(Track, cancellationToken);
        Chart = new TimelineChart(Timeline);
        meta.Title = Track is null ? text["Timeline.Title"] : $"{text["Timeline.Title"]}: {text.Track(Track)}";
        meta.Description = text["Timeline.Description"];
        meta.CanonicalPath = Track is null ? SiteUrls.Timeline : SiteUrls.Timeline + "?track=" + Track;
        meta.Breadcrumbs.Add((text["Nav.Timeline"], null));
        return Page();
    }
}
