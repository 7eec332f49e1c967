using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>An article's way onward: its topic's sidebar and disclosure, reading-order neighbours and breadcrumbs.</summary>
public sealed class ArticleNavigationTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Sidebar_lists_the_topic_in_reading_order_and_marks_the_current_article()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi-siber");

        var sidebar = Markup.Section(html, "<nav class=\"topic-sidebar\" aria-label=\"Artikel dalam topik Dasar-Dasar Diplomasi Siber\">", "</nav>");
        Assert.Contains("<a href=\"/topics/dasar-dasar\" lang=\"id\">Dasar-Dasar Diplomasi Siber</a>", sidebar);
        var list = Markup.Section(sidebar, "<ol class=\"topic-nav-list\">", "</ol>");
        Assert.Equal(["/articles/diplomasi", "/articles/diplomasi-siber", "/articles/teknologi-pisau-bermata-dua", "/articles/kedaulatan-siber"],
            TopicPagesTests.Links(list));
        var current = Assert.Single(Regex.Matches(list, "<a [^>]*aria-current=\"page\"[^>]*>"));
        Assert.Contains("href=\"/articles/diplomasi-siber\"", current.Value);
    }

    [Fact]
    public async Task On_phones_the_same_list_is_a_disclosure_that_works_without_script()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi-siber");

        var disclosure = Markup.Section(html, "<nav class=\"topic-disclosure\" aria-label=\"Artikel dalam topik Dasar-Dasar Diplomasi Siber\">", "</nav>");
        Assert.Contains("<details>", disclosure);
        Assert.Matches("<summary>Topik: <span lang=\"id\">Dasar-Dasar Diplomasi Siber</span> <span class=\"count\">\\(2 dari 4\\)</span></summary>", disclosure);
        Assert.Single(Regex.Matches(disclosure, "aria-current=\"page\""));
    }

    [Fact]
    public async Task Previous_and_next_follow_the_topics_reading_order()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi-siber");

        var neighbours = Markup.Section(html, "<nav class=\"prev-next\" aria-label=\"Urutan bacaan topik Dasar-Dasar Diplomasi Siber\">", "</nav>");
        Assert.Contains("<a rel=\"prev\" href=\"/articles/diplomasi\">", neighbours);
        // By title among the articles tagged "diplomasi" the next would be Kedaulatan Siber; the topic puts Teknologi first.
        Assert.Contains("<a rel=\"next\" href=\"/articles/teknologi-pisau-bermata-dua\">", neighbours);
    }

    [Fact]
    public async Task The_last_article_of_a_topic_has_no_next_and_the_first_no_previous()
    {
        var last = Markup.Section(await _client.GetHtmlAsync("/articles/kedaulatan-siber"), "<nav class=\"prev-next\"[^>]*>", "</nav>");
        var first = Markup.Section(await _client.GetHtmlAsync("/articles/diplomasi"), "<nav class=\"prev-next\"[^>]*>", "</nav>");

        Assert.Contains("rel=\"prev\" href=\"/articles/teknologi-pisau-bermata-dua\"", last);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/articles/diplomasi-siber\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumbs_lead_home_then_to_the_topic()
    {
        var html = await _client.GetHtmlAsync("/articles/tallinn-manual");

        var breadcrumbs = Markup.Section(html, "<nav class=\"breadcrumbs\"[^>]*>", "</nav>");
        Assert.Matches("<li><a href=\"/\">Beranda</a></li>\\s*<li><a href=\"/topics/norma-dan-hukum\">Norma dan Hukum Internasional</a></li>\\s*<li><span aria-current=\"page\">Tallinn Manual</span></li>", breadcrumbs);
    }

    [Fact]
    public async Task An_english_article_shows_its_translations_topic_with_english_versions_where_they_exist()
    {
        var html = await _client.GetHtmlAsync("/articles/cyber-diplomacy");

        var sidebar = Markup.Section(html, "<nav class=\"topic-sidebar\"[^>]*>", "</nav>");
        Assert.Contains("<a href=\"/topics/dasar-dasar\" lang=\"id\">Dasar-Dasar Diplomasi Siber</a>", sidebar);
        Assert.Equal(["/articles/diplomacy", "/articles/cyber-diplomacy", "/articles/teknologi-pisau-bermata-dua", "/articles/kedaulatan-siber"],
            TopicPagesTests.Links(Markup.Section(sidebar, "<ol class=\"topic-nav-list\">", "</ol>")));
        Assert.Contains("<a href=\"/articles/cyber-diplomacy\" lang=\"en\" aria-current=\"page\">Cyber Diplomacy</a>", sidebar);
        var neighbours = Markup.Section(html, "<nav class=\"prev-next\"[^>]*>", "</nav>");
        Assert.Contains("rel=\"prev\" href=\"/articles/diplomacy\"", neighbours);
        Assert.Contains("rel=\"next\" href=\"/articles/teknologi-pisau-bermata-dua\"", neighbours);
    }
}
