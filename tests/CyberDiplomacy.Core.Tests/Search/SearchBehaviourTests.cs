using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>What a reader sees from the search engine on the shipped content.</summary>
public sealed class SearchBehaviourTests(RealContentIndex index) : IClassFixture<RealContentIndex>
{
    private SearchService Search => index.Host.Get<SearchService>();
    private SearchResults Run(string q, string? type = null, string? tag = null, string? lang = null, string? preferred = null) =>
        Search.Search(new SearchRequest(q, type, tag, lang, PreferredLang: preferred));

    [Theory]
    [InlineData("cyber diplomacy", "diplomasi-siber")]
    [InlineData("Kominfo", "komdigi")]
    [InlineData("confidence building measures", "cbm")]
    [InlineData("BSSN", "bssn")]
    [InlineData("apa itu uji tuntas", "uji-tuntas")]
    public void Naming_a_term_shows_its_definition_card(string query, string slug)
    {
        var results = Run(query);
        Assert.Equal(slug, results.Card?.Slug);
        Assert.Contains(results.Hits.Take(3), h => h.Slug == slug);
    }

    [Fact]
    public void English_term_finds_the_indonesian_article() =>
        Assert.Contains(Run("cyber diplomacy", lang: "id").Hits.Take(3), h => h.Type == "article" && h.Slug == "diplomasi-siber");

    [Theory]
    [InlineData("diplomsi", "diplomasi")]
    [InlineData("phishng", "phishing")]
    [InlineData("konvensi budapset", "konvensi budapest")]
    public void Typos_get_a_suggestion(string query, string suggestion)
    {
        var results = Run(query);
        Assert.Equal(suggestion, results.Suggestion);
        Assert.True(results.Total > 0);
    }

    [Fact]
    public void Common_misspelling_listed_as_an_alias_finds_the_term_directly() =>
        Assert.Equal("phishing", Run("phising").Hits[0].Slug);

    [Fact]
    public void Correctly_spelled_query_gets_no_suggestion() => Assert.Null(Run("diplomasi").Suggestion);

    [Theory]
    [InlineData("27/2022", "uu-pdp")]
    [InlineData("UU 27/2022", "uu-pdp")]
    [InlineData("47/2023", "strategi-keamanan-siber-nasional")]
    [InlineData("UU 1/2024", "uu-ite")]
    public void Law_numbers_and_identifiers_are_searchable(string query, string slug) =>
        Assert.Contains(Run(query).Hits.Take(5), h => h.Slug == slug);

    [Fact]
    public void Quoted_phrase_requires_the_words_together()
    {
        var phrase = Run("\"pisau bermata dua\"");
        Assert.Equal("teknologi-pisau-bermata-dua", phrase.Hits[0].Slug);
        Assert.True(phrase.Total < Run("pisau bermata dua").Total || phrase.Total <= 3);
    }

    [Fact]
    public void Minus_excludes_documents()
    {
        var all = Run("konvensi kejahatan siber");
        var without = Run("konvensi kejahatan siber -budapest");
        Assert.Contains(all.Hits, h => h.Slug == "konvensi-budapest");
        Assert.DoesNotContain(without.Hits, h => h.Slug is "konvensi-budapest" or "budapest-convention");
        Assert.True(without.Total < all.Total);
    }

    [Fact]
    public void Filters_narrow_results_and_counts_describe_the_unfiltered_set()
    {
        var all = Run("ransomware");
        var terms = Run("ransomware", type: "term");
        Assert.All(terms.Hits, h => Assert.Equal("term", h.Type));
        Assert.Equal(all.Facets.Types["term"], terms.Total);
        Assert.Equal(all.Total, all.Facets.Types.Values.Sum());
        var tagged = Run("ransomware", tag: "insiden");
        Assert.Equal(all.Facets.Tags["insiden"], tagged.Total);
    }

    [Fact]
    public void English_interface_ranks_english_first_but_searches_everything()
    {
        var english = Run("cybercrime", preferred: "en");
        Assert.Equal("en", english.Hits[0].Lang);
        Assert.Contains(english.Hits, h => h.Lang == "id");
    }

    [Fact]
    public void Snippets_mark_matches_and_encode_text()
    {
        var hit = Run("kedaulatan").Hits.First(h => h.Type == "article");
        Assert.Contains("<mark>", hit.Snippet);
        Assert.DoesNotContain("<script", hit.Snippet);
    }

    [Fact]
    public void Paging_returns_distinct_pages()
    {
        var first = Search.Search(new SearchRequest("siber", Page: 1, Size: 5));
        var second = Search.Search(new SearchRequest("siber", Page: 2, Size: 5));
        Assert.Empty(first.Hits.Select(h => h.Url).Intersect(second.Hits.Select(h => h.Url)));
        Assert.True(first.PageCount > 2);
    }

    [Theory]
    [InlineData("(((")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("-")]
    [InlineData("apa itu yang adalah")]
    public void Broken_queries_never_throw(string query) => Assert.NotNull(Run(query));

    [Fact]
    public void Suggest_returns_prefix_matches_of_titles_terms_and_abbreviations()
    {
        var catalog = index.Host.Get<SuggestionCatalog>();
        Assert.Contains(catalog.Suggest("dipl"), s => s.Url == "/glossary/diplomasi-siber");
        Assert.Contains(catalog.Suggest("bss"), s => s.Url == "/glossary/bssn");
        Assert.Contains(catalog.Suggest("komin"), s => s.Url == "/glossary/komdigi");
        Assert.True(catalog.Suggest("s").Count <= 8);
        Assert.Empty(catalog.Suggest(""));
    }
}
