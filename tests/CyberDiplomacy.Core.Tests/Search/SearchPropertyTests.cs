using CsCheck;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Tests.Ingest;
using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>Whatever a reader types (control characters, lone surrogates, query syntax, 100 KB), search answers and never throws.</summary>
public sealed class SearchPropertyTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Iterations = 300;
    private readonly TempKnowledgeBase _kb = new();
    private KnowledgeBaseHost _host = null!;

    private static readonly string[] QuerySyntax =
    [
        "\"", "-", "*", "?", "~", "^", ":", "(", ")", "[", "]", "{", "}", "\\", "/", "+", "!", "&&", "||", "AND", "OR", "NOT", " ", "\t",
        "diplomasi", "siber", "BSSN", "title:", "body:", "*:*", "~2", "^10", "\u0000", "\uD800", "\uDC00", "😀", "\u202E", "é", "e\u0301", "ﬁ",
    ];

    /// <summary>Mostly short queries with syntax, some random characters, and a few very long ones.</summary>
    private static readonly Gen<string> Query = Gen.Frequency(
        (5, Gen.OneOf(QuerySyntax).Array[0, 30].Select(string.Concat)),
        (4, Gen.Char.Array[0, 600].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.Char, Gen.Int[1_000, 100_000], (c, n) => new string(c, n) + "😀")));

    public async Task InitializeAsync()
    {
        _kb.Write("glossary/bssn.md", "---\nterm: Badan Siber dan Sandi Negara\nen: National Cyber and Crypto Agency\nabbr: BSSN\n---\nLembaga siber Indonesia.\n");
        _kb.Write("articles/diplomasi.md", "---\ntitle: Diplomasi Siber\nsummary: Tentang diplomasi.\ntags: [diplomasi]\n---\nDiplomasi siber dan norma negara.\n");
        _kb.Write("articles/en/cyber-diplomacy.md", "---\ntitle: Cyber Diplomacy\nsummary: About it.\nlang: en\n---\nCyber diplomacy and state norms.\n");
        _host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await _host.IngestAsync();
    }

    [Fact]
    public void Any_query_is_answered_without_throwing()
    {
        var search = _host.Get<SearchService>();
        Query.Sample(q =>
        {
            var results = search.Search(new SearchRequest(q, null, null, null, 1, 10, "id"));
            AssertWellFormed(results);
        }, iter: Iterations, writeLine: output.WriteLine);
    }

    /// <summary>What the results page and the API show holds together, whatever was typed.</summary>
    private static void AssertWellFormed(SearchResults results)
    {
        // The echoed query is printable text: no control character, no half of an emoji.
        Assert.DoesNotContain(results.Query, c => char.IsControl(c));
        Assert.True(IsWellFormedUtf16(results.Query), "the echoed query holds a lone surrogate");
        // A first page holds results exactly when there are any, at most a page of them, each counted.
        Assert.InRange(results.Hits.Count, results.Total == 0 ? 0 : 1, Math.Min(results.Size, results.Total));
        Assert.Equal((results.Total + results.Size - 1) / results.Size, results.PageCount);
        foreach (var hit in results.Hits)
        {
            Assert.Equal(hit.Type == "term" ? "/glossary/" + hit.Slug : "/articles/" + hit.Slug, hit.Url);
            Assert.False(string.IsNullOrWhiteSpace(hit.Title));
            // Snippets are encoded text: the only markup in them is the highlight.
            Assert.DoesNotContain('<', hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
        }
        Assert.True(results.Suggestion is null || (results.Suggestion.Length > 0 && IsWellFormedUtf16(results.Suggestion)));
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    [Fact]
    public void Any_prefix_is_answered_by_suggestions_without_throwing()
    {
        var catalog = _host.Get<SuggestionCatalog>();
        Query.Sample(q => Assert.True(catalog.Suggest(q).Count <= 8), iter: Iterations, writeLine: output.WriteLine);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("diplomasi \uDC00 siber")]
    [InlineData("\"\uD83D")]
    public void Lone_surrogate_is_searched_as_a_space(string query)
    {
        var results = _host.Get<SearchService>().Search(new SearchRequest(query));
        Assert.DoesNotContain('\uD800', results.Query);
        Assert.DoesNotContain(_host.Get<SuggestionCatalog>().Suggest(query), s => s.Title.Length == 0);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _kb.Dispose();
    }

    public void Dispose() => _kb.Dispose();
}
