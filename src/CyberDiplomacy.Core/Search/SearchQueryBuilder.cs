using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Turns parsed user input into a Lucene query: every word across weighted fields; and, apart, the phrase proximity
/// query that re-scores the best matches (sloppy phrases read positions, too costly to run on every match).
/// </summary>
public sealed class SearchQueryBuilder(SearchAnalyzers analyzers)
{
    // Names (terms, aliases, abbreviations, English) and titles outrank summaries, which outrank body text; exact beats stemmed.
    private static readonly (string Field, float Boost)[] WordFields =
    [
        (SearchFields.NamesExact, 6f),
        (SearchFields.Names, 4.5f),
        (SearchFields.TitleExact, 8f),
        (SearchFields.Title, 6f),
        (SearchFields.About, 6f),
        (SearchFields.Summary, 3f),
        (SearchFields.BodyExact, 1.3f),
        (SearchFields.Body, 1f),
    ];

    private static readonly (string Field, float Boost)[] ProximityFields =
    [
        (SearchFields.Names, 12f),
        (SearchFields.Title, 8f),
        (SearchFields.About, 5f),
        (SearchFields.Summary, 6f),
        (SearchFields.Body, 2f),
    ];

    // A glossary term an English phrasing names (see EnglishConcepts) counts almost as much as naming it outright.
    private const float ConceptNameBoost = 30f;
    private const float ConceptAboutBoost = 20f;
    // A synonym the reader did not type ranks a document a little below one with the very words typed.
    private const float SynonymFactor = 0.85f;
    private const float WholeSynonymFactor = 0.3f;

    public QuerySynonyms Synonyms => analyzers.Rules.Synonyms;

    public sealed record Built(Query Query, Query? Proximity);

