using System.Text.RegularExpressions;
using CyberDiplomacy.Core.Search;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>A spelling the glossary asks to change, at a file offset; <see cref="Replacement"/> is null when it cannot be rewritten mechanically.</summary>
public sealed record TerminologyFinding(TerminologyIssue Issue, int Offset, string Found, string Suggestion, string? Replacement, TermGuide Term);

public enum TerminologyIssue
{
    AvoidedSpelling,
    CaseMismatch,
}

/// <summary>
/// Finds, in an article's prose (<see cref="ProseText"/>), the spellings glossary terms ask to avoid and the names
/// written with other capitals than a <c>case: exact</c> term's: whole words, a phrase's words apart by spaces only,
/// and the last word also in its Indonesian affixed forms (by the search stemmer's own rules, as the auto-linker
/// does: <c>cyber-securitynya</c>, <c>diretas</c>). The longest match wins; an avoided spelling before a case mismatch.
/// </summary>
public sealed partial class TerminologyScanner
{
    // An affixed form is recognised only for words this long: shorter ones meet too many unrelated words.
    private const int MinAffixableLength = 5;

    private sealed record Pattern(string[] Words, TerminologyIssue Issue, string Name, TermGuide Term);

    private readonly Dictionary<string, List<Pattern>> _byFirstWord = new(StringComparer.Ordinal);
    // Single-word patterns long enough to be recognised in affixed forms, by their lower-case word.
    private readonly Dictionary<string, List<Pattern>> _affixable = new(StringComparer.Ordinal);
    // Each distinct word of the corpus is worked out once: the stemmer's candidate roots are strings.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Pattern>> _affixedForms = new(StringComparer.Ordinal);
    private readonly List<string> _needles = [];

    public TerminologyScanner(IEnumerable<TermGuide> terms)
    {
        foreach (var term in terms.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            foreach (var avoided in term.Avoid) Add(new Pattern(WordsOf(avoided), TerminologyIssue.AvoidedSpelling, avoided, term));
            foreach (var name in term.ExactNames) Add(new Pattern(WordsOf(name), TerminologyIssue.CaseMismatch, name, term));
        }
    }

    public bool IsEmpty => _needles.Count == 0;

    private void Add(Pattern pattern)
    {
        if (pattern.Words.Length == 0) return;
        var first = pattern.Words[0].ToLowerInvariant();
        if (!_byFirstWord.TryGetValue(first, out var list)) _byFirstWord[first] = list = [];
        list.Add(pattern);
        if (pattern.Words.Length == 1 && first.Length >= MinAffixableLength)
        {
            if (!_affixable.TryGetValue(first, out var affixable)) _affixable[first] = affixable = [];
            affixable.Add(pattern);
        }
        // What any match must contain: a prefix may change a root's first sound (menyerang → serang), never the rest.
        _needles.Add(pattern.Words.Length > 1 || first.Length < MinAffixableLength ? first : first[1..]);
    }

