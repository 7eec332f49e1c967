using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Briefing;
using CyberDiplomacy.Core.Briefing.Epub;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Api;

/// <summary>
/// <c>/briefing.epub</c>: the pack of <c>/briefing</c>, same parameters, as an EPUB 3 to read offline. Names that do
/// not exist are a 404 and an empty or too large choice a 400, answered by the site's error pages (the page at
/// <c>/briefing</c> explains the same choice in words).
/// </summary>
public static class BriefingDownloads
{
    public static WebApplication MapBriefingDownloads(this WebApplication app)
    {
        app.MapGet("/briefing.epub", async Task<IResult> (HttpContext context, BriefingReader reader, IStringLocalizer<SharedResource> text,
                IOptions<KnowledgeBaseOptions> options, string? tag, string[]? articles, string[]? documents, CancellationToken cancellationToken) =>
            {
                var selection = BriefingSelection.Parse(tag, articles ?? [], documents ?? [], out var malformed);
                var outcome = await reader.ReadAsync(selection, malformed, UiLanguage.Current, cancellationToken);
                if (outcome.Pack is not { } pack)
                {
                    return outcome.Problem == BriefingProblem.NotFound ? TypedResults.NotFound() : TypedResults.BadRequest();
                }
                var siteUrl = SiteFeeds.SiteUrl(context, options.Value);
                var modified = new DateTimeOffset(DateTime.SpecifyKind(pack.LastUpdated ?? DateTime.UtcNow.Date, DateTimeKind.Utc));
                var labels = BriefingWording.Labels(pack, DateOnly.FromDateTime(DateTime.UtcNow), siteUrl, text);
                var epub = BriefingEpub.Write(pack, labels, siteUrl, siteUrl + "/briefing?" + pack.Selection.ToQueryString(), modified);
                return TypedResults.File(epub, EpubArchive.MediaType, pack.Selection.FileName("epub"));
            })
            .CachedAsPage();
        return app;
    }
}
