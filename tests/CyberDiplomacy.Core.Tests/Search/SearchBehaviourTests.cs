using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>What a reader sees from the search engine, on the fixture corpus (tests/fixtures/content; its README lists the cases).</summary>
public sealed class SearchBehaviourTests(FixtureContentIndex index) : IClassFixture<FixtureContentIndex>
{
    private SearchService Search => index.Host.Get<SearchService>();
    private SearchResults Run(string q, string? type = null, string? tag = null, string? lang = null, string? preferred = null) =>
        Search.Search(new SearchRequest(q, type, tag, lang, PreferredLang: preferred));

    [Theory]
    [InlineData("Badan Siber dan Sandi Negara", "bssn")] // the Indonesian name
    [InlineData("cyber diplomacy", "diplomasi-siber")] // the English name
    [InlineData("confidence building measures", "cbm")]
    [InlineData("BSSN", "bssn")] // the abbreviation
    [InlineData("Kominfo", "komdigi")] // an alias (the ministry's former name)
    [InlineData("apa itu uji tuntas", "uji-tuntas")] // a question around the name
    public void Naming_a_term_shows_its_definition_card(string query, string slug)
    {
        var results = Run(query);
        Assert.Equal(slug, results.Card?.Slug);
        Assert.Contains(results.Hits.Take(3), h => h.Type == "term" && h.Slug == slug);
    }

    [Fact]
    public void Words_that_name_no_term_show_no_card() => Assert.Null(Run("perundingan jaringan").Card);

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
    public void Common_misspelling_listed_as_an_alias_finds_the_term_directly()
    {
        var results = Run("phising");
        Assert.Equal(("term", "phishing"), (results.Hits[0].Type, results.Hits[0].Slug));
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void Correctly_spelled_query_gets_no_suggestion() => Assert.Null(Run("diplomasi").Suggestion);

    [Theory]
    [InlineData("27/2022", "uu-pdp")]
    [InlineData("UU 27/2022", "uu-pdp")]
    [InlineData("47/2023", "strategi-keamanan-siber-nasional")]
    [InlineData("Perpres 47/2023", "strategi-keamanan-siber-nasional")]
    [InlineData("UU 1/2024", "uu-ite")]
    [InlineData("A/70/174", "norma-perilaku-negara")]
    public void Law_numbers_and_identifiers_are_searchable(string query, string slug) =>
        Assert.Contains(Run(query).Hits.Take(5), h => h.Type == "article" && h.Slug == slug);

    [Fact]
    public void Quoted_phrase_requires_the_words_together()
    {
        var phrase = Run("\"pisau bermata dua\"");
        var words = Run("pisau bermata dua");
        Assert.Equal("teknologi-pisau-bermata-dua", phrase.Hits[0].Slug);
        // The dual-use term has the words apart ("pisau dengan dua mata"): found by the words, not by the phrase.
        Assert.Contains(words.Hits, h => h.Slug == "teknologi-dwiguna");
        Assert.DoesNotContain(phrase.Hits, h => h.Slug == "teknologi-dwiguna");
        Assert.True(phrase.Total < words.Total, $"phrase {phrase.Total}, words {words.Total}");
    }

    [Fact]
    public void Minus_excludes_documents()
    {
        var all = Run("konvensi kejahatan siber");
        var without = Run("konvensi kejahatan siber -budapest");
        Assert.Contains(all.Hits, h => h.Slug == "konvensi-budapest");
        Assert.DoesNotContain(without.Hits, h => h.Slug is "konvensi-budapest" or "budapest-convention");
        Assert.True(without.Total > 0);
        Assert.True(without.Total < all.Total);
        Assert.Equal("konvensi kejahatan siber", without.Query);
    }

    [Fact]
    public void Filters_narrow_results_and_counts_describe_the_unfiltered_set()
    {
        var all = Run("ransomware");
        Assert.True(all.Facets.Types["article"] > 0 && all.Facets.Types["term"] > 0, "ransomware should match articles and terms");
        var terms = Run("ransomware", type: "term");
        Assert.NotEmpty(terms.Hits);
        Assert.All(terms.Hits, h => Assert.Equal("term", h.Type));
        Assert.Equal(all.Facets.Types["term"], terms.Total);
        Assert.Equal(all.Total, all.Facets.Types.Values.Sum());
        var tagged = Run("ransomware", tag: "insiden");
        Assert.InRange(tagged.Total, 1, all.Total - 1);
        Assert.Equal(all.Facets.Tags["insiden"], tagged.Total);
        Assert.Contains(tagged.Hits, h => h.Slug == "insiden-pdns-2024");
        Assert.DoesNotContain(tagged.Hits, h => h.Slug == "kejahatan-siber");
    }

    [Fact]
    public void English_interface_ranks_english_first_but_searches_everything()
    {
        var english = Run("cybercrime", preferred: "en");
        Assert.Equal(("en", "cybercrime"), (english.Hits[0].Lang, english.Hits[0].Slug));
        Assert.Contains(english.Hits, h => h.Lang == "id");
        // A close call between an article and its translation goes to the reader's language.
        Assert.Equal("konvensi-budapest", Run("budapest", preferred: "id").Hits[0].Slug);
        Assert.Equal("budapest-convention", Run("budapest", preferred: "en").Hits[0].Slug);
    }

    [Fact]
    public void Snippets_mark_matches()
    {
        var hit = Run("kedaulatan").Hits.First(h => h.Type == "article");
        Assert.Contains("<mark>", hit.Snippet);
    }

    [Fact]
    public void Snippets_encode_markup_in_the_text()
    {
        // The XSS term's text holds a literal <script> tag: the snippet shows it, encoded.
        var hit = Run("script").Hits.Single(h => h.Slug == "xss");
        Assert.Contains("&lt;<mark>script</mark>&gt;", hit.Snippet);
        Assert.DoesNotContain("<script", hit.Snippet);
    }

    [Fact]
    public void Paging_returns_distinct_pages()
    {
        var first = Search.Search(new SearchRequest("siber", Page: 1, Size: 5));
        var second = Search.Search(new SearchRequest("siber", Page: 2, Size: 5));
        Assert.Equal(5, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Url).Intersect(second.Hits.Select(h => h.Url)));
        Assert.True(first.PageCount > 2);
    }

