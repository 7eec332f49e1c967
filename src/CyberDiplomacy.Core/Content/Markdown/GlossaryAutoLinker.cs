using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>A name a glossary term can be recognised by in running text.</summary>
public sealed record GlossaryName(string Slug, string Text);

/// <summary>
/// Links the first occurrence of each glossary term (by its name, aliases, abbreviation or English equivalent) in an
/// article, outside headings, links and code; whole words only, longest name first, affixed Indonesian forms too.
/// </summary>
public sealed partial class GlossaryAutoLinker
{
    private const int MaxNameWords = 8;

    private readonly Dictionary<string, string> _insensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _caseSensitive = new(StringComparer.Ordinal);
    // Single-word names of 6+ letters, recognised in affixed forms too (peretasan → retas…), with their slug.
    private readonly Dictionary<string, string> _affixable = new(StringComparer.Ordinal);
    // The first word (lowercase) of every name, and the most words a name has: most words of an article start no name,
    // so they are passed over without building and looking up the 1- to 8-word phrases that start there.
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _maxWords;
    private readonly int _shortestAffixable = int.MaxValue;
    // Words seen so far → the name they are an affixed form of (or none): an article's vocabulary repeats, and the
    // stemmer's candidate roots are strings, so each distinct word is worked out once per linker.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _affixedForms = new(StringComparer.Ordinal);

    public GlossaryAutoLinker(IEnumerable<GlossaryName> names)
    {
        foreach (var name in names)
        {
            var words = Words(name.Text).Select(m => m.Value).ToList();
            if (words.Count == 0 || words.Count > MaxNameWords) continue;
            _firstWords.Add(words[0].ToLowerInvariant());
            _maxWords = Math.Max(_maxWords, words.Count);
            if (IsCaseSensitive(name.Text))
            {
                _caseSensitive.TryAdd(string.Join(' ', words), name.Slug);
            }
            else
            {
                var key = string.Join(' ', words).ToLowerInvariant();
                _insensitive.TryAdd(key, name.Slug);
                if (words.Count == 1 && key.Length >= 6)
                {
                    _affixable[key] = _insensitive[key];
                    _shortestAffixable = Math.Min(_shortestAffixable, key.Length);
                }
            }
        }
    }

    public sealed record LinkedTerm(string Slug, int Line, int Column);

