using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// What the Indonesian analyzer must not stem, and curated stems, from <c>content/search/*.txt</c> (editors extend
/// them) plus the glossary's names; and the synonyms applied to queries. <see cref="Fingerprint"/> changes when any
/// of them does, so the index is rebuilt (the synonyms alone would not need it, but the rebuild is what puts new
/// rules in place, and it takes seconds).
/// </summary>
public sealed class StemmingRules
{
    public const string ProtectedWordsFile = "search/protected-words.txt";
    public const string StemOverridesFile = "search/stem-overrides.txt";
    public const string StopWordsFile = "search/stop-words.txt";
    public const string RootsFile = "search/roots.txt";

    private StemmingRules(CharArraySet protectedWords, StemmerOverrideFilter.StemmerOverrideMap? overrides, CharArraySet stopWords,
        IndonesianStemmer stemmer, QuerySynonyms synonyms, string fingerprint)
    {
        Synonyms = synonyms;
        ProtectedWords = protectedWords;
        Stemmer = stemmer;
        Overrides = overrides;
        StopWords = stopWords;
        Fingerprint = fingerprint;
    }

    public CharArraySet ProtectedWords { get; }
    public StemmerOverrideFilter.StemmerOverrideMap? Overrides { get; }
    public CharArraySet StopWords { get; }
    public IndonesianStemmer Stemmer { get; }

    /// <summary>Applied to queries only; in the fingerprint so that the analyzers, which carry them to queries, are replaced when they change.</summary>
    public QuerySynonyms Synonyms { get; }
    public string Fingerprint { get; }

    public static StemmingRules Empty { get; } = Create([], [], null, []);

    /// <param name="glossaryWords">Single words from glossary names, aliases and English equivalents.</param>
    public static StemmingRules Load(string contentRoot, IEnumerable<string> glossaryWords)
    {
        var protectedWords = ReadList(Path.Combine(contentRoot, ProtectedWordsFile));
        var overrides = ReadList(Path.Combine(contentRoot, StemOverridesFile))
            .Select(line => line.Split("=>", 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            .Select(parts => (parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant()))
            .ToList();
        var stopPath = Path.Combine(contentRoot, StopWordsFile);
        var stopWords = File.Exists(stopPath) ? ReadList(stopPath) : null;
        var roots = ReadList(Path.Combine(contentRoot, RootsFile)).Select(w => w.ToLowerInvariant());
        // Lines with errors are left out here and reported by kb check (SynonymFile.Check).
        var synonyms = QuerySynonyms.From(SynonymFile.Read(contentRoot).Rules);
        return Create(protectedWords, overrides, stopWords, roots, glossaryWords.Select(w => w.ToLowerInvariant()), synonyms);
    }

    /// <param name="glossaryWords">Become roots unless they are derived from a root already known (peretasan from retas).</param>
    public static StemmingRules Create(IEnumerable<string> protectedWords, IEnumerable<(string Word, string Stem)> overrides,
        IEnumerable<string>? stopWords, IEnumerable<string> roots, IEnumerable<string>? glossaryWords = null, QuerySynonyms? synonyms = null)
    {
        synonyms ??= QuerySynonyms.None;
        var protectedList = protectedWords.Select(w => w.ToLowerInvariant()).Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var rootSet = new HashSet<string>(roots.Concat(protectedList), StringComparer.Ordinal);
        var probe = new IndonesianStemmer(rootSet);
        foreach (var word in (glossaryWords ?? []).Where(w => w.All(char.IsLetter)).Distinct().Order(StringComparer.Ordinal).ToList())
        {
            if (!probe.IsDerived(word)) rootSet.Add(word);
        }
        var overrideList = overrides.DistinctBy(o => o.Word).OrderBy(o => o.Word, StringComparer.Ordinal).ToList();
        var stopList = stopWords?.Distinct().Order(StringComparer.Ordinal).ToList();
        StemmerOverrideFilter.StemmerOverrideMap? map = null;
        if (overrideList.Count > 0)
        {
            var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
            foreach (var (word, stem) in overrideList) builder.Add(word, stem);
            map = builder.Build();
        }
        var stopSet = stopList is null ? IndonesianAnalyzer.DefaultStopSet : CharArraySets.From(stopList);
        var fingerprintSource = SearchFields.SchemaVersion + "\n" + string.Join('\n', protectedList) + "\n--\n" + string.Join('\n', rootSet.Order(StringComparer.Ordinal))
            + "\n--\n" + string.Join('\n', overrideList.Select(o => o.Word + "=>" + o.Stem))
            + "\n--\n" + (stopList is null ? "default" : string.Join('\n', stopList))
            + (synonyms.IsEmpty ? "" : "\n--synonyms\n" + synonyms.Fingerprint);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprintSource)))[..16];
        return new StemmingRules(CharArraySets.From(protectedList), map, stopSet, new IndonesianStemmer(rootSet), synonyms, fingerprint);
    }

    public bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    private static List<string> ReadList(string path) =>
        !File.Exists(path) ? [] : File.ReadLines(path)
            .Select(line => line.Split('#', 2)[0].Trim())
            .Where(line => line.Length > 0)
            .ToList();
}
