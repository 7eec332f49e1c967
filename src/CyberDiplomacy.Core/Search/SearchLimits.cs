using System.Globalization;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Search;

/// <summary>A search request as read from a query string: the usable request, and what was wrong with the input, if anything.</summary>
public sealed record CheckedSearchRequest(SearchRequest Request, string? Problem);

/// <summary>
/// The bounds on search parameters, in one place: the API answers 400 with <see cref="CheckedSearchRequest.Problem"/>,
/// the results page shows it as a notice and searches the clamped request, the service clamps whatever it is given.
/// </summary>
public static class SearchLimits
{
    public const int MaxPage = 100;
    public const int MaxSize = 50;
    public const int DefaultSize = 10;
    public const int MaxSuggestLength = 100;

    public static CheckedSearchRequest Read(string? q, string? type, string? tag, string? lang, string? page, string? size, string? preferredLang)
    {
        var problems = new List<string>();
        if (q is { Length: > UserQuery.MaxLength })
        {
            problems.Add($"q is too long (at most {UserQuery.MaxLength} characters).");
            q = q[..UserQuery.MaxLength];
        }
        if (type is not null && !DocumentKinds.TryParseApiName(type, out _))
        {
            problems.Add($"type must be one of: {string.Join(", ", Enum.GetValues<DocumentKind>().Select(k => "'" + k.ToApiName() + "'"))}.");
            type = null;
        }
        if (tag is not null && !SiteUrls.IsValidSlug(tag))
        {
            problems.Add("tag must be lowercase letters, digits and hyphens.");
            tag = null;
        }
        if (lang is not null && !IsLanguage(lang))
        {
            problems.Add("lang must be 'id' or 'en'.");
            lang = null;
        }
        var pageNumber = ReadNumber(page, 1, MaxPage, "page", problems);
        var pageSize = ReadNumber(size, DefaultSize, MaxSize, "size", problems);
        return new CheckedSearchRequest(new SearchRequest(q, type, tag, lang, pageNumber, pageSize, preferredLang), problems.FirstOrDefault());
    }

    /// <summary>The request within bounds (for callers that build one directly).</summary>
    public static SearchRequest Clamp(SearchRequest request) => request with
    {
        Page = Math.Clamp(request.Page, 1, MaxPage),
        Size = Math.Clamp(request.Size, 1, MaxSize),
        Type = DocumentKinds.TryParseApiName(request.Type, out var kind) ? kind.ToApiName() : null,
        Tag = string.IsNullOrEmpty(request.Tag) ? null : request.Tag,
        Lang = IsLanguage(request.Lang) ? request.Lang : null,
    };

    public static bool IsLanguage(string? lang) => lang is "id" or "en";

    private static int ReadNumber(string? value, int fallback, int max, string name, List<string> problems)
    {
        if (value is null) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max) return number;
        problems.Add($"{name} must be a whole number from 1 to {max}.");
        return fallback;
    }
}
