using System.Diagnostics;
using CyberDiplomacy.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CyberDiplomacy.Core.Search;

/// <summary>Runs a reader's query: ranking, filters with counts, snippets, "did you mean" and the definition card.</summary>
public sealed class SearchService(SearchIndex index, SuggestionCatalog catalog)
{
    private const int RerankWindow = 200;
    private const float PreferredLangFactor = 1.3f;
    // Articles are the hub documents: on an otherwise close call they should edge out a short glossary entry.
    private const float ArticleFactor = 1.2f;

    public SearchResults Search(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        request = SearchLimits.Clamp(request);
        var parts = UserQuery.Parse(request.Query);
        var display = UserQuery.Describe(parts);
        var (page, size) = (request.Page, request.Size);
        var results = index.Read(searcher =>
        {
            var builder = new SearchQueryBuilder(index.Analyzers);
            var outcome = Run(searcher, builder, parts, request, page, size, requireMost: true);
            if (outcome.Total == 0) outcome = Run(searcher, builder, parts, request, page, size, requireMost: false);
            string? suggestion = null;
            var showingSuggestion = false;
            var spelling = new SpellingSuggester(builder);
            if (parts.Count > 0 && (outcome.Total < 3 || spelling.HasUnknownWord(searcher, parts)))
            {
                suggestion = spelling.Suggest(searcher, parts);
                if (suggestion is not null && outcome.Total == 0)
                {
                    var corrected = UserQuery.Parse(suggestion);
                    outcome = Run(searcher, builder, corrected, request, page, size, requireMost: false);
                    showingSuggestion = outcome.Total > 0;
                }
            }
            return (outcome, suggestion, showingSuggestion);
        });
        var card = FindCard(parts, results.suggestion, results.showingSuggestion);
        return new SearchResults(display, results.outcome.Total, stopwatch.Elapsed.TotalMilliseconds, results.suggestion,
            results.showingSuggestion, results.outcome.Hits, results.outcome.Facets, card, page, size);
    }

    private sealed record Outcome(int Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets);

    private static Outcome Run(IndexSearcher searcher, SearchQueryBuilder builder, IReadOnlyList<QueryPart> parts,
        SearchRequest request, int page, int size, bool requireMost)
    {
        var built = builder.Build(parts, requireMost);
        if (built is null) return new Outcome(0, [], FacetCounts.Empty);
        var facets = new FacetCollector();
        var window = Math.Max(RerankWindow, page * size);
        var collector = TopScoreDocCollector.Create(window, docsScoredInOrder: true);
        var (type, tag, lang) = (request.Type, request.Tag, request.Lang);
        ICollector ranked = FilteringCollector.Filters(type, tag, lang) ? new FilteringCollector(collector, type, tag, lang) : collector;
        // One pass: facets count every match, the top documents only the ones the filters let through.
        searcher.Search(built.Query, MultiCollector.Wrap(ranked, facets));
        var top = collector.GetTopDocs();
        // Words near each other count only among the best matches: the same boost, without reading positions of every match.
        if (built.Proximity is not null && top.ScoreDocs.Length > 0) top = ProximityRescorer.Rescore(searcher, top, built.Proximity);
        var priors = new Priors(searcher.IndexReader, request.PreferredLang);
        var reranked = top.ScoreDocs
            .Select(sd => (sd.Doc, Score: sd.Score * priors.Factor(sd.Doc)))
            .OrderByDescending(x => x.Score)
            .Skip((page - 1) * size)
            .Take(size)
            .ToList();
        var snippets = new SnippetBuilder(QueryTermExtractor.GetTerms(built.Query, false, SearchFields.Body).Select(t => t.Term).Distinct().ToList());
        var hits = reranked.Select(x => ToHit(searcher, snippets, x.Doc, x.Score)).ToList();
        return new Outcome(top.TotalHits, hits, facets.Counts);
    }

    /// <summary>Ranking priors read from doc values, so re-ranking the window never loads stored documents.</summary>
    private sealed class Priors
    {
        private readonly SortedDocValues? _types;
        private readonly SortedDocValues? _langs;
        private readonly int _articleOrd;
        private readonly int _preferredOrd;

        public Priors(IndexReader reader, string? preferredLang)
        {
            _types = MultiDocValues.GetSortedValues(reader, SearchFields.Type);
            _langs = MultiDocValues.GetSortedValues(reader, SearchFields.Lang);
            _articleOrd = Ord(_types, "article");
            _preferredOrd = preferredLang is null ? -2 : Ord(_langs, preferredLang);
        }

        public float Factor(int doc) =>
            (_langs is not null && _langs.GetOrd(doc) == _preferredOrd ? PreferredLangFactor : 1f)
            * (_types is not null && _types.GetOrd(doc) == _articleOrd ? ArticleFactor : 1f);

        private static int Ord(SortedDocValues? values, string value) => values is null ? -2 : Math.Max(-2, values.LookupTerm(new Lucene.Net.Util.BytesRef(value)));
    }

    private static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal)
    {
        SearchFields.Type, SearchFields.Slug, SearchFields.Title, SearchFields.Lang, SearchFields.Summary, SearchFields.Body,
    };

    private static SearchHit ToHit(IndexSearcher searcher, SnippetBuilder snippets, int doc, float score)
    {
        var stored = searcher.Doc(doc, HitFields);
        var snippet = snippets.Build(searcher.IndexReader, doc, stored.Get(SearchFields.Body) ?? "")
            ?? System.Net.WebUtility.HtmlEncode(stored.Get(SearchFields.Summary) ?? "");
        var type = stored.Get(SearchFields.Type);
        var slug = stored.Get(SearchFields.Slug);
        var kind = DocumentKinds.TryParseApiName(type, out var parsed) ? parsed : DocumentKind.Article;
        return new SearchHit(type, slug, stored.Get(SearchFields.Title), SiteUrls.For(kind, slug), snippet, stored.Get(SearchFields.Lang), score);
    }

    private TermCard? FindCard(IReadOnlyList<QueryPart> parts, string? suggestion, bool showingSuggestion)
    {
        var source = showingSuggestion && suggestion is not null ? UserQuery.Parse(suggestion) : parts;
        var included = source.Where(p => !p.IsExcluded).Select(p => p.Text).ToList();
        if (included.Count == 0) return null;
        var whole = catalog.FindTermCard(string.Join(' ', included));
        if (whole is not null) return whole;
        // "apa itu diplomasi siber": try the query without its leading question words.
        for (var skip = 1; skip < included.Count; skip++)
        {
            var card = catalog.FindTermCard(string.Join(' ', included.Skip(skip)));
            if (card is not null) return card;
        }
        return null;
    }
}
