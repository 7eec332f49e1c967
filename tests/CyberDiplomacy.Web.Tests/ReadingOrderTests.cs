using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>/articles grouped by topic (and its A–Z view), and the beginners' path from the home page through the articles.</summary>
public sealed class ReadingOrderTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Article_list_is_grouped_by_topic_in_topic_order_each_in_reading_order()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/articles"));

        var headings = Regex.Matches(main, "<section class=\"topic-group\" aria-labelledby=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["topic-dasar-dasar", "topic-norma-dan-hukum", "topic-kejahatan-dan-indonesia"], headings);
        var first = Markup.Section(main, "<section class=\"topic-group\" aria-labelledby=\"topic-dasar-dasar\">", "</section>");
        Assert.Contains("<h2 id=\"topic-dasar-dasar\"><a href=\"/topics/dasar-dasar\" lang=\"id\">Dasar-Dasar Diplomasi Siber</a> <span class=\"count\">6</span></h2>", first);
        // Each Indonesian article is followed by its English version.
        Assert.Equal(["/topics/dasar-dasar", "/articles/diplomasi", "/articles/diplomacy", "/articles/diplomasi-siber", "/articles/cyber-diplomacy",
            "/articles/teknologi-pisau-bermata-dua", "/articles/kedaulatan-siber"], TopicPagesTests.Links(first));
        Assert.Contains("<li lang=\"en\"><a href=\"/articles/diplomacy\">Diplomacy</a> <span class=\"lang-label\">English</span>", first);
    }

    [Theory]
    [InlineData("/articles?lang=en", "en")]
    [InlineData("/articles?lang=id", "id")]
    public async Task Article_list_filters_by_language_within_the_topics(string url, string lang)
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync(url));

        var languages = Regex.Matches(main, "<li lang=\"([a-z]+)\">").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([lang], languages);
        Assert.Contains("<section class=\"topic-group\" aria-labelledby=\"topic-dasar-dasar\">", main);
        var options = Markup.Section(main, "<nav class=\"list-options\"[^>]*>", "</nav>");
        Assert.Matches($"<a href=\"/articles\\?lang={lang}\" aria-current=\"true\" lang=\"{lang}\">", options);
        Assert.Contains($"<a href=\"/articles?view=az&amp;lang={lang}\">A&#x2013;Z</a>", options);
    }

    [Fact]
    public async Task The_alphabetical_view_is_one_link_away_and_lists_each_language()
    {
        var options = Markup.Section(Markup.MainContent(await _client.GetHtmlAsync("/articles")), "<nav class=\"list-options\"[^>]*>", "</nav>");
        Assert.Contains("<a href=\"/articles?view=az\">A&#x2013;Z</a>", options);

        var main = Markup.MainContent(await _client.GetHtmlAsync("/articles?view=az"));
        var indonesian = Markup.Section(main, "<section aria-labelledby=\"articles-id\">", "</section>");
        Assert.Contains("<a href=\"/articles/diplomasi\">Diplomasi: Pengertian dan Fungsi</a>", indonesian);
        Assert.DoesNotContain("/articles/cyber-diplomacy\"", indonesian, StringComparison.Ordinal);
        var titles = Regex.Matches(indonesian, "<a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(titles.Order(StringComparer.CurrentCulture), titles);
        var english = Markup.Section(main, "<section aria-labelledby=\"articles-en\">", "</section>");
        Assert.Contains("<a href=\"/articles/cyber-diplomacy\">Cyber Diplomacy</a>", english);
        Assert.Contains("<span class=\"count\">4</span>", english);
        Assert.DoesNotContain("topic-group", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_offers_the_beginners_path_with_reading_time_and_why()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/"));

        var path = Markup.Section(main, "<section class=\"home-section beginners-path\" id=\"mulai-di-sini\" aria-labelledby=\"path-heading\">", "</section>");
        Assert.Contains("<h2 id=\"path-heading\">Mulai di sini</h2>", path);
        var steps = Markup.Section(path, "<ol class=\"path-step-list\">", "</ol>");
        Assert.Equal(["diplomasi", "diplomasi-siber", "norma-perilaku-negara", "kejahatan-siber", "insiden-pdns-2024"],
            TopicPagesTests.Links(steps).Select(l => l.Replace("/articles/", "").Replace("?path=mulai-di-sini", "")).ToList());
        Assert.All(TopicPagesTests.Links(steps), link => Assert.EndsWith("?path=mulai-di-sini", link, StringComparison.Ordinal));
        Assert.Equal(5, Regex.Count(steps, "<span class=\"reading-time\">\\d+ menit baca</span>"));
        Assert.Contains("<p class=\"path-why\" lang=\"id\">Aturan main yang paling sering dikutip.</p>", steps);
    }

    [Fact]
    public async Task An_article_opened_from_the_path_shows_its_step_and_links_to_the_next_and_previous_steps()
    {
        var html = await _client.GetHtmlAsync("/articles/norma-perilaku-negara?path=mulai-di-sini");

        Assert.Contains("<p class=\"path-progress\"><a href=\"/#mulai-di-sini\">Mulai di Sini</a> · Langkah 3 dari 5</p>", html);
        var steps = Markup.Section(html, "<nav class=\"path-steps\" aria-label=\"Jalur bacaan Mulai di Sini\">", "</nav>");
        Assert.Contains("<p class=\"path-step-count\">Langkah 3 dari 5</p>", steps);
        Assert.Contains("<a class=\"path-next\" href=\"/articles/kejahatan-siber?path=mulai-di-sini\"><span>Langkah berikutnya:</span> Kejahatan Siber</a>", steps);
        Assert.Contains("<a class=\"path-previous\" href=\"/articles/diplomasi-siber?path=mulai-di-sini\">", steps);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/articles/norma-perilaku-negara\">", html);
    }

    [Fact]
    public async Task The_paths_ends_have_no_previous_step_and_no_next_step()
    {
        var first = Markup.Section(await _client.GetHtmlAsync("/articles/diplomasi?path=mulai-di-sini"), "<nav class=\"path-steps\"[^>]*>", "</nav>");
        var last = Markup.Section(await _client.GetHtmlAsync("/articles/insiden-pdns-2024?path=mulai-di-sini"), "<nav class=\"path-steps\"[^>]*>", "</nav>");

        Assert.Contains("Langkah 1 dari 5", first);
        Assert.DoesNotContain("path-previous", first, StringComparison.Ordinal);
        Assert.Contains("Langkah 5 dari 5", last);
        Assert.DoesNotContain("path-next", last, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/topics\">", last);
    }

    [Theory]
    [InlineData("/articles/norma-perilaku-negara")]
    [InlineData("/articles/norma-perilaku-negara?path=tidak-ada")]
    [InlineData("/articles/norma-perilaku-negara?path=%3Cscript%3E")]
    [InlineData("/articles/paris-call?path=mulai-di-sini")] // not a step of the path
    [InlineData("/articles/cyber-diplomacy?path=mulai-di-sini")]
    public async Task Without_a_known_path_naming_the_article_there_is_no_step(string url)
    {
        var html = await _client.GetHtmlAsync(url);

        Assert.DoesNotContain("path-steps", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("Langkah \\d+ dari", html);
    }
}
