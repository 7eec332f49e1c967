using System.Diagnostics;
using System.Globalization;
using CyberDiplomacy.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

public static class SearchApi
{
    public sealed record SearchHitDto(string Type, string Slug, string Title, string Url, string Snippet, string Lang, double Score);
    public sealed record SearchResponse(string Query, int Total, double TookMs, string? Suggestion, IReadOnlyList<SearchHitDto> Hits);
    public sealed record SuggestionDto(string Title, string Type, string Url);
    public sealed record ErrorResponse(string Error);

    public static WebApplication MapSearchApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(KnowledgeBaseHosting.ApiRateLimitPolicy);
        api.MapGet("/search", Search);
        api.MapGet("/suggest", Suggest);
        return app;
    }

    private static Results<Ok<SearchResponse>, BadRequest<ErrorResponse>> Search(
        SearchService search, HttpResponse response, string? q, string? type, string? tag, string? lang, string? page, string? size)
    {
        var start = Stopwatch.GetTimestamp();
        var request = SearchLimits.Read(q, type, tag, lang, page, size, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (request.Problem is not null) return TypedResults.BadRequest(new ErrorResponse(request.Problem));
        var results = search.Search(request.Request);
        var body = new SearchResponse(results.Query, results.Total, Math.Round(results.TookMs, 2), results.Suggestion,
            results.Hits.Select(h => new SearchHitDto(h.Type, h.Slug, h.Title, h.Url, h.Snippet, h.Lang, Math.Round(h.Score, 4))).ToList());
        ServerTiming.Set(response, start);
        return TypedResults.Ok(body);
    }

    private static Results<Ok<IReadOnlyList<SuggestionDto>>, BadRequest<ErrorResponse>> Suggest(SuggestionCatalog catalog, HttpResponse response, string? q)
    {
        var start = Stopwatch.GetTimestamp();
        if (q is { Length: > SearchLimits.MaxSuggestLength }) return TypedResults.BadRequest(new ErrorResponse($"q is too long (at most {SearchLimits.MaxSuggestLength} characters)."));
        IReadOnlyList<SuggestionDto> suggestions = catalog.Suggest(q).Select(s => new SuggestionDto(s.Title, s.Type, s.Url)).ToList();
        ServerTiming.Set(response, start);
        return TypedResults.Ok(suggestions);
    }
}
