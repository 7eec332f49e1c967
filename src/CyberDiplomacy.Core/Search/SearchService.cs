using System.Diagnostics;
using CyberDiplomacy.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CyberDiplomacy.Core.Search;

/// <summary>Runs a reader's query: ranking, filters with counts, snippets, "did you mean" and the definition card.</summary>
/// <param name="misses">Counts queries that found nothing, for editors (<see cref="SearchMissLog"/>); none in the CLI and benchmarks.</param>
public sealed class SearchService(SearchIndex index, SuggestionCatalog catalog, SearchMissLog? misses = null)
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
        var concepts = Concepts(parts);
        var results = index.Read(searcher =>
        {
            var builder = new SearchQueryBuilder(index.Analyzers);
            string? suggestion = null;
            var showingSuggestion = false;
            Outcome? outcome = null;
            // Only a word in no document is ever corrected; the choice between the typed and the corrected query is
            // made before either is ranked, so only the results shown are built.
            var spelling = new SpellingSuggester(builder, concepts);
            if (parts.Count > 0 && spelling.HasUnknownWord(searcher, parts))
            {
                suggestion = spelling.Suggest(searcher, parts);
                var corrected = suggestion is null ? null : UserQuery.Parse(suggestion);
                // Decided by how much of the query the results match together, not by how many results there are:
                // "kedaulatn siber" finds a hundred documents, all of them for "siber" alone.
                if (corrected is not null && Coverage(searcher, builder, corrected) is var better && better > 0
                    && better > Coverage(searcher, builder, parts))
                {
                    var correctedOutcome = RunMostThenAny(searcher, builder, corrected, Concepts(corrected), request, page, size);
                    if (correctedOutcome.Total > 0)
                    {
                        outcome = correctedOutcome;
                        showingSuggestion = true;
                    }
                }
            }
            outcome ??= RunMostThenAny(searcher, builder, parts, concepts, request, page, size);
            return (outcome, suggestion, showingSuggestion);
        });
        // An English phrasing that names one concept ("sovereignty of states online") gets its definition, as its name would.
        var card = FindCard(parts, results.suggestion, results.showingSuggestion)
            ?? (concepts.Count == 1 || concepts.Count > 1 && concepts[0].Weight >= 1 ? catalog.Card(concepts[0].Slug) : null);
        // Only the first page answers: a reader paging on is browsing, not asking.
        var answer = page == 1 && Question.Detect(request.Query) is { } question
            ? AnswerFinder.Find(question, card, results.outcome.Passages ?? [])
            : null;
        // What readers did not find: a query as typed (not a filter or a page of it) that nothing answered, even corrected.
        if (results.outcome.Total == 0 && page == 1 && request.Type is null && request.Tag is null && request.Lang is null)
        {
            misses?.Record(request.Query);
        }
        return new SearchResults(display, results.outcome.Total, stopwatch.Elapsed.TotalMilliseconds, results.suggestion,
            results.showingSuggestion, results.outcome.Hits, results.outcome.Facets, card, page, size, answer);
    }

    /// <summary>
    /// Glossary terms an English phrasing of the query names (none for most Indonesian queries). None either when the
    /// query is a term's name as it stands ("cybercrime"): the name itself finds the term and the articles about it,
    /// and English pages that use it keep their place.
    /// </summary>
    private IReadOnlyList<ConceptMatch> Concepts(IReadOnlyList<QueryPart> parts)
    {
        var text = string.Join(' ', parts.Where(p => !p.IsExcluded).Select(p => p.Text));
        return text.Length == 0 || catalog.FindTermCard(text) is not null ? [] : catalog.MatchEnglish(text);
    }

    private static Outcome RunMostThenAny(IndexSearcher searcher, SearchQueryBuilder builder, IReadOnlyList<QueryPart> parts,
        IReadOnlyList<ConceptMatch> concepts, SearchRequest request, int page, int size)
    {
        var outcome = Run(searcher, builder, parts, concepts, request, page, size, requireMost: true);
        return outcome.Total > 0 ? outcome : Run(searcher, builder, parts, concepts, request, page, size, requireMost: false);
    }

    /// <summary>
    /// The largest share of the query's units (words, phrases, runs a synonym rule reads as one) that one document
    /// matches together: counted, not ranked, and only when a correction is on the table. A share, because the
    /// correction may read as fewer units ("serangn siber" is two; "serangan siber" one, a synonym run).
    /// </summary>
    private static double Coverage(IndexSearcher searcher, SearchQueryBuilder builder, IReadOnlyList<QueryPart> parts)
    {
        var words = builder.WordClauses(parts, out var units);
        if (words is null) return 0;
        for (var k = units.Count; k >= 1; k--)
        {
            words.MinimumNumberShouldMatch = k;
            var first = new FirstMatchCollector();
            searcher.Search(words, first);
            if (first.Found) return (double)k / units.Count;
        }
        return 0;
    }

    /// <summary>Stops at the first match (Lucene's own way out of a search): coverage asks whether one document matches, not how many.</summary>
    private sealed class FirstMatchCollector : ICollector
    {
        public bool Found { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            if (Found) throw new CollectionTerminatedException();
        }

        public void Collect(int doc)
        {
            Found = true;
            throw new CollectionTerminatedException();
        }
    }

    private sealed record Outcome(int Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets,
        IReadOnlyList<HitPassages>? Passages = null);

    private static Outcome Run(IndexSearcher searcher, SearchQueryBuilder builder, IReadOnlyList<QueryPart> parts,
        IReadOnlyList<ConceptMatch> concepts, SearchRequest request, int page, int size, bool requireMost)
    {
        var built = builder.Build(parts, requireMost, concepts);
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
        var hits = new HitBuilder(searcher, built.Query);
        var passages = reranked.Select(x => hits.Build(x.Doc, x.Score)).ToList();
        return new Outcome(top.TotalHits, passages.Select(p => p.Hit).ToList(), facets.Counts, passages);
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
