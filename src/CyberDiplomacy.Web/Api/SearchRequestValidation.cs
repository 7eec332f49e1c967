using System.Globalization;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Web.Api;

/// <summary>Bounds on search parameters, shared by the API (400 with a message) and the results page (shown as a notice).</summary>
public static class SearchRequestValidation
{
    public static string? Validate(string? q, string? type, string? tag, string? lang, string? page, string? size, out int pageNumber, out int pageSize)
    {
        pageNumber = 1;
        pageSize = 10;
        if (q is { Length: > UserQuery.MaxLength }) return $"q is too long (at most {UserQuery.MaxLength} characters).";
        if (type is not null && type is not ("article" or "term")) return "type must be 'article' or 'term'.";
        if (tag is not null && !SiteUrls.IsValidSlug(tag)) return "tag must be lowercase letters, digits and hyphens.";
        if (lang is not null && lang is not ("id" or "en")) return "lang must be 'id' or 'en'.";
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1 || pageNumber > SearchApi.MaxPage))
        {
            pageNumber = 1;
            return $"page must be a whole number from 1 to {SearchApi.MaxPage}.";
        }
        if (size is not null && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > SearchApi.MaxSize))
        {
            pageSize = 10;
            return $"size must be a whole number from 1 to {SearchApi.MaxSize}.";
        }
        return null;
    }
}
