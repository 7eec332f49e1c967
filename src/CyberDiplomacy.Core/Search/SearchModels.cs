namespace CyberDiplomacy.Core.Search;

public sealed record SearchRequest(string? Query, string? Type = null, string? Tag = null, string? Lang = null,
    int Page = 1, int Size = 10, string? PreferredLang = null);

public sealed record SearchHit(string Type, string Slug, string Title, string Url, string Snippet, string Lang, float Score);

/// <summary>A glossary term the query names, shown as a definition card above the results.</summary>
public sealed record TermCard(string Slug, string Term, string? English, string? Abbreviation, string Definition, string Url);

public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<string, int> Langs,
    IReadOnlyDictionary<string, int> Tags)
{
    public static FacetCounts Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}

public sealed record SearchResults(
    string Query,
    int Total,
    double TookMs,
    string? Suggestion,
    bool ShowingSuggestion,
    IReadOnlyList<SearchHit> Hits,
    FacetCounts Facets,
    TermCard? Card,
    int Page,
    int Size)
{
    public int PageCount => Size == 0 ? 0 : (Total + Size - 1) / Size;
}
