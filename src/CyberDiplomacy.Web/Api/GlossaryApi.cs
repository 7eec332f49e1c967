using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

public static class GlossaryApi
{
    public sealed record TermDto(string Slug, string Term, string En, string? Abbr, IReadOnlyList<string> Aliases, string Definition, string Url);

    public static WebApplication MapGlossaryApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/glossary").RequireRateLimiting(KnowledgeBaseHosting.ApiRateLimitPolicy);
        api.MapGet("/", async (KnowledgeBaseReader reader, CancellationToken cancellationToken) =>
            TypedResults.Ok((await reader.ListTermsAsync(cancellationToken)).Select(ToDto).ToList()));
        api.MapGet("/{slug}", async Task<Results<Ok<TermDto>, NotFound<SearchApi.ErrorResponse>>> (string slug, KnowledgeBaseReader reader, CancellationToken cancellationToken) =>
        {
            var term = SiteUrls.IsValidSlug(slug) ? await reader.FindTermAsync(slug, cancellationToken) : null;
            return term is null
                ? TypedResults.NotFound(new SearchApi.ErrorResponse($"No glossary term '{Truncate(slug)}'."))
                : TypedResults.Ok(ToDto(term));
        });
        return app;
    }

    private static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;

    private static TermDto ToDto(GlossaryTerm term) =>
        new(term.Slug, term.Title, term.English, term.Abbreviation, term.Aliases.Select(a => a.Alias).ToList(), term.DefinitionText, SiteUrls.Term(term.Slug));
}
