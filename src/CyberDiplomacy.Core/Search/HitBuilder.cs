using CyberDiplomacy.Core.Content;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CyberDiplomacy.Core.Search;

/// <summary>A hit with what answering a question needs of it: its body, where the query's terms occur, its ranked sections.</summary>
/// <param name="Weights">The query's terms' weights in this hit (<see cref="PassageRanker.Rank"/>).</param>
internal sealed record HitPassages(SearchHit Hit, string Body, List<SnippetBuilder.Match> Matches, IReadOnlyList<ScoredSection> Sections, double[] Weights);

/// <summary>
/// Turns the ranked documents of one page into hits. Each hit's body term vector is read once, for its snippet and
/// its sections alike; its sections come with its stored fields, so a page of hits costs no query beyond the search.
/// </summary>
internal sealed class HitBuilder
{
    public const int MaxSections = 3;
    // A passage listed under a hit holds at least this share of the best one's score: no trailing weak matches.
    private const double SectionFloor = 0.5;

    private static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal)
    {
        SearchFields.Type, SearchFields.Slug, SearchFields.Title, SearchFields.Lang, SearchFields.Summary, SearchFields.Body, SearchFields.Sections,
    };

    private readonly IndexSearcher _searcher;
    private readonly SnippetBuilder _snippets;
    private readonly PassageRanker _passages;

    public HitBuilder(IndexSearcher searcher, Query query)
    {
        _searcher = searcher;
        var terms = QueryTermExtractor.GetTerms(query, false, SearchFields.Body).Select(t => t.Term).Distinct().ToList();
        _snippets = new SnippetBuilder(terms);
        _passages = new PassageRanker(searcher.IndexReader, terms);
    }

    public HitPassages Build(int doc, float score)
    {
        var stored = _searcher.Doc(doc, HitFields);
        var body = stored.Get(SearchFields.Body) ?? "";
        var matches = _snippets.Matches(_searcher.IndexReader, doc, body.Length);
        var snippet = SnippetBuilder.Build(matches, body, 0, body.Length, SnippetBuilder.MaxFragments)
            ?? System.Net.WebUtility.HtmlEncode(stored.Get(SearchFields.Summary) ?? "");
        var type = stored.Get(SearchFields.Type);
        var slug = stored.Get(SearchFields.Slug);
        var kind = DocumentKinds.TryParseApiName(type, out var parsed) ? parsed : DocumentKind.Article;
        var url = SiteUrls.For(kind, slug);
        var ranked = _passages.Rank(matches, SectionField.Decode(stored.Get(SearchFields.Sections), body.Length), out var weights);
        var shown = ranked.TakeWhile((s, i) => i < MaxSections && s.Score >= SectionFloor * ranked[0].Score)
            .Select(s => new SectionHit(s.Section.Title, SectionUrl(url, s.Section),
                SnippetBuilder.Build(matches, body, s.Section.BodyStart, s.Section.End, 1) ?? SnippetBuilder.Opening(body, s.Section.BodyStart, s.Section.End)))
            .ToList();
        var hit = new SearchHit(type, slug, stored.Get(SearchFields.Title), url, snippet, stored.Get(SearchFields.Lang), score, shown);
        return new HitPassages(hit, body, matches, ranked, weights);
    }

    public static string SectionUrl(string documentUrl, DocumentSection section) => documentUrl + "#" + Uri.EscapeDataString(section.Anchor);
}
