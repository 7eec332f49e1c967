using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Web.Api;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: store and index open (liveness). <c>/readyz</c>: content ingested, ready for readers.</summary>
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
            : TypedResults.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
