using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Pages.Briefing;

/// <summary>
/// <c>/briefing?tag=…&amp;articles=…&amp;documents=…</c>: a pack to read on screen, print or save as PDF. When the pack
/// cannot be made, the same page says why: 404 for names that do not exist, 400 for an empty or too large choice.
/// </summary>
[CachedPage]
public sealed class IndexModel(BriefingReader reader, PageMetadata meta, IOptions<KnowledgeBaseOptions> options, IStringLocalizer<SharedResource> text) : PageModel
{
    public BriefingOutcome Outcome { get; private set; } = BriefingOutcome.Refused(BriefingProblem.NothingChosen);
    public BriefingPack Pack => Outcome.Pack!;
    public PackMarkup Markup { get; private set; } = default!;
    public string Title { get; private set; } = "";
    public string SiteUrl { get; private set; } = "";
    public string PackUrl { get; private set; } = "";
    public string EpubUrl { get; private set; } = "";
    public DateOnly Compiled { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task<IActionResult> OnGetAsync(string? tag, string[]? articles, string[]? documents, CancellationToken cancellationToken)
    {
        var selection = BriefingSelection.Parse(tag, articles ?? [], documents ?? [], out var malformed);
        Outcome = await reader.ReadAsync(selection, malformed, UiLanguage.Current, cancellationToken);
        meta.NoIndex = true; // a pack repeats pages the site already has
        meta.Breadcrumbs.Add((text["Briefing.Breadcrumb"], null));
        if (Outcome.Pack is not { } pack)
        {
            Response.StatusCode = Outcome.Problem == BriefingProblem.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            Title = Outcome.Problem == BriefingProblem.NotFound ? text["Briefing.NotFound.Title"] : text["Briefing.Choose.Title"];
            meta.Title = Title;
            return Page();
        }
        SiteUrl = Api.SiteFeeds.SiteUrl(HttpContext, options.Value);
        var query = "?" + pack.Selection.ToQueryString();
        PackUrl = SiteUrl + "/briefing" + query;
        EpubUrl = "/briefing.epub" + query;
        Markup = new PackMarkup(pack, PackLocations.OnePage, SiteUrl, MarkupSyntax.Html);
        Title = BriefingWording.Title(pack, text);
        meta.Title = Title;
        meta.Description = text["Briefing.Description"];
        meta.CanonicalPath = "/briefing" + query;
        if (pack.Selection.Tag is { } chosenTag)
        {
            meta.Breadcrumbs.Insert(0, (string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Tag.Title"], chosenTag), Core.Content.SiteUrls.Tag(chosenTag)));
        }
        return Page();
    }
}
