using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace CyberDiplomacy.Core.Search;

/// <summary>"Maksud Anda": replaces each query word the index does not know by its nearest known word (Levenshtein automaton).</summary>
internal sealed class SpellingSuggester(SearchQueryBuilder builder)
{
    // Names and titles first: a correction towards a glossary term or a title is the most useful one.
    private static readonly string[] VocabularyFields = [SearchFields.NamesExact, SearchFields.TitleExact, SearchFields.BodyExact];

    public string? Suggest(IndexSearcher searcher, IReadOnlyList<QueryPart> parts)
    {
        var reader = searcher.IndexReader;
        var changed = false;
        var words = new List<string>();
        foreach (var part in parts.Where(p => !p.IsExcluded))
        {
            if (part.IsPhrase || builder.IsNoise(part.Text))
            {
                words.Add(part.IsPhrase ? "\"" + part.Text + "\"" : part.Text);
                continue;
            }
            var tokens = builder.Tokens(SearchFields.BodyExact, part.Text);
            if (tokens.Count != 1 || tokens[0].Text.Length < 4 || IsKnown(reader, tokens[0].Text))
            {
                words.Add(part.Text);
                continue;
            }
            var correction = Closest(reader, tokens[0].Text);
            if (correction is null)
            {
                words.Add(part.Text);
                continue;
            }
            words.Add(correction);
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>True when a word of the query (not a stop word or phrase) is in no document at all.</summary>
    public bool HasUnknownWord(IndexSearcher searcher, IReadOnlyList<QueryPart> parts) =>
        parts.Where(p => !p.IsExcluded && !p.IsPhrase && !builder.IsNoise(p.Text))
            .Select(p => builder.Tokens(SearchFields.BodyExact, p.Text))
            .Any(tokens => tokens.Count == 1 && tokens[0].Text.Length >= 4 && !IsKnown(searcher.IndexReader, tokens[0].Text));

    private static bool IsKnown(IndexReader reader, string word) =>
        VocabularyFields.Any(field => reader.DocFreq(new Term(field, word)) > 0);

    private static string? Closest(IndexReader reader, string word)
    {
        // One automaton for all three fields: FuzzyTermsEnum built the Levenshtein automata anew for each of them,
        // which was most of the time of a query with a typo.
        var automaton = new CompiledAutomaton(FuzzyAutomaton(word, word.Length >= 7 ? 2 : 1), true, false);
        foreach (var field in VocabularyFields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var best = (Text: (string?)null, Distance: int.MaxValue, Freq: 0);
            var candidates = automaton.GetTermsEnum(terms);
            while (candidates.MoveNext())
            {
                var text = candidates.Term.Utf8ToString();
                var distance = Distance(word, text);
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

    /// <summary>Optimal string alignment distance (transpositions count as one edit).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
