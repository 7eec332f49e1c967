using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The reader's pages of DESIGN §4, over the fixture corpus (tests/fixtures/content).</summary>
public sealed class PageRoutesTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_has_a_search_box_featured_articles_and_glossary_highlights()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/"));

        Assert.Equal("Pustaka Diplomasi Siber", Markup.Heading(main));
        Assert.True(Markup.HasSearchForm(main));
        var featured = Markup.Section(main, "<section class=\"home-section\" aria-labelledby=\"featured-heading\">", "</section>");
        Assert.Contains("<a href=\"/articles/diplomasi\">Diplomasi: Pengertian dan Fungsi</a>", featured);
        Assert.Contains("<a href=\"/articles/insiden-pdns-2024\">Serangan Ransomware PDNS 2024</a>", featured);
        Assert.DoesNotContain("/articles/tallinn-manual", featured, StringComparison.Ordinal); // not featured
        Assert.DoesNotContain("/articles/cyber-diplomacy", featured, StringComparison.Ordinal); // featured lists Indonesian articles
        var terms = Markup.Section(main, "<section class=\"home-section\" aria-labelledby=\"glossary-heading\">", "</section>");
        Assert.Contains("<a href=\"/glossary/bssn\">Badan Siber dan Sandi Negara</a>", terms);
    }

    [Fact]
    public async Task Alphabetical_article_list_shows_indonesian_and_english_articles()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/articles?view=az"));

        var indonesian = Markup.Section(main, "<section aria-labelledby=\"articles-id\">", "</section>");
        Assert.Contains("<a href=\"/articles/diplomasi\">Diplomasi: Pengertian dan Fungsi</a>", indonesian);
        Assert.DoesNotContain("/articles/cyber-diplomacy\"", indonesian, StringComparison.Ordinal);
        var english = Markup.Section(main, "<section aria-labelledby=\"articles-en\">", "</section>");
        Assert.Contains("<a href=\"/articles/cyber-diplomacy\">Cyber Diplomacy</a>", english);
        Assert.Contains("<span class=\"count\">4</span>", english);
    }

    [Fact]
    public async Task Article_shows_its_title_sources_backlinks_and_translation()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi");

        Assert.Equal("Diplomasi: Pengertian dan Fungsi", Markup.Heading(html));
        Assert.Contains("<title>Diplomasi: Pengertian dan Fungsi &#x2014; Pustaka Diplomasi Siber</title>", html);
        var sources = Markup.Section(html, "<section class=\"sources\"[^>]*>", "</section>");
        Assert.Contains("Sumber</h2>", sources);
        Assert.Contains("Konvensi Wina tentang Hubungan Diplomatik 1961, Pasal 3", sources);
        var backlinks = Markup.Section(html, "<section aria-labelledby=\"backlinks-heading\">", "</section>");
        Assert.Contains("<a href=\"/articles/diplomasi-siber\" lang=\"id\">Diplomasi Siber</a>", backlinks);
        Assert.Contains("<a href=\"/articles/diplomacy\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">Read in English</a>", html);
    }

    [Fact]
    public async Task Citations_link_to_their_source_and_the_source_links_back_and_the_review_date_shows()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi");
        var prose = Markup.Section(html, "<div class=\"prose\">", "</div>");
        var citation = System.Text.RegularExpressions.Regex.Match(prose, "<sup class=\"cite\">\\[<a href=\"#source-(\\d+)\" id=\"cite-\\1\">\\1</a>");
        Assert.True(citation.Success, "no numbered citation in the text");
        var number = citation.Groups[1].Value;
        var sources = Markup.Section(html, "<section class=\"sources\"[^>]*>", "</section>");
        Assert.Matches($"<li id=\"source-{number}\">\\s*<a class=\"cite-back\" href=\"#cite-{number}\"", sources);
        Assert.Contains("Diperiksa <time datetime=\"", html);
    }

    [Fact]
    public async Task English_article_is_marked_english_and_links_to_its_indonesian_version()
    {
        var html = await _client.GetHtmlAsync("/articles/cyber-diplomacy");

        Assert.Equal("Cyber Diplomacy", Markup.Heading(html));
        Assert.Contains("<article class=\"article\" lang=\"en\"", html);
        Assert.Matches("<a href=\"/articles/diplomasi-siber\"[^>]*hreflang=\"id\"", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"id\" href=\"http://localhost/articles/diplomasi-siber\">", html);
    }

    [Fact]
    public async Task Glossary_has_a_to_z_letter_navigation_and_its_terms()
    {
        var html = await _client.GetHtmlAsync("/glossary");

        var letters = Markup.Section(html, "<nav class=\"letter-nav\"[^>]*>", "</nav>");
        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            Assert.Matches($"<a href=\"#letter-{letter}\">{letter}</a>|<span class=\"letter-empty\">{letter}</span>", letters);
        }
        Assert.Contains("<a href=\"#letter-D\">D</a>", letters);
        Assert.Contains("<h2 id=\"letter-D\">D</h2>", html);
        Assert.Contains("<a href=\"/glossary/diplomasi-siber\">Diplomasi siber</a>", html);
    }

    [Fact]
    public async Task Glossary_term_shows_definition_english_and_abbreviation()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/glossary/bssn"));

        Assert.Equal("Badan Siber dan Sandi Negara", Markup.Heading(main));
        Assert.Contains("<dd>BSSN</dd>", main);
        Assert.Contains("<dd lang=\"en\">National Cyber and Crypto Agency</dd>", main);
        Assert.Contains("<dd>State Cyber and Encryption Agency</dd>", main);
        Assert.Contains("Badan Siber dan Sandi Negara (BSSN)", Markup.Section(main, "<p class=\"definition\">", "</p>"));
        var related = Markup.Section(main, "<dl class=\"related-terms\">", "</dl>");
        Assert.Contains("<a href=\"/glossary/komdigi\">Kementerian Komunikasi dan Digital</a>", related);
        Assert.Contains("<a href=\"/glossary/uu-ite\">UU Informasi dan Transaksi Elektronik</a>", related);
    }

    [Fact]
    public async Task Tag_page_lists_the_tagged_documents()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/tags/diplomasi"));

        Assert.Equal("Tag: diplomasi", Markup.Heading(main));
        Assert.Contains("<a href=\"/articles/diplomasi\">Diplomasi: Pengertian dan Fungsi</a>", main);
        Assert.Contains("<a href=\"/articles/cyber-diplomacy\">Cyber Diplomacy</a>", main);
        Assert.DoesNotContain("/articles/uu-pdp\"", main, StringComparison.Ordinal); // tagged regulasi, not diplomasi
    }

    [Fact]
    public async Task Search_results_page_lists_the_matching_article_without_javascript()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/search?q=diplomasi"));

        Assert.Contains("name=\"q\" value=\"diplomasi\"", main);
        var results = Markup.Section(main, "<ol class=\"result-list\"[^>]*>", "</ol>");
        Assert.Contains("<h3><a href=\"/articles/diplomasi\">Diplomasi: Pengertian dan Fungsi</a></h3>", results);
        Assert.Contains("<mark>", results);
    }

    [Theory]
    [InlineData("/search?q=diplomasi", "1")]
    [InlineData("/search?q=diplomasi&page=2", "11")]
    public async Task Search_results_page_follows_the_page_parameter_without_a_notice(string url, string firstNumber)
    {
        // The page's own "page" route value must not be read as ?page= (it made every search show an invalid-parameter notice).
        var main = Markup.MainContent(await _client.GetHtmlAsync(url));

        Assert.DoesNotContain("class=\"notice\"", main);
        Assert.Contains($"<ol class=\"result-list\" start=\"{firstNumber}\">", main);
    }
}