    /// <summary>Rewrites the document in place; returns the terms it linked.</summary>
    public IReadOnlyList<LinkedTerm> Apply(MarkdownDocument document)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && SiteUrls.TermSlug(url) is { } slug)
            {
                done.Add(slug);
            }
        }
        var linked = new List<LinkedTerm>();
        var queue = new Queue<LiteralInline>(document.Descendants<LiteralInline>().Where(IsLinkable));
        while (queue.Count > 0)
        {
            var literal = queue.Dequeue();
            var text = literal.Content.ToString();
            var match = FindFirst(text, done);
            if (match is null) continue;
            var (start, length, slug) = match.Value;
            done.Add(slug);
            linked.Add(new LinkedTerm(slug, literal.Line + 1, literal.Column + start + 1));
            var link = new LinkInline(SiteUrls.Term(slug), "") { Line = literal.Line, Column = literal.Column + start };
            link.AppendChild(new LiteralInline(text.Substring(start, length)));
            var attributes = link.GetAttributes();
            attributes.AddClass("term-link");
            attributes.AddProperty("data-term", slug);
            attributes.AddProperty("aria-describedby", "term-def-" + slug);
            if (start > 0) literal.InsertBefore(new LiteralInline(text[..start]) { Line = literal.Line, Column = literal.Column });
            literal.InsertBefore(link);
            if (start + length < text.Length)
            {
                var rest = new LiteralInline(text[(start + length)..]) { Line = literal.Line, Column = literal.Column + start + length };
                literal.InsertBefore(rest);
                queue.Enqueue(rest);
            }
            literal.Remove();
        }
        return linked;
    }

    private (int Start, int Length, string Slug)? FindFirst(string text, HashSet<string> done)
    {
        var matches = Words(text);
        var words = new Word[matches.Count];
        for (var k = 0; k < words.Length; k++) words[k] = new Word(matches[k].Index, matches[k].Length);
        // Phrases are assembled in these buffers and looked up as spans: no string per candidate phrase.
        Span<char> lower = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        Span<char> phrase = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var firstWords = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var caseSensitive = _caseSensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        var insensitive = _insensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = text.AsSpan(words[i].Index, words[i].Length);
            var lowerWord = lower[..word.ToLowerInvariant(lower)];
            var startsName = firstWords.Contains(lowerWord);
            // an affixed form is longer than the name it contains
            var mayBeAffixed = lowerWord.Length > _shortestAffixable;
            if (!startsName && !mayBeAffixed) continue;
            for (var n = Math.Min(startsName ? _maxWords : 1, words.Length - i); n >= 1; n--)
            {
                if (!Adjacent(text, words, i, n)) continue;
                string? slug = null;
                if (startsName && !caseSensitive.TryGetValue(Phrase(text, words, i, n, phrase, toLower: false), out slug))
                {
                    insensitive.TryGetValue(Phrase(text, words, i, n, phrase, toLower: true), out slug);
                }
                if (slug is null && n == 1 && mayBeAffixed) slug = Affixed(lowerWord);
                if (slug is not null && !done.Contains(slug))
                {
                    var start = words[i].Index;
                    return (start, words[i + n - 1].Index + words[i + n - 1].Length - start, slug);
                }
            }
        }
        return null;
    }

    private readonly record struct Word(int Index, int Length);

    /// <summary>Words first..first+count-1 of the text joined by single spaces, written into the buffer.</summary>
    private static ReadOnlySpan<char> Phrase(string text, Word[] words, int first, int count, Span<char> buffer, bool toLower)
    {
        var length = 0;
        for (var k = first; k < first + count; k++)
        {
            if (k > first) buffer[length++] = ' ';
            var word = text.AsSpan(words[k].Index, words[k].Length);
            length += toLower ? word.ToLowerInvariant(buffer[length..]) : Copy(word, buffer[length..]);
        }
        return buffer[..length];
    }

    private static int Copy(ReadOnlySpan<char> word, Span<char> destination)
    {
        word.CopyTo(destination);
        return word.Length;
    }

    /// <summary>
    /// The slug of the single-word name this word is an affixed form of, by the search stemmer's own affix rules
    /// (<see cref="IndonesianStemmer.Candidates"/>: particles, suffixes, prefixes with their sound changes), so that
    /// the auto-linker and search agree on which words are forms of which.
    /// </summary>
    private string? Affixed(ReadOnlySpan<char> word)
    {
        var cache = _affixedForms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (cache.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        string? slug = null;
        foreach (var candidate in IndonesianStemmer.Candidates(text))
        {
            if (_affixable.TryGetValue(candidate, out slug)) break;
        }
        _affixedForms.TryAdd(text, slug);
        return slug;
    }

    // Words of a name must be separated by spaces only (not sentence punctuation) to match.
    private static bool Adjacent(string text, Word[] words, int first, int count)
    {
        for (var k = first; k < first + count - 1; k++)
        {
            var gap = text.AsSpan(words[k].Index + words[k].Length, words[k + 1].Index - words[k].Index - words[k].Length);
            if (!gap.IsWhiteSpace() || gap.Length == 0) return false;
        }
        return true;
    }

    private static bool IsCaseSensitive(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        return letters.Count(char.IsUpper) >= 2 || (letters.Count <= 4 && letters.Any(char.IsUpper));
    }

    private static bool IsLinkable(LiteralInline literal)
    {
        for (Inline? parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline) return false;
        }
        var root = literal.Parent;
        while (root?.Parent is not null) root = root.Parent;
        return root?.ParentBlock is not HeadingBlock;
    }

    private static MatchCollection Words(string text) => WordPattern().Matches(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-/'.][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
