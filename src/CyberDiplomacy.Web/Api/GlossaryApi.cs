using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Export;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

/// <summary><c>/api/glossary</c>: terms in the shape every glossary export shares (<see cref="ExportedTerm"/>).</summary>
public static class GlossaryApi
{
    public static WebApplication MapGlossaryApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/glossary").RequireRateLimiting(KnowledgeBaseHosting.ApiRateLimitPolicy);
        api.MapGet("/", async (KnowledgeBaseReader reader, CancellationToken cancellationToken) =>
            TypedResults.Ok(await reader.ExportTermsAsync(cancellationToken)));
        api.MapGet("/{slug}", async Task<Results<Ok<ExportedTerm>, NotFound<SearchApi.ErrorResponse>>> (string slug, KnowledgeBaseReader reader, CancellationToken cancellationToken) =>
        {
            var term = SiteUrls.IsValidSlug(slug) ? await reader.FindTermAsync(slug, cancellationToken) : null;
            return term is null
                ? TypedResults.NotFound(new SearchApi.ErrorResponse($"No glossary term '{Truncate(slug)}'."))
                : TypedResults.Ok(ExportedTerm.From(term));
        });
        return app;
    }

    private static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
