using CsCheck;
using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>
/// What a reader sees when the query has a typo in any of its words, is phrased in English, or uses a word the
/// editors' synonyms map (on the fixture corpus; its search/synonyms.txt holds the rules these tests use).
/// </summary>
public sealed class QueryUnderstandingTests(FixtureContentIndex index) : IClassFixture<FixtureContentIndex>
{
    private SearchResults Search(string query) => index.Host.Search(query);

    [Theory]
    [InlineData("kedaulatn siber", "kedaulatan siber")]
    [InlineData("kedaulatan sibr", "kedaulatan siber")]
    [InlineData("serangn siber", "serangan siber")]
    [InlineData("serangan sibr", "serangan siber")]
    public void A_typo_in_either_word_shows_the_corrected_phrase_and_its_results(string query, string corrected)
    {
        var results = Search(query);

        Assert.Equal(corrected, results.Suggestion);
        Assert.True(results.ShowingSuggestion, "the results shown should be those of the corrected phrase");
        // The correction's results match both words; "siber" alone would put another article first.
        Assert.NotEqual(Search("siber").Hits[0].Slug, results.Hits[0].Slug);
        Assert.Contains(corrected, results.Hits[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_query_whose_words_are_all_known_is_not_corrected()
    {
        var results = Search("diplomasi siber");

        Assert.Null(results.Suggestion);
        Assert.False(results.ShowingSuggestion);
        Assert.Equal("diplomasi-siber", results.Hits[0].Slug);
    }

    [Fact]
    public void English_phrasing_in_another_order_and_inflection_finds_the_indonesian_term_first()
    {
        var results = Search("sovereignty of states online");

        Assert.Equal("kedaulatan-siber", results.Card?.Slug);
        Assert.Equal("kedaulatan-siber", results.Hits[0].Slug);
        Assert.Contains(results.Hits.Take(2), h => h.Type == "term" && h.Slug == "kedaulatan-siber");
        Assert.Contains(results.Hits.Take(2), h => h.Type == "article" && h.Slug == "kedaulatan-siber");
        Assert.False(results.ShowingSuggestion);
    }

    [Fact]
    public void English_phrasing_of_a_concept_finds_its_term_not_a_correction()
    {
        var results = Search("attributing cyber attacks");

        Assert.True(results.Hits[0].Slug is "atribusi-serangan-siber" or "atribusi", results.Hits[0].Slug);
        Assert.Contains(results.Hits.Take(4), h => h.Type == "term" && h.Slug == "atribusi");
        Assert.Null(results.Suggestion); // understood, not a typo for "attribution"
    }

    [Fact]
    public void Equivalent_synonym_finds_what_the_other_word_finds()
    {
        var results = Search("pembobolan sistem"); // hacking, peretasan, pembobolan sistem

        Assert.Contains(results.Hits, h => h.Slug == "kejahatan-siber");
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void One_way_mapping_searches_the_target_instead()
    {
        var results = Search("jagat maya"); // dunia maya, jagat maya => ruang siber, dunia maya

        Assert.Contains(results.Hits, h => h.Type == "article" && h.Slug == "norma-perilaku-negara"); // says "ruang siber", never "dunia maya"
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void Multi_word_synonym_inside_a_longer_query_counts_as_one_of_its_words()
    {
        var results = Search("virus komputer pdns"); // virus komputer => ransomware

        Assert.Equal("insiden-pdns-2024", results.Hits[0].Slug);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void A_quoted_phrase_is_taken_literally_not_through_synonyms()
    {
        Assert.Equal(0, Search("\"jagat maya\"").Total);
    }

    [Fact]
    public void Any_query_through_synonyms_and_english_concepts_is_answered()
    {
        string[] pieces = ["dunia", "jagat", "maya", "virus", "komputer", "pembobolan", "cyber", "attacks", "sovereignty", "of", "\"", "-", ",", "=>", "#",
            "\\", "\u0000", "\uD800", "😀", "é", " ", "kedaulatn", "SIBER"];
        Gen.Frequency(
                (4, Gen.OneOf(pieces).Array[0, 12].Select(p => string.Join(' ', p))),
                (1, Gen.Char.Array[0, 300].Select(c => new string(c))))
            .Sample(q => Assert.NotNull(Search(q)), iter: 200);
    }
}