    /// <summary>Null when nothing searchable is left (only stop words or punctuation, and no concept).</summary>
    public Built? Build(IReadOnlyList<QueryPart> parts, bool requireMost = true, IReadOnlyList<ConceptMatch>? concepts = null)
    {
        var words = WordClauses(parts, out var units);
        var named = ConceptClauses(concepts ?? []);
        if (words is null && named is null) return null;
        if (words is not null && requireMost && words.Clauses.Count >= 2)
        {
            words.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Clauses.Count * 0.6);
        }
        // A document matches on the reader's words or on a concept their English names, never needing both: no
        // coordination factor between the two (a term found only by its concept would lose half its score to it).
        Query matching = named is null ? words! : words is null ? named
            : new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD }, { named, Occur.SHOULD } };
        var query = new BooleanQuery { { matching, Occur.MUST } };
        var phraseText = string.Join(' ', units.Where(u => !u.IsPhrase).Select(u => u.Text));
        BooleanQuery? proximity = null;
        if (units.Count(u => !u.IsPhrase) >= 2)
        {
            proximity = [];
            foreach (var (field, boost) in ProximityFields)
            {
                var phrase = Analyze(field, phraseText, slop: 3);
                if (phrase is null) continue;
                phrase.Boost = boost;
                proximity.Add(phrase, Occur.SHOULD);
            }
            if (proximity.Clauses.Count == 0) proximity = null;
        }
        // The whole query naming a term or a title outright ("apa itu diplomasi siber", "berdiplomasi") is the strongest
        // signal. A query that is one synonym run names what its alternatives name, more weakly: "spyware" finds the
        // terms malware and spionase siber first, while "cybercrime" keeps the page titled so above the Indonesian ones.
        AddWholeName(query, string.Join(' ', units.Select(u => u.Text)), 40f, 25f);
        if (units.Count == 1)
        {
            foreach (var alternative in units[0].Alternatives) AddWholeName(query, alternative, 40f * WholeSynonymFactor, 25f * WholeSynonymFactor);
        }
        foreach (var excluded in parts.Where(p => p.IsExcluded))
        {
            var clause = AcrossFields(excluded.Text);
            if (clause is not null) query.Add(clause, Occur.MUST_NOT);
        }
        return new Built(query, proximity);
    }

    /// <summary>
    /// One SHOULD clause per meaningful unit of the query (stop words left out unless nothing else is left), the
    /// reader's words or their synonyms in every weighted field; null when none remains. Callers set how many must match.
    /// </summary>
    public BooleanQuery? WordClauses(IReadOnlyList<QueryPart> parts, out IReadOnlyList<QueryUnit> units)
    {
        var all = analyzers.Rules.Synonyms.Expand(parts.Where(p => !p.IsExcluded).ToList());
        var meaningful = all.Where(u => u.IsPhrase || u.HasSynonyms || !IsNoise(u.Text)).ToList();
        if (meaningful.Count == 0) meaningful = [.. all]; // a query of only stop words still searches them
        var words = new BooleanQuery();
        var searched = new List<QueryUnit>();
        foreach (var unit in meaningful)
        {
            var clause = UnitClause(unit);
            if (clause is null) continue;
            words.Add(clause, Occur.SHOULD);
            searched.Add(unit);
        }
        units = searched;
        return words.Clauses.Count == 0 ? null : words;
    }

    /// <summary>The unit's words, or any of its synonyms (the best one counts); a rule's replacement counts in full.</summary>
    private DisjunctionMaxQuery? UnitClause(QueryUnit unit)
    {
        if (!unit.HasSynonyms) return AcrossFields(unit.Text);
        var typed = SynonymFile.Words(unit.Text);
        var keepsTyped = unit.Alternatives.Contains(typed);
        var either = new DisjunctionMaxQuery(0f);
        foreach (var alternative in unit.Alternatives)
        {
            var clause = AcrossFields(alternative);
            if (clause is null) continue;
            clause.Boost = keepsTyped && alternative != typed ? SynonymFactor : 1f;
            either.Add(clause);
        }
        return either.Disjuncts.Count == 0 ? AcrossFields(unit.Text) : either;
    }

    /// <summary>
    /// Each concept's Indonesian name as a whole name (the term and the articles about it), weighted by how much of the
    /// query it accounts for; and, when the concepts account for every word in turn, their names joined in that order
    /// ("attributing cyber attacks" → "atribusi serangan siber", an article's title).
    /// </summary>
    private BooleanQuery? ConceptClauses(IReadOnlyList<ConceptMatch> concepts)
    {
        if (concepts.Count == 0) return null;
        var named = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
        {
            AddWholeName(named, concept.Title, ConceptNameBoost * (float)concept.Weight, ConceptAboutBoost * (float)concept.Weight);
        }
        var ordered = new List<ConceptMatch>();
        foreach (var concept in concepts.OrderBy(c => c.Covered[0]))
        {
            if (ordered.Count == 0 || concept.Covered[0] > ordered[^1].Covered[^1]) ordered.Add(concept);
        }
        if (ordered.Count >= 2 && ordered.Sum(c => c.Covered.Count) == ordered[0].QueryWords)
        {
            AddWholeName(named, string.Join(' ', ordered.Select(c => c.Title)), ConceptNameBoost, ConceptAboutBoost);
        }
        return named.Clauses.Count == 0 ? null : named;
    }

    private void AddWholeName(BooleanQuery query, string name, float nameBoost, float aboutBoost)
    {
        var key = analyzers.WholeKey(name);
        if (key.Length == 0 || query.Clauses.Any(c => c.Query is TermQuery t && t.Term.Field == SearchFields.NameKey && t.Term.Text == key)) return;
        query.Add(new TermQuery(new Term(SearchFields.NameKey, key)) { Boost = nameBoost }, Occur.SHOULD);
        query.Add(new TermQuery(new Term(SearchFields.AboutKey, key)) { Boost = aboutBoost }, Occur.SHOULD);
    }

    /// <summary>A stop word typed in lowercase is noise; "ITU" in capitals is an abbreviation and is kept.</summary>
    public bool IsNoise(string word) =>
        analyzers.Rules.IsStopWord(word) && !(word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    /// <summary>A word or a quoted phrase in every weighted field; the best field counts (dis-max), the others a little.</summary>
    private DisjunctionMaxQuery? AcrossFields(string text)
    {
        var disjunction = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in WordFields)
        {
            var query = Analyze(field, text, slop: 0);
            if (query is null) continue;
            query.Boost = boost;
            disjunction.Add(query);
        }
        return disjunction.Disjuncts.Count == 0 ? null : disjunction;
    }

    /// <summary>One token gives a term query; several (a phrase, or "27/2022") give a phrase query with their positions.</summary>
    public Query? Analyze(string field, string text, int slop)
    {
        var tokens = Tokens(field, text);
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Text));
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (token, position) in tokens) phrase.Add(new Term(field, token), position);
        return phrase;
    }

    public List<(string Text, int Position)> Tokens(string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzers.For(field).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }
        stream.End();
        return result;
    }
}
