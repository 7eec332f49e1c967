using System.Globalization;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Indonesia;

/// <summary><c>/indonesia</c>: Indonesia's relation to each document, grouped by status, under a summary computed from the same rows.</summary>
[CachedPage]
public sealed class IndexModel(DocumentsReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IndonesiaOverview Overview { get; private set; } = default!;

    /// <summary>
    /// One sentence from the counts, never written by hand: treaties joined out of the catalogue's treaties, then how
    /// many documents each status has (in the vocabulary's order), so it stays true as documents are added.
    /// </summary>
    public string Summary
    {
        get
        {
            var treaties = string.Format(CultureInfo.CurrentCulture, text["Indonesia.Summary"], Overview.TreatiesJoined, Overview.Treaties);
            if (Overview.Count == 0) return treaties;
            var statuses = Overview.Groups.Select(g => string.Format(CultureInfo.CurrentCulture, text["Indonesia.SummaryStatus." + g.Status], g.Entries.Count));
            return $"{treaties} {string.Format(CultureInfo.CurrentCulture, text["Indonesia.SummaryOf"], Overview.Count)} {string.Join(", ", statuses)}.";
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await reader.IndonesiaAsync(cancellationToken);
        meta.Title = text["Indonesia.Title"];
        meta.Description = text["Indonesia.Description"];
        meta.CanonicalPath = SiteUrls.Indonesia;
        meta.Breadcrumbs.Add((text["Indonesia.Title"], null));
    }
}
