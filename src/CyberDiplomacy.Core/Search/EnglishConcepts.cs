using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace CyberDiplomacy.Core.Search;

/// <summary>A glossary term an English query names, and how much of the query it accounts for.</summary>
/// <param name="Covered">Positions of the query's English content words the term's name accounts for.</param>
/// <param name="Stems">Those words' English stems.</param>
/// <param name="QueryWords">How many English content words the query has.</param>
/// <param name="Weight">Up to 1: half for naming the concept, half by the share of the query's content words covered; less when the reader left out the name's "cyber".</param>
public sealed record ConceptMatch(string Slug, string Title, IReadOnlyList<int> Covered, IReadOnlyList<string> Stems, int QueryWords, double Weight);

/// <summary>
/// English phrasings of the glossary's Indonesian concepts: every term's English equivalent and aliases reduced to a
/// bag of English stems (Lucene's <see cref="EnglishAnalyzer"/>: possessives, English stop words, Porter stems). A
/// query names a term when its content words include all of one of those names' stems, in any order and inflection:
/// "attributing cyber attacks" names attribution and cyberattack. Built with each catalog, read without locks.
/// </summary>
public sealed class EnglishConcepts
{
    // Thread-safe: Lucene analyzers keep their token streams per thread.
    private static readonly EnglishAnalyzer English = new(SearchFields.Version);

    // Everything on this site is about cyberspace, so a reader may leave the word out ("sovereignty of states online"
    // means cyber sovereignty); a name matched without it counts for less.
    private const string ImpliedStem = "cyber";
    private const double ImpliedFactor = 0.6;
    private const int MaxMatches = 4;

    private sealed record Name(string Slug, string Title, string[] Required, bool HasImplied);

    private readonly Name[] _names;
    private readonly Dictionary<string, int[]> _namesByStem;

    private EnglishConcepts(Name[] names)
    {
        _names = names;
        _namesByStem = names.SelectMany((name, index) => name.Required.Select(stem => (stem, index)))
            .GroupBy(x => x.stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.index).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public static EnglishConcepts Empty { get; } = new([]);

    public int Count => _names.Length;

    /// <param name="terms">Each term's slug, Indonesian name (title) and the names English readers may use (equivalent, aliases).</param>
    public static EnglishConcepts Build(IEnumerable<(string Slug, string Title, IEnumerable<string> Names)> terms)
    {
        var names = new List<Name>();
        foreach (var (slug, title, englishNames) in terms)
        {
            foreach (var englishName in englishNames)
            {
                var stems = Stems(englishName).Select(s => s.Stem).Distinct(StringComparer.Ordinal).ToList();
                var required = stems.Where(s => s != ImpliedStem).ToArray();
                if (required.Length == 0) continue;
                var name = new Name(slug, title, required, required.Length < stems.Count);
                if (!names.Any(n => n.Slug == slug && n.Required.SequenceEqual(required) && n.HasImplied == name.HasImplied)) names.Add(name);
            }
        }
        return new EnglishConcepts(names.ToArray());
    }

    /// <summary>The terms the text names, best first; a match whose words another match covers and more is dropped.</summary>
    public IReadOnlyList<ConceptMatch> Match(string text)
    {
        if (_names.Length == 0) return [];
        var stems = Stems(text);
        if (stems.Count == 0) return [];
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (stem, position) in stems)
        {
            if (!positions.TryGetValue(stem, out var list)) positions[stem] = list = [];
            list.Add(position);
        }
        // "cyberspace", "cybersecurity" say it too.
        var impliedPositions = stems.Where(s => s.Stem.StartsWith(ImpliedStem, StringComparison.Ordinal)).Select(s => s.Position).ToList();
        var best = new Dictionary<string, ConceptMatch>(StringComparer.Ordinal);
        var candidates = positions.Keys.SelectMany(s => _namesByStem.GetValueOrDefault(s) ?? []).Distinct();
        foreach (var name in candidates.Select(i => _names[i]))
        {
            if (!name.Required.All(positions.ContainsKey)) continue;
            var implied = name.HasImplied && impliedPositions.Count == 0;
            var covered = name.Required.SelectMany(s => positions[s]).Concat(name.HasImplied ? impliedPositions : []).Distinct().Order().ToList();
            var coveredStems = covered.Select(p => stems[p].Stem).Distinct(StringComparer.Ordinal).ToList();
            // Naming a concept counts in itself; accounting for more of the query counts for more.
            var weight = (0.5 + 0.5 * covered.Count / stems.Count) * (implied ? ImpliedFactor : 1);
            if (!best.TryGetValue(name.Slug, out var current) || current.Weight < weight)
            {
                best[name.Slug] = new ConceptMatch(name.Slug, name.Title, covered, coveredStems, stems.Count, weight);
            }
        }
        var matches = best.Values.ToList();
        return matches
            .Where(m => !matches.Any(other => other.Covered.Count > m.Covered.Count && !m.Covered.Except(other.Covered).Any()))
            .OrderByDescending(m => m.Weight).ThenBy(m => m.Covered[0]).ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(MaxMatches)
            .ToList();
    }

    /// <summary>True when the word is one of the English words the matches account for: understood, so not to be corrected as a typo.</summary>
    public static bool Accounts(IReadOnlyList<ConceptMatch> matches, string word)
    {
        if (matches.Count == 0) return false;
        var stems = Stems(word);
        return stems.Count > 0 && stems.All(s => matches.Any(m => m.Stems.Contains(s.Stem)));
    }

    private static List<(string Stem, int Position)> Stems(string text)
    {
        var stems = new List<(string, int)>();
        using var stream = English.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add((term.ToString(), stems.Count));
        stream.End();
        return stems;
    }
}
