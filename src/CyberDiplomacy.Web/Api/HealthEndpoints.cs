using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Web.Api;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: store and index open (liveness: restart me if not). <c>/readyz</c>: content ingested and not
    /// shutting down (readiness: send me readers). Kept apart so a slow start or a drain never gets a pod restarted.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", async Task<IResult> (IDbContextFactory<KnowledgeBaseDbContext> databases, SearchIndex index, CancellationToken cancellationToken) =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var storeOpen = await db.Database.CanConnectAsync(cancellationToken);
            var documents = index.DocumentCount;
            return storeOpen
                ? TypedResults.Ok(new { status = "ok", documents })
                : TypedResults.Json(new { status = "unavailable", documents }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/readyz", IResult (ContentIngestionService ingestion) => ingestion.IsReady
            ? TypedResults.Ok(new { status = "ready" })
            : TypedResults.Json(new { status = "not-ready" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
