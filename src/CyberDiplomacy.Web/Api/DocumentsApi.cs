using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

/// <summary><c>/api/documents</c>: primary documents with their facts, Indonesia's record and who cites them (<see cref="DocumentFacts"/>).</summary>
public static class DocumentsApi
{
    public static WebApplication MapDocumentsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/documents").RequireRateLimiting(KnowledgeBaseHosting.ApiRateLimitPolicy);
        api.MapGet("/", async (DocumentsReader reader, CancellationToken cancellationToken) =>
            TypedResults.Ok(await reader.ListFactsAsync(cancellationToken)));
        api.MapGet("/{slug}", async Task<Results<Ok<DocumentFacts>, NotFound<SearchApi.ErrorResponse>>> (string slug, DocumentsReader reader, CancellationToken cancellationToken) =>
        {
            var document = await reader.FindFactsAsync(slug, cancellationToken);
            return document is null
                ? TypedResults.NotFound(new SearchApi.ErrorResponse($"No document '{Truncate(slug)}'."))
                : TypedResults.Ok(document);
        });
        return app;
    }

    internal static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
