using System.Diagnostics;
using System.Globalization;
using CyberDiplomacy.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

public static class SearchApi
{
    public const int MaxPage = 100;
    public const int MaxSize = 50;

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
        var error = SearchRequestValidation.Validate(q, type, tag, lang, page, size, out var pageNumber, out var pageSize);
        if (error is not null) return TypedResults.BadRequest(new ErrorResponse(error));
        var results = search.Search(new SearchRequest(q, type, tag, lang, pageNumber, pageSize, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        var body = new SearchResponse(results.Query, results.Total, Math.Round(results.TookMs, 2), results.Suggestion,
            results.Hits.Select(h => new SearchHitDto(h.Type, h.Slug, h.Title, h.Url, h.Snippet, h.Lang, Math.Round(h.Score, 4))).ToList());
        ServerTiming.Set(response, start);
        return TypedResults.Ok(body);
    }

    private static Results<Ok<IReadOnlyList<SuggestionDto>>, BadRequest<ErrorResponse>> Suggest(SuggestionCatalog catalog, HttpResponse response, string? q)
    {
        var start = Stopwatch.GetTimestamp();
        if (q is { Length: > 100 }) return TypedResults.BadRequest(new ErrorResponse("q is too long (at most 100 characters)."));
        IReadOnlyList<SuggestionDto> suggestions = catalog.Suggest(q).Select(s => new SuggestionDto(s.Title, s.Type, s.Url)).ToList();
        ServerTiming.Set(response, start);
        return TypedResults.Ok(suggestions);
    }
}
