using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

/// <summary><c>/api/timeline?track=</c>: every document's adoption and every event, oldest first.</summary>
public static class TimelineApi
{
    /// <summary>An entry as the API gives it: the date as written (YYYY-MM-DD, YYYY-MM or YYYY) and the site URL it links to.</summary>
    public sealed record TimelineEntryDto(string Date, string Title, string Track, string Url);

    public static WebApplication MapTimelineApi(this WebApplication app)
    {
        app.MapGet("/api/timeline", Timeline).RequireRateLimiting(KnowledgeBaseHosting.ApiRateLimitPolicy);
        return app;
    }

    private static async Task<Results<Ok<List<TimelineEntryDto>>, BadRequest<SearchApi.ErrorResponse>>> Timeline(
        DocumentsReader reader, string? track, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(track)) track = null; // ?track= with no value is the whole timeline, as on the page
        if (track is not null && !TimelineTracks.IsKnown(track))
        {
            return TypedResults.BadRequest(new SearchApi.ErrorResponse(
                $"Unknown track '{DocumentsApi.Truncate(track)}' (use one of: {string.Join(", ", TimelineTracks.All)})."));
        }
        var timeline = await reader.TimelineAsync(track, cancellationToken);
        return TypedResults.Ok(timeline.Entries.Select(e => new TimelineEntryDto(e.Date.ToString(), e.Title, e.Track, e.Url)).ToList());
    }
}