    [Theory]
    [InlineData("(((", "(((")]
    [InlineData("\"", "")]
    [InlineData("*", "*")]
    [InlineData("-", "-")]
    public void Query_of_only_punctuation_finds_nothing_and_suggests_nothing(string query, string echoed)
    {
        var results = Run(query);
        Assert.Equal(echoed, results.Query);
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Null(results.Suggestion);
        Assert.Null(results.Card);
    }

    [Theory]
    [InlineData("tallinn)")]
    [InlineData("((tallinn")]
    [InlineData("tallinn*")]
    [InlineData("+tallinn")]
    [InlineData("tallinn AND manual")]
    [InlineData("title: tallinn")] // no field syntax: "title" is one more word
    [InlineData("tallinn:")]
    public void Query_syntax_is_read_as_plain_words(string query)
    {
        var results = Run(query);
        Assert.Equal(query, results.Query);
        Assert.Equal("tallinn-manual", results.Hits[0].Slug);
    }

    [Fact]
    public void Field_name_alone_is_an_unknown_word_not_an_error()
    {
        var results = Run("title:");
        Assert.Equal("title:", results.Query);
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Query_of_only_stop_words_still_searches_them()
    {
        var results = Run("apa itu yang adalah");
        Assert.Equal("apa itu yang adalah", results.Query);
        Assert.True(results.Total > 0);
        Assert.All(results.Hits, h => Assert.StartsWith(h.Type switch { "term" => "/glossary/", "document" => "/documents/", _ => "/articles/" }, h.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_returns_prefix_matches_of_titles_terms_and_abbreviations()
    {
        var catalog = index.Host.Get<SuggestionCatalog>();
        Assert.Contains(catalog.Suggest("dipl"), s => s.Url == "/glossary/diplomasi-siber");
        Assert.Contains(catalog.Suggest("dipl"), s => s.Url == "/articles/diplomasi");
        Assert.Contains(catalog.Suggest("bss"), s => s.Url == "/glossary/bssn");
        Assert.Contains(catalog.Suggest("komin"), s => s.Url == "/glossary/komdigi");
        Assert.Contains(catalog.Suggest("tallinn"), s => s.Url == "/articles/tallinn-manual");
        Assert.Equal(8, catalog.Suggest("s").Count);
        Assert.Empty(catalog.Suggest(""));
        Assert.Empty(catalog.Suggest("zzzz"));
    }
}
