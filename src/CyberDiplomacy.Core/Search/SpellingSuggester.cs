using CyberDiplomacy.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// "Maksud Anda": replaces each query word the index does not know by its nearest known word (Levenshtein automaton),
/// wherever it stands in the query. Words a synonym rule or an English concept accounts for are understood, not typos.
/// </summary>
internal sealed class SpellingSuggester(SearchQueryBuilder builder, IReadOnlyList<ConceptMatch> concepts)
{
    // Names and titles first: a correction towards a glossary term or a title is the most useful one.
    private static readonly string[] VocabularyFields = [SearchFields.NamesExact, SearchFields.TitleExact, SearchFields.BodyExact];
    // A word typed in capitals is an abbreviation: it is corrected only towards a glossary name ("BSNN" → "bssn"),
    // never towards an ordinary word that happens to be near ("NATO" → "nota").
    private static readonly string[] AbbreviationFields = [SearchFields.NamesExact];

    public string? Suggest(IndexSearcher searcher, IReadOnlyList<QueryPart> parts)
    {
        var reader = searcher.IndexReader;
        var understood = Understood(parts);
        var changed = false;
        var words = new List<string>();
        foreach (var part in parts.Where(p => !p.IsExcluded))
        {
            if (part.IsPhrase || builder.IsNoise(part.Text))
            {
                words.Add(part.IsPhrase ? "\"" + part.Text + "\"" : part.Text);
                continue;
            }
            var word = Candidate(reader, part, understood);
            var correction = word is null ? null : Closest(reader, word, IsAbbreviation(part.Text) ? AbbreviationFields : VocabularyFields);
            words.Add(correction ?? part.Text);
            changed |= correction is not null;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>True when a word of the query (not a stop word, phrase, synonym or concept) is in no document at all.</summary>
    public bool HasUnknownWord(IndexSearcher searcher, IReadOnlyList<QueryPart> parts)
    {
        var understood = Understood(parts);
        return parts.Where(p => !p.IsExcluded && !p.IsPhrase && !builder.IsNoise(p.Text))
            .Any(p => Candidate(searcher.IndexReader, p, understood) is not null);
    }

    /// <summary>The word to correct: a single unknown word of four letters or more that nothing else explains; else null.</summary>
    private string? Candidate(IndexReader reader, QueryPart part, HashSet<QueryPart> understood)
    {
        if (understood.Contains(part)) return null;
        var tokens = builder.Tokens(SearchFields.BodyExact, part.Text);
        if (tokens.Count != 1 || tokens[0].Text.Length < 4 || IsKnown(reader, tokens[0].Text)) return null;
        return EnglishConcepts.Accounts(concepts, part.Text) ? null : tokens[0].Text;
    }

    private HashSet<QueryPart> Understood(IReadOnlyList<QueryPart> parts) =>
        builder.Synonyms.Expand(parts.Where(p => !p.IsExcluded).ToList()).Where(u => u.HasSynonyms).SelectMany(u => u.Parts).ToHashSet();

    private static bool IsAbbreviation(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsKnown(IndexReader reader, string word) =>
        VocabularyFields.Any(field => reader.DocFreq(new Term(field, word)) > 0);

    private static string? Closest(IndexReader reader, string word, string[] fields)
    {
        // One automaton for all three fields: FuzzyTermsEnum built the Levenshtein automata anew for each of them,
        // which was most of the time of a query with a typo.
        var automaton = new CompiledAutomaton(FuzzyAutomaton(word, word.Length >= 7 ? 2 : 1), true, false);
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var best = (Text: (string?)null, Distance: int.MaxValue, Freq: 0);
            var candidates = automaton.GetTermsEnum(terms);
            while (candidates.MoveNext())
            {
                var text = candidates.Term.Utf8ToString();
                var distance = EditDistance.Between(word, text);
                var freq = candidates.DocFreq;
                if (distance < best.Distance || (distance == best.Distance && freq > best.Freq))
                {
                    best = (text, distance, freq);
                }
            }
            if (best.Text is not null) return best.Text;
        }
        return null;
    }

    /// <summary>Words within <paramref name="maxEdits"/> of the word (transpositions count once) that share its first letter, as FuzzyTermsEnum builds it.</summary>
    private static Automaton FuzzyAutomaton(string word, int maxEdits)
    {
        var rest = new LevenshteinAutomata(word[1..], true).ToAutomaton(maxEdits);
        var automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(word[..1]), rest);
        automaton.IsDeterministic = true;
        return automaton;
    }
}