    /// <summary>A cheap look at the raw file: can it hold a match at all? Most articles cannot, and are not parsed again.</summary>
    public bool MayMatch(string text) => _needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));

    public List<TerminologyFinding> Scan(MarkdownDocument document, string source)
    {
        var findings = new List<TerminologyFinding>();
        foreach (var prose in ProseText.Of(document, source)) Scan(prose, findings);
        return findings;
    }

    private void Scan(ProseText prose, List<TerminologyFinding> findings)
    {
        var text = prose.Text;
        var words = WordPattern().Matches(text);
        for (var i = 0; i < words.Count;)
        {
            var match = Best(text, words, i);
            if (match is null) { i++; continue; }
            var (pattern, count) = match.Value;
            var start = words[i].Index;
            var end = words[i + count - 1].Index + words[i + count - 1].Length;
            if (Enumerable.Range(start, end - start).All(prose.IsChecked) && Finding(prose, text, start, end, pattern) is { } finding)
            {
                findings.Add(finding);
            }
            i += count;
        }
    }

    /// <summary>The longest pattern that starts at word <paramref name="first"/>; at equal length an avoided spelling.</summary>
    private (Pattern, int)? Best(string text, MatchCollection words, int first)
    {
        var lower = words[first].Value.ToLowerInvariant();
        var candidates = _byFirstWord.TryGetValue(lower, out var list) ? list.AsEnumerable() : [];
        if (lower.Length > MinAffixableLength && _affixable.Count > 0) candidates = candidates.Concat(AffixedFormOf(lower));
        (Pattern, int)? best = null;
        foreach (var pattern in candidates)
        {
            var n = pattern.Words.Length;
            if (first + n > words.Count || (best is { } b && (b.Item2 > n || (b.Item2 == n && b.Item1.Issue <= pattern.Issue)))) continue;
            if (Matches(text, words, first, pattern.Words)) best = (pattern, n);
        }
        return best;
    }

    /// <summary>The single-word patterns this word is an affixed form of.</summary>
    private List<Pattern> AffixedFormOf(string word) =>
        _affixedForms.GetOrAdd(word, w => IndonesianStemmer.Candidates(w).Distinct()
            .SelectMany(root => _affixable.TryGetValue(root, out var patterns) ? patterns : []).ToList());

    private static bool Matches(string text, MatchCollection words, int first, string[] pattern)
    {
        for (var k = 0; k < pattern.Length; k++)
        {
            var word = words[first + k].Value;
            if (k > 0)
            {
                var gap = text.AsSpan(words[first + k - 1].Index + words[first + k - 1].Length, words[first + k].Index - words[first + k - 1].Index - words[first + k - 1].Length);
                if (gap.Length == 0 || !gap.IsWhiteSpace()) return false;
            }
            if (word.Equals(pattern[k], StringComparison.OrdinalIgnoreCase)) continue;
            if (k < pattern.Length - 1 || !IsAffixedForm(word, pattern[k])) return false;
        }
        return true;
    }

    private static bool IsAffixedForm(string word, string root) =>
        root.Length >= MinAffixableLength && IndonesianStemmer.Candidates(word.ToLowerInvariant()).Contains(root.ToLowerInvariant(), StringComparer.Ordinal);

    private static TerminologyFinding? Finding(ProseText prose, string text, int start, int end, Pattern pattern)
    {
        var last = pattern.Words[^1];
        var lastWordStart = WordPattern().Matches(text[start..end])[^1].Index + start;
        var lastWord = text[lastWordStart..end];
        // Where the pattern's last word is written inside the last word found; not at all after a sound change (menyerang).
        var at = lastWord.IndexOf(last, StringComparison.OrdinalIgnoreCase);
        var single = pattern.Words.Length == 1;
        var prefix = at < 0 || !single ? "" : lastWord[..at];
        var suffix = at < 0 ? "" : lastWord[(at + last.Length)..];
        var written = at < 0 ? text[start..end] : single ? lastWord.Substring(at, last.Length) : text[start..(lastWordStart + last.Length)];
        // Affixes are kept around the new form; a prefix inside a phrase is left to the editor.
        var rewritable = at == 0 || (at > 0 && single);
        string suggestion;
        if (pattern.Issue == TerminologyIssue.AvoidedSpelling)
        {
            suggestion = CaseStyle.Adapt(pattern.Term.Preferred, written, pattern.Term.CaseExact);
        }
        else
        {
            if (at < 0 || string.Equals(NormaliseSpaces(written), pattern.Name, StringComparison.Ordinal)) return null;
            suggestion = WithCapitalsOf(written, pattern.Name);
        }
        if (rewritable) suggestion = prefix + suggestion + suffix;
        var offset = prose.OffsetOf(start);
        // Rewritten only where the file holds exactly this text in one piece (not across a line break or markup).
        var contiguous = offset >= 0 && Enumerable.Range(start, end - start).All(i => prose.OffsetOf(i) == offset + (i - start));
        return new TerminologyFinding(pattern.Issue, offset >= 0 ? offset : FirstMapped(prose, start, end), text[start..end], suggestion,
            rewritable && contiguous ? suggestion : null, pattern.Term);
    }

    private static int FirstMapped(ProseText prose, int start, int end) =>
        Enumerable.Range(start, end - start).Select(prose.OffsetOf).FirstOrDefault(o => o >= 0, -1);

    private static string NormaliseSpaces(string text) => WhiteSpace().Replace(text, " ");

    /// <summary>The written words with the capitals of <paramref name="name"/>, their own spacing kept.</summary>
    private static string WithCapitalsOf(string written, string name)
    {
        var nameWords = WordsOf(name);
        var chars = written.ToCharArray();
        var k = 0;
        foreach (Match word in WordPattern().Matches(written))
        {
            if (k < nameWords.Length && word.Length == nameWords[k].Length) nameWords[k].CopyTo(0, chars, word.Index, word.Length);
            k++;
        }
        return new string(chars);
    }

    private static string[] WordsOf(string phrase) => WordPattern().Matches(phrase).Select(m => m.Value).ToArray();

    // The auto-linker's notion of a word: letters and digits, joined by - / ' . inside a word.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-/'.][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
