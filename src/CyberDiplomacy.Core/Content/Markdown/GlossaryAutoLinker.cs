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
    // Every leading run of words of every name, lowercase ("badan", "badan siber", …): a phrase is extended one word at
    // a time only while it can still become a name, so most words of an article cost one lookup.
    private readonly HashSet<string> _namePrefixes = new(StringComparer.Ordinal);
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
            for (var k = 1; k <= words.Count; k++) _namePrefixes.Add(string.Join(' ', words.Take(k)).ToLowerInvariant());
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
        var found = new List<(int Start, int Length, string Slug)>();
        // Materialised first: the loop replaces literals, and each is scanned once, splitting at every name it holds.
        foreach (var literal in document.Descendants<LiteralInline>().Where(IsLinkable).ToList())
        {
            var text = literal.Content.ToString();
            found.Clear();
            FindAll(text, done, found);
            if (found.Count == 0) continue;
            var position = 0;
            foreach (var (start, length, slug) in found)
            {
                linked.Add(new LinkedTerm(slug, literal.Line + 1, literal.Column + start + 1));
                if (start > position) literal.InsertBefore(new LiteralInline(text[position..start]) { Line = literal.Line, Column = literal.Column + position });
                literal.InsertBefore(TermLink(slug, text.Substring(start, length), literal.Line, literal.Column + start));
                position = start + length;
            }
            if (position < text.Length) literal.InsertBefore(new LiteralInline(text[position..]) { Line = literal.Line, Column = literal.Column + position });
            literal.Remove();
        }
        return linked;
    }

    private static LinkInline TermLink(string slug, string text, int line, int column)
    {
        var link = new LinkInline(SiteUrls.Term(slug), "") { Line = line, Column = column };
        link.AppendChild(new LiteralInline(text));
        var attributes = link.GetAttributes();
        // Only the class: the slug is in the href, and the page's script fetches the definition when a reader points at
        // the term. Every byte here is repeated for each linked term of every article.
        attributes.AddClass("term-link");
        return link;
    }

    /// <summary>The first occurrence of every name not yet linked, left to right, longest name first at each word.</summary>
    private void FindAll(string text, HashSet<string> done, List<(int Start, int Length, string Slug)> found)
    {
        // Value matches: no Match object per word of every article.
        var wordList = new List<Word>(text.Length / 6 + 1);
        foreach (var match in WordPattern().EnumerateMatches(text)) wordList.Add(new Word(match.Index, match.Length));
        var words = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(wordList);
        // Phrases are assembled in these buffers and looked up as spans: no string per candidate phrase.
        Span<char> lower = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        Span<char> exact = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var prefixes = _namePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var caseSensitive = _caseSensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        var insensitive = _insensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Length; i++)
        {
            // The longest name not yet linked that starts at word i, growing the phrase while it is a name's prefix.
            var (length, bestWords) = (0, 0);
            string? best = null;
            for (var n = 1; i + n <= words.Length; n++)
            {
                var next = words[i + n - 1];
                if (n > 1)
                {
                    // Words of a name must be separated by spaces only (not sentence punctuation) to match.
                    var gap = text.AsSpan(words[i + n - 2].Index + words[i + n - 2].Length, next.Index - words[i + n - 2].Index - words[i + n - 2].Length);
                    if (gap.Length == 0 || !gap.IsWhiteSpace()) break;
                    lower[length] = exact[length] = ' ';
                    length++;
                }
                var word = text.AsSpan(next.Index, next.Length);
                word.CopyTo(exact[length..]);
                length += word.ToLowerInvariant(lower[length..]);
                if (!prefixes.Contains(lower[..length])) break;
                if ((caseSensitive.TryGetValue(exact[..length], out var slug) || insensitive.TryGetValue(lower[..length], out slug)) && !done.Contains(slug))
                {
                    (best, bestWords) = (slug, n);
                }
            }
            // An affixed form is longer than the name it contains.
            if (best is null && words[i].Length > _shortestAffixable)
            {
                var word = text.AsSpan(words[i].Index, words[i].Length);
                var slug = Affixed(lower[..word.ToLowerInvariant(lower)]);
                if (slug is not null && !done.Contains(slug)) (best, bestWords) = (slug, 1);
            }
            if (best is null) continue;
            done.Add(best);
            var start = words[i].Index;
            found.Add((start, words[i + bestWords - 1].Index + words[i + bestWords - 1].Length - start, best));
            i += bestWords - 1;
        }
    }

    private readonly record struct Word(int Index, int Length);



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
