namespace CyberDiplomacy.Core.Search;

public sealed record SearchRequest(string? Query, string? Type = null, string? Tag = null, string? Lang = null,
    int Page = 1, int Size = 10, string? PreferredLang = null);

/// <param name="Sections">Up to three passages of an article or document that hold the query's words, best first.</param>
public sealed record SearchHit(string Type, string Slug, string Title, string Url, string Snippet, string Lang, float Score,
    IReadOnlyList<SectionHit> Sections);

/// <summary>One passage of a hit: its heading, its url with the heading's <c>#anchor</c>, and an encoded snippet with marks.</summary>
public sealed record SectionHit(string Title, string Url, string Snippet);

/// <summary>
/// The answer to a question, quoted from our own text: a glossary definition (<see cref="Source"/> "term") or one or
/// two sentences of a section ("section"). <see cref="Text"/> is plain text; <see cref="Title"/> names where it is from.
/// </summary>
public sealed record SearchAnswer(string Text, string Url, string Source, string Title);

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
    int Size,
    SearchAnswer? Answer = null)
{
    public int PageCount => Size == 0 ? 0 : (Total + Size - 1) / Size;
}
