using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The results page a reader gets without JavaScript: notices, cards, suggestions, filters and pages.</summary>
public sealed class SearchPageTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Valid_query_shows_no_parameter_notice()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/search?q=diplomasi"));
        Assert.DoesNotContain("class=\"notice\"", main);
    }

    [Fact]
    public async Task Second_page_shows_different_results_than_the_first()
    {
        var first = Markup.MainContent(await _client.GetHtmlAsync("/search?q=siber"));
        var second = Markup.MainContent(await _client.GetHtmlAsync("/search?q=siber&page=2"));
        Assert.Contains("<ol class=\"result-list\" start=\"11\">", second);
        Assert.Contains("aria-current=\"page\">2</a>", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Bad_page_is_explained_and_the_first_page_shown()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/search?q=siber&page=abc"));
        Assert.Contains("class=\"notice\"", main);
        Assert.Contains("<ol class=\"result-list\" start=\"1\">", main);
    }

    [Fact]
    public async Task Term_query_shows_a_definition_card_and_typo_a_suggestion()
    {
        var card = Markup.MainContent(await _client.GetHtmlAsync("/search?q=cyber+diplomacy"));
        Assert.Contains("class=\"definition-card\"", card);
        Assert.Contains("href=\"/glossary/diplomasi-siber\"", card);
        var typo = Markup.MainContent(await _client.GetHtmlAsync("/search?q=diplomsi"));
        Assert.Contains("class=\"did-you-mean\"", typo);
        Assert.Contains(">diplomasi</a>", typo);
    }

    [Fact]
    public async Task Type_filter_keeps_the_query_and_shows_counts()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/search?q=ransomware&type=term"));
        Assert.Contains("href=\"/search?q=ransomware&amp;type=article\"", main);
        Assert.DoesNotContain("<p class=\"result-meta\"><span class=\"kind\">Artikel</span>", main);
    }

    [Fact]
    public async Task A_question_shows_its_answer_card_and_hits_their_sections_without_script()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/search?q=" + Uri.EscapeDataString("kapan UU 27/2022 mengikat")));
        Assert.Contains("class=\"answer-card\"", main);
        Assert.Contains("<a href=\"/articles/uu-pdp#masa-penyesuaian\">", main);
        Assert.Contains("class=\"result-sections\"", main);
        var plain = Markup.MainContent(await _client.GetHtmlAsync("/search?q=" + Uri.EscapeDataString("UU 27/2022")));
        Assert.DoesNotContain("class=\"answer-card\"", plain);
    }
}
