using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
    // Ordered longest first so that "meng" is tried before "me".
    private static readonly string[] Prefixes = ["memper", "menge", "meng", "meny", "mem", "men", "me", "ber", "be", "di", "ke", "se", "ter", "per", "peng", "peny", "pem", "pen", "pe"];
    private static readonly string[] Suffixes = ["nya", "kan", "an", "i", "lah", "kah"];

    private readonly Dictionary<string, string> _insensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _caseSensitive = new(StringComparer.Ordinal);
    private readonly HashSet<string> _affixableWords = new(StringComparer.Ordinal);

    public GlossaryAutoLinker(IEnumerable<GlossaryName> names)
    {
        foreach (var name in names)
        {
            var words = Words(name.Text).Select(m => m.Value).ToList();
            if (words.Count == 0 || words.Count > MaxNameWords) continue;
            if (IsCaseSensitive(name.Text))
            {
                _caseSensitive.TryAdd(string.Join(' ', words), name.Slug);
            }
            else
            {
                var key = string.Join(' ', words).ToLowerInvariant();
                _insensitive.TryAdd(key, name.Slug);
                if (words.Count == 1 && key.Length >= 6) _affixableWords.Add(key);
            }
        }
    }

    public int Count => _insensitive.Count + _caseSensitive.Count;

    public sealed record LinkedTerm(string Slug, int Line, int Column);

    /// <summary>Rewrites the document in place; returns the terms it linked.</summary>
    public IReadOnlyList<LinkedTerm> Apply(MarkdownDocument document)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith("/glossary/", StringComparison.Ordinal))
            {
                done.Add(url["/glossary/".Length..].Split('#')[0]);
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
        var words = Words(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(MaxNameWords, words.Count - i); n >= 1; n--)
            {
                if (!Adjacent(text, words, i, n)) continue;
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(m => m.Value));
                var start = words[i].Index;
                var length = words[i + n - 1].Index + words[i + n - 1].Length - start;
                if (_caseSensitive.TryGetValue(phrase, out var slug) || _insensitive.TryGetValue(phrase.ToLowerInvariant(), out slug)
                    || (n == 1 && TryAffixed(phrase.ToLowerInvariant(), out slug)))
                {
                    if (!done.Contains(slug)) return (start, length, slug);
                }
            }
        }
        return null;
    }

    private bool TryAffixed(string word, out string slug)
    {
        foreach (var candidate in StemCandidates(word))
        {
            if (_affixableWords.Contains(candidate) && _insensitive.TryGetValue(candidate, out slug!)) return true;
        }
        slug = "";
        return false;
    }

    internal static IEnumerable<string> StemCandidates(string word)
    {
        foreach (var withoutSuffix in Suffixes.Where(s => word.EndsWith(s, StringComparison.Ordinal)).Select(s => word[..^s.Length]).Prepend(word))
        {
            if (withoutSuffix != word) yield return withoutSuffix;
            foreach (var prefix in Prefixes.Where(p => withoutSuffix.StartsWith(p, StringComparison.Ordinal)))
            {
                yield return withoutSuffix[prefix.Length..];
            }
        }
    }

    // Words of a name must be separated by spaces only (not sentence punctuation) to match.
    private static bool Adjacent(string text, List<Match> words, int first, int count)
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
