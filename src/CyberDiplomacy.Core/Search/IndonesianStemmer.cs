namespace CyberDiplomacy.Core.Search;

/// <summary>
/// A dictionary-checked Indonesian stemmer in the spirit of Nazief–Adriani: it strips particles, possessives,
/// suffixes and up to two prefixes (with the meN-/peN- sound changes: memakai → pakai, menyerang → serang,
/// menilai → nilai), but only accepts a result that is a known root. A word it cannot reduce to a known root is
/// left as it is, so loanwords (diplomasi, digital, diskusi) are never mangled.
/// </summary>
public sealed class IndonesianStemmer(IReadOnlySet<string> roots)
{
    private const int MinRootLength = 3;
    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Suffixes = ["kan", "an", "i"];

    private const int CacheLimit = 200_000;
    // Highlighting re-analyzes stored text on every search; a vocabulary is small, so stems are worth remembering.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public bool IsRoot(string word) => roots.Contains(word);

    /// <summary>The root of <paramref name="word"/> (lowercase), or the word itself when no known root is found.</summary>
    public string Stem(string word)
    {
        if (word.Length <= MinRootLength || roots.Contains(word)) return word;
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var stem = FindStem(word);
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, stem);
        return stem;
    }

    private string FindStem(string word)
    {
        foreach (var candidate in Candidates(word))
        {
            if (candidate.Length >= MinRootLength && roots.Contains(candidate)) return candidate;
        }
        return word;
    }

    /// <summary>True when some affix decomposition of the word yields another known root (so the word is derived, not a root).</summary>
    public bool IsDerived(string word) =>
        Candidates(word).Any(c => c != word && c.Length >= MinRootLength && roots.Contains(c));

    /// <summary>Possible roots, least stripping first.</summary>
    public static IEnumerable<string> Candidates(string word)
    {
        foreach (var inflected in Inflections(word))
        {
            if (inflected != word) yield return inflected;
            foreach (var bare in SuffixForms(inflected))
            {
                if (bare != inflected) yield return bare;
            }
            foreach (var bare in SuffixForms(inflected))
            {
                foreach (var root in PrefixForms(bare, depth: 2)) yield return root;
            }
        }
    }

    private static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        foreach (var particle in Particles.Where(word.EndsWith))
        {
            var withoutParticle = word[..^particle.Length];
            yield return withoutParticle;
            foreach (var possessive in Possessives.Where(withoutParticle.EndsWith)) yield return withoutParticle[..^possessive.Length];
        }
        foreach (var possessive in Possessives.Where(word.EndsWith)) yield return word[..^possessive.Length];
    }

    private static IEnumerable<string> SuffixForms(string word)
    {
        yield return word;
        foreach (var suffix in Suffixes.Where(word.EndsWith))
        {
            var bare = word[..^suffix.Length];
            if (bare.Length >= MinRootLength) yield return bare;
            // "-kan" on a root ending in k: "merusakkan" → rusak
            if (suffix == "kan" && bare.Length >= MinRootLength - 1) yield return bare + "k";
        }
    }

    private static IEnumerable<string> PrefixForms(string word, int depth)
    {
        if (depth == 0) yield break;
        foreach (var rest in StripOnePrefix(word))
        {
            if (rest.Length < MinRootLength) continue;
            yield return rest;
            foreach (var deeper in PrefixForms(rest, depth - 1)) yield return deeper;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static IEnumerable<string> StripOnePrefix(string w)
    {
        foreach (var simple in (string[])["di", "ke", "se", "ter", "ber", "per", "bel", "pel"])
        {
            if (w.StartsWith(simple, StringComparison.Ordinal)) yield return w[simple.Length..];
        }
        // be-/te-/pe-/me- keep the root's first sound: bekerja → kerja, peretas → retas, menilai → nilai
        foreach (var shortPrefix in (string[])["be", "te", "pe", "me"])
        {
            if (w.Length > 4 && w.StartsWith(shortPrefix, StringComparison.Ordinal)) yield return w[2..];
        }
        foreach (var nasal in (string[])["me", "pe"])
        {
            if (!w.StartsWith(nasal, StringComparison.Ordinal) || w.Length < 5) continue;
            var rest = w[2..];
            if (rest.StartsWith("nge", StringComparison.Ordinal)) yield return rest[3..];               // mengebom → bom
            if (rest.StartsWith("ng", StringComparison.Ordinal))
            {
                var after = rest[2..];
                if (after.Length > 0 && IsVowel(after[0])) { yield return after; yield return "k" + after; } // mengatur → atur, mengirim → kirim
                else if (after.Length > 0 && after[0] is 'g' or 'h' or 'k') yield return after;             // menggunakan → guna
            }
            else if (rest.StartsWith("ny", StringComparison.Ordinal) && rest.Length > 2 && IsVowel(rest[2]))
            {
                yield return "s" + rest[2..];                                                              // menyerang → serang
            }
            else if (rest.StartsWith('m') && rest.Length > 1)
            {
                var after = rest[1..];
                if (IsVowel(after[0])) { yield return "p" + after; yield return after; }                   // memakai → pakai
                else if (after[0] is 'b' or 'f' or 'v' or 'p') yield return after;                          // membangun → bangun
            }
            else if (rest.StartsWith('n') && rest.Length > 1)
            {
                var after = rest[1..];
                if (IsVowel(after[0])) { yield return "t" + after; yield return after; }                   // menentukan → tentu
                else if (after[0] is 'c' or 'd' or 'j' or 't' or 'z' or 's') yield return after;            // mendukung → dukung
            }
        }
    }
}
