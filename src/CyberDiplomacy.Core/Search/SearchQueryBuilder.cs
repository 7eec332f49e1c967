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

    public sealed record Built(Query Query, Query? Proximity);

    /// <summary>Null when nothing searchable is left (only stop words or punctuation).</summary>
    public Built? Build(IReadOnlyList<QueryPart> parts, bool requireMost = true)
    {
        var included = parts.Where(p => !p.IsExcluded).ToList();
        var meaningful = included.Where(p => p.IsPhrase || !IsNoise(p.Text)).ToList();
        if (meaningful.Count == 0) meaningful = included; // a query of only stop words still searches them
        var words = new BooleanQuery();
        foreach (var part in meaningful)
        {
            var clause = AcrossFields(part.Text);
            if (clause is null) continue;
            words.Add(clause, Occur.SHOULD);
        }
        if (words.Clauses.Count == 0) return null;
        if (requireMost && words.Clauses.Count >= 2)
        {
            words.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Clauses.Count * 0.6);
        }
        var query = new BooleanQuery { { words, Occur.MUST } };
        var phraseText = string.Join(' ', meaningful.Where(p => !p.IsPhrase).Select(p => p.Text));
        BooleanQuery? proximity = null;
        if (meaningful.Count(p => !p.IsPhrase) >= 2)
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
        // The whole query naming a term or a title outright ("apa itu diplomasi siber", "berdiplomasi") is the strongest signal.
        var wholeKey = analyzers.WholeKey(string.Join(' ', meaningful.Select(p => p.Text)));
        if (wholeKey.Length > 0)
        {
            query.Add(new TermQuery(new Term(SearchFields.NameKey, wholeKey)) { Boost = 40f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.AboutKey, wholeKey)) { Boost = 25f }, Occur.SHOULD);
        }
        foreach (var excluded in parts.Where(p => p.IsExcluded))
        {
            var clause = AcrossFields(excluded.Text);
            if (clause is not null) query.Add(clause, Occur.MUST_NOT);
        }
        return new Built(query, proximity);
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
