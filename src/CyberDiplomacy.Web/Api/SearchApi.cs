using System.Diagnostics;
using System.Globalization;
using CyberDiplomacy.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberDiplomacy.Web.Api;

public static class SearchApi
{
    public sealed record SectionDto(string Title, string Url, string Snippet);
    public sealed record SearchHitDto(string Type, string Slug, string Title, string Url, string Snippet, string Lang, double Score, IReadOnlyList<SectionDto> Sections);
    /// <summary><c>source</c> is "term" (a glossary definition) or "section" (sentences quoted from a section; <c>url</c> has its #anchor).</summary>
    public sealed record AnswerDto(string Text, string Url, string Source);
    public sealed record SearchResponse(string Query, int Total, double TookMs, string? Suggestion, AnswerDto? Answer, IReadOnlyList<SearchHitDto> Hits);
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
        var answer = results.Answer is { } a ? new AnswerDto(a.Text, a.Url, a.Source) : null;
        var body = new SearchResponse(results.Query, results.Total, Math.Round(results.TookMs, 2), results.Suggestion, answer,
            results.Hits.Select(h => new SearchHitDto(h.Type, h.Slug, h.Title, h.Url, h.Snippet, h.Lang, Math.Round(h.Score, 4),
                h.Sections.Select(s => new SectionDto(s.Title, s.Url, s.Snippet)).ToList())).ToList());
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
