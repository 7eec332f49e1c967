using System.Globalization;
using System.Text;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Search;

public sealed record Suggestion(string Title, string Type, string Url);

/// <summary>One name a document can be found by: an article title, or a term's name, English equivalent, abbreviation or alias.</summary>
public sealed record CatalogName(string Name, DocumentKind Kind, string Slug, string Title, string Url, string Lang);

/// <summary>
/// In-memory prefix index over titles and glossary names for typeahead, and exact-name lookup for definition cards.
/// Rebuilt after each ingest and swapped atomically; a sorted array with binary search keeps a lookup in microseconds.
/// </summary>
public sealed class SuggestionCatalog
{
    private sealed record Key(string Text, CatalogName Name, bool WholeName);

    private volatile Snapshot _snapshot = new([], new Dictionary<string, CatalogName>(), new Dictionary<string, TermCard>(), EnglishConcepts.Empty);

    private sealed record Snapshot(Key[] Keys, Dictionary<string, CatalogName> ExactNames, Dictionary<string, TermCard> Cards, EnglishConcepts English);

    public void Replace(IEnumerable<CatalogName> names, IEnumerable<TermCard> cards)
    {
        var keys = new List<Key>();
        var exact = new Dictionary<string, CatalogName>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var normalized = Normalize(name.Name);
            if (normalized.Length == 0) continue;
            if (name.Kind == DocumentKind.Term) exact.TryAdd(normalized, name); // cards are for glossary terms
            keys.Add(new Key(normalized, name, WholeName: true));
            for (var i = 1; i < normalized.Length; i++)
            {
                if (normalized[i - 1] == ' ') keys.Add(new Key(normalized[i..], name, WholeName: false));
            }
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text));
        var cardsBySlug = cards.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _snapshot = new Snapshot(keys.ToArray(), exact, cardsBySlug, EnglishNames(keys, cardsBySlug));
    }

    /// <summary>Glossary terms named by an English phrasing of the query ("attributing cyber attacks" → Atribusi, Serangan siber).</summary>
    public IReadOnlyList<ConceptMatch> MatchEnglish(string text) => _snapshot.English.Match(text);

    /// <summary>A term's English equivalent and aliases; not its Indonesian name or its abbreviation ("ITU" is also Indonesian "itu").</summary>
    private static EnglishConcepts EnglishNames(List<Key> keys, Dictionary<string, TermCard> cards) =>
        EnglishConcepts.Build(keys.Where(k => k.WholeName && k.Name.Kind == DocumentKind.Term && cards.ContainsKey(k.Name.Slug))
            .GroupBy(k => k.Name.Slug, StringComparer.Ordinal)
            .Select(g =>
            {
                var card = cards[g.Key];
                var own = new[] { card.Term, card.Abbreviation ?? "" }.Select(Normalize).ToHashSet(StringComparer.Ordinal);
                return (g.Key, card.Term, g.Select(k => k.Name.Name).Where(n => !own.Contains(Normalize(n))));
            }));

    public int Count => _snapshot.Keys.Length;

    /// <summary>Up to <paramref name="limit"/> documents whose title or a name starts with the prefix (whole name first, then a later word).</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix, int limit = 8)
    {
        var query = Normalize(prefix ?? "");
        if (query.Length == 0) return [];
        var snapshot = _snapshot;
        var keys = snapshot.Keys;
        var lo = LowerBound(keys, query);
        var matches = new List<Key>();
        for (var i = lo; i < keys.Length && keys[i].Text.StartsWith(query, StringComparison.Ordinal) && matches.Count < 200; i++)
        {
            matches.Add(keys[i]);
        }
        return matches
            .OrderBy(k => k.WholeName ? 0 : 1)
            .ThenBy(k => k.Name.Kind == DocumentKind.Term && k.Name.Name != k.Name.Title ? 1 : 0)
            .ThenBy(k => k.Text.Length)
            .ThenBy(k => k.Name.Title, StringComparer.Ordinal)
            .DistinctBy(k => k.Name.Url)
            .Take(limit)
            .Select(k => new Suggestion(Display(k.Name), k.Name.Kind.ToApiName(), k.Name.Url))
            .ToList();
    }

    /// <summary>The term whose name, English equivalent, abbreviation or alias is exactly this text, if any.</summary>
    public TermCard? FindTermCard(string text)
    {
        var snapshot = _snapshot;
        if (snapshot.ExactNames.TryGetValue(Normalize(text), out var name) && name.Kind == DocumentKind.Term)
        {
            return snapshot.Cards.GetValueOrDefault(name.Slug);
        }
        return null;
    }

    /// <summary>A glossary term's card by slug: the card for a concept an English phrasing names.</summary>
    public TermCard? Card(string slug) => _snapshot.Cards.GetValueOrDefault(slug);

    private static string Display(CatalogName name) =>
        name.Kind == DocumentKind.Term && !string.Equals(name.Name, name.Title, StringComparison.OrdinalIgnoreCase)
            ? $"{name.Title} ({name.Name})"
            : name.Title;

    private static int LowerBound(Key[] keys, string value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid].Text, value) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Lowercase, accents removed, punctuation folded to single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in UnicodeText.WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }
}
