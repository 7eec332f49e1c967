using CsCheck;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>
/// What a reader sees when the query has a typo in any of its words, is phrased in English, or uses a word the
/// editors' synonyms map (on the fixture corpus).
/// </summary>
public sealed class QueryUnderstandingTests(SearchCorpusIndex corpus) : IClassFixture<SearchCorpusIndex>
{
    [Theory]
    [InlineData("kedaulatn siber", "kedaulatan siber")]
    [InlineData("kedaulatan sibr", "kedaulatan siber")]
    [InlineData("serangn siber", "serangan siber")]
    [InlineData("serangan sibr", "serangan siber")]
    public void A_typo_in_either_word_shows_the_corrected_phrase_and_its_results(string query, string corrected)
    {
        var results = corpus.Search(query);

        Assert.Equal(corrected, results.Suggestion);
        Assert.True(results.ShowingSuggestion, "the results shown should be those of the corrected phrase");
        // The correction's results match both words; "siber" alone would put the article that says it most first.
        Assert.NotEqual("keamanan-siber", results.Hits[0].Slug);
        Assert.All(results.Hits.Take(2), hit => Assert.Contains(corrected.Split(' ')[0], hit.Title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_query_whose_words_are_all_known_is_not_corrected()
    {
        var results = corpus.Search("diplomasi siber");

        Assert.Null(results.Suggestion);
        Assert.False(results.ShowingSuggestion);
        Assert.Equal("diplomasi-siber", results.Hits[0].Slug);
    }

    [Fact]
    public void English_phrasing_in_another_order_and_inflection_finds_the_indonesian_term_first()
    {
        var results = corpus.Search("sovereignty of states online");

        Assert.Equal("kedaulatan-siber", results.Card?.Slug);
        Assert.Equal("kedaulatan-siber", results.Hits[0].Slug);
        Assert.Contains(results.Hits.Take(2), h => h.Type == "term" && h.Slug == "kedaulatan-siber");
        Assert.Contains(results.Hits.Take(2), h => h.Type == "article" && h.Slug == "kedaulatan-siber");
        Assert.False(results.ShowingSuggestion);
    }

    [Fact]
    public void English_phrasing_naming_two_concepts_finds_the_article_about_both()
    {
        var results = corpus.Search("attributing cyber attacks");

        Assert.True(results.Hits[0].Slug is "atribusi-serangan-siber" or "atribusi", results.Hits[0].Slug);
        Assert.Contains(results.Hits.Take(4), h => h.Type == "term" && h.Slug == "atribusi");
        Assert.Null(results.Suggestion); // understood, not a typo for "attribution"
    }

    [Fact]
    public void Equivalent_synonym_finds_what_the_other_word_finds()
    {
        var results = corpus.Search("penggodam");

        Assert.Equal("peretas", results.Hits[0].Slug);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void One_way_mapping_searches_the_target_instead()
    {
        var results = corpus.Search("dunia maya");

        Assert.Equal("ruang-siber", results.Hits[0].Slug);
        Assert.Contains(results.Hits, h => h.Slug == "diplomasi-siber");
    }

    [Fact]
    public void Multi_word_synonym_inside_a_longer_query_counts_as_one_of_its_words()
    {
        var results = corpus.Search("perangkat mata-mata komputer");

        Assert.Equal("malware", results.Hits[0].Slug);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void A_quoted_phrase_is_taken_literally_not_through_synonyms()
    {
        Assert.Equal(0, corpus.Search("\"dunia maya\"").Total);
    }

    [Fact]
    public void Any_query_through_synonyms_and_english_concepts_is_answered()
    {
        string[] pieces = ["dunia", "maya", "perangkat", "mata-mata", "penggodam", "cyber", "attacks", "sovereignty", "of", "\"", "-", ",", "=>", "#",
            "\\", "\u0000", "\uD800", "😀", "é", " ", "kedaulatn", "SIBER"];
        Gen.Frequency(
                (4, Gen.OneOf(pieces).Array[0, 12].Select(p => string.Join(' ', p))),
                (1, Gen.Char.Array[0, 300].Select(c => new string(c))))
            .Sample(q => Assert.NotNull(corpus.Search(q)), iter: 200);
    }
}
