using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>/topics and the topic hubs, over the fixture corpus's three topics.</summary>
public sealed class TopicPagesTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Topic_list_shows_every_topic_in_order_with_its_summary_and_article_count()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/topics"));

        Assert.Equal("Topik", Markup.Heading(main));
        var topics = Markup.Section(main, "<ol class=\"topic-list\">", "</ol>");
        Assert.Equal(["/topics/dasar-dasar", "/topics/norma-dan-hukum", "/topics/kejahatan-dan-indonesia"], Links(topics));
        Assert.Contains("Pengertian pokok yang dipakai di seluruh situs", topics);
        Assert.Contains("<p class=\"count\">4 artikel</p>", topics);
        Assert.Contains("<p class=\"count\">6 artikel</p>", topics);
    }

    [Fact]
    public async Task Topic_hub_shows_its_introduction_and_its_articles_in_reading_order_with_reading_time()
    {
        var html = await _client.GetHtmlAsync("/topics/dasar-dasar");
        var main = Markup.MainContent(html);

        Assert.Equal("Dasar-Dasar Diplomasi Siber", Markup.Heading(main));
        Assert.Contains("<title>Dasar-Dasar Diplomasi Siber &#x2014; Pustaka Diplomasi Siber</title>", html);
        Assert.Contains("Topik uji ini dimulai dari arti diplomasi", Markup.Section(main, "<div class=\"prose\"[^>]*>", "</div>"));
        var reading = Markup.Section(main, "<ol class=\"reading-list\">", "</ol>");
        Assert.Equal(["/articles/diplomasi", "/articles/diplomacy", "/articles/diplomasi-siber", "/articles/cyber-diplomacy",
            "/articles/teknologi-pisau-bermata-dua", "/articles/kedaulatan-siber"], Links(reading));
        Assert.Matches("<p class=\"reading-meta\">\\d+ menit baca", reading);
        var breadcrumbs = Markup.Section(html, "<nav class=\"breadcrumbs\"[^>]*>", "</nav>");
        Assert.Contains("<a href=\"/topics\">Topik</a>", breadcrumbs);
    }

    [Fact]
    public async Task Topic_hub_shows_the_terms_its_articles_use_most()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/topics/dasar-dasar"));

        var terms = Markup.Section(main, "<dl class=\"key-terms\">", "</dl>");
        var slugs = Links(terms);
        Assert.Equal("/glossary/diplomasi", slugs[0]); // used by three of the four articles
        Assert.Contains("<span class=\"count\">dipakai di 3 artikel</span>", terms);
        Assert.InRange(slugs.Count, 2, 8);
    }

    [Fact]
    public async Task Topic_hub_shows_the_latest_dated_events_of_its_articles_newest_first()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/topics/kejahatan-dan-indonesia"));

        var latest = Markup.Section(main, "<ol class=\"plain-list latest-events\">", "</ol>");
        var dates = Regex.Matches(latest, "<time datetime=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        // The events its articles list and the adoption of the documents they cite (the UN convention, UU 11/2008).
        Assert.Equal(["2024-12-24", "2024-07-03", "2024-06-20", "2008-04-21"], dates);
        Assert.Contains("<a href=\"/articles/insiden-pdns-2024#kronologi\" lang=\"id\">Brain Cipher merilis kunci dekripsi PDNS 2</a>", latest);
        Assert.Contains(">3 Juli 2024</time>", latest);
    }

    [Theory]
    [InlineData("/topics/tidak-ada")]
    [InlineData("/topics/Bukan_Slug")]
    public async Task An_unknown_topic_is_not_found(string url) =>
        await _client.GetHtmlAsync(url, System.Net.HttpStatusCode.NotFound);

    [Fact]
    public async Task Site_navigation_links_to_the_topics()
    {
        var html = await _client.GetHtmlAsync("/");

        Assert.Contains("Topik", Markup.NavigationLinks(html));
        Assert.Contains("<li><a href=\"/topics\">Topik</a></li>", html);
    }

    [Fact]
    public async Task Topic_pages_have_their_english_interface()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/topics/dasar-dasar?ui-culture=en"));

        Assert.Contains("<h2 id=\"topic-articles-heading\">Reading order</h2>", main);
        Assert.Contains("<h1 id=\"topic-title\" lang=\"id\">", main);
    }

    internal static List<string> Links(string html) =>
        Regex.Matches(html, "<a href=\"([^\"#]+)[^\"]*\"").Select(m => m.Groups[1].Value).ToList();
}
