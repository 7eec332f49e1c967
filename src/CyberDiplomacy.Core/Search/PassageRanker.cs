using CyberDiplomacy.Core.Content;
using Lucene.Net.Index;

namespace CyberDiplomacy.Core.Search;

/// <summary>A section of a hit, with how much of the query it holds (<see cref="Score"/>) and what share of the
/// query's weight found in the whole document falls inside it (<see cref="Coverage"/>, 0–1).</summary>
internal sealed record ScoredSection(DocumentSection Section, double Score, double Coverage);

/// <summary>
/// Ranks a hit's sections by the query's terms they hold, from the match offsets the snippet already read off the
/// body's term vector: passages cost no query and no re-analysis. Within a hit, what tells sections apart is how few
/// of them hold a term (squared), more than its rarity in the index (square root of its IDF): in the article on
/// UU PDP, "PDP" is everywhere (and in the opening, which names the topic) and picks no section, "sanksi" and
/// "berlaku" do. A term in the section's heading counts double, and repeats add a little.
/// </summary>
internal sealed class PassageRanker
{
    private const double HeadingBonus = 1.0;
    private const double RepeatBonus = 0.15;
    // Words of the opening paragraph name the hit's topic ("UU PDP" in its article): the rest of the question
    // ("kapan … berlaku") is what picks the section.
    private const double TopicFactor = 0.3;
    private readonly double[] _idf;

    /// <param name="bodyTerms">The query's body terms, in the order <see cref="SnippetBuilder"/> numbers them.</param>
    public PassageRanker(IndexReader reader, IReadOnlyList<string> bodyTerms)
    {
        var documents = Math.Max(1, reader.NumDocs);
        _idf = bodyTerms.Select(t =>
        {
            var frequency = reader.DocFreq(new Term(SearchFields.Body, t));
            return Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
        }).ToArray();
    }

    /// <summary>Sections holding at least one of the terms, best first; <paramref name="weights"/> are the terms' weights in this hit.</summary>
    public List<ScoredSection> Rank(List<SnippetBuilder.Match> matches, IReadOnlyList<DocumentSection> sections, out double[] weights)
    {
        weights = new double[_idf.Length];
        var ranked = new List<ScoredSection>();
        if (sections.Count == 0 || matches.Count == 0) return ranked;
        var perSection = sections.Select(s => Terms(matches, s)).ToList();
        var lead = matches.Where(m => m.End <= sections[0].Start).Select(m => m.Term).ToHashSet();
        for (var t = 0; t < _idf.Length; t++)
        {
            var holding = perSection.Count(terms => terms.ContainsKey(t + 1));
            var spread = Math.Log(1 + (double)sections.Count / Math.Max(1, holding));
            weights[t] = Math.Sqrt(_idf[t]) * spread * spread * (lead.Contains(t + 1) ? TopicFactor : 1);
        }
        var whole = WeightIn(matches, 0, int.MaxValue, weights);
        for (var i = 0; i < sections.Count; i++)
        {
            var score = 0.0;
            var held = 0.0;
            foreach (var (term, (count, inHeading)) in perSection[i])
            {
                var weight = weights[term - 1];
                held += weight;
                score += weight * (1 + RepeatBonus * Math.Log(count)) + (inHeading ? HeadingBonus * weight : 0);
            }
            if (score > 0) ranked.Add(new ScoredSection(sections[i], score, whole > 0 ? held / whole : 0));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>The summed weight of the distinct terms matched within <c>[from, to)</c>.</summary>
    public static double WeightIn(List<SnippetBuilder.Match> matches, int from, int to, double[] weights)
    {
        var seen = new HashSet<int>();
        var weight = 0.0;
        foreach (var match in matches)
        {
            if (match.Start >= from && match.End <= to && seen.Add(match.Term)) weight += weights[match.Term - 1];
        }
        return weight;
    }

    private static Dictionary<int, (int Count, bool InHeading)> Terms(List<SnippetBuilder.Match> matches, DocumentSection section)
    {
        var terms = new Dictionary<int, (int Count, bool InHeading)>();
        foreach (var match in matches)
        {
            if (match.Start < section.Start || match.End > section.End) continue;
            var (count, inHeading) = terms.GetValueOrDefault(match.Term);
            terms[match.Term] = (count + 1, inHeading || match.End <= section.BodyStart);
        }
        return terms;
    }
}
