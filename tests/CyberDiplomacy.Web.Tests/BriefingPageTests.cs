using System.Net;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary><c>/briefing</c>: a tag's or a choice's articles, cited documents, glossary and sources on one page, over the fixture corpus.</summary>
public sealed partial class BriefingPageTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly string[] SectionsInOrder = ["briefing-title", "contents", "article-norma-perilaku-negara", "documents", "document-gge-2015", "glossary", "sources"];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_tag_pack_has_cover_contents_articles_documents_glossary_and_sources_in_that_order()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/briefing?tag=norma"));

        Assert.Equal("Paket Briefing: norma", Markup.Heading(main));
        Assert.Matches("Disusun \\d+ \\w+ \\d{4} dari Pustaka Diplomasi Siber, <a class=\"url\" href=\"http://localhost\">", main);
        Assert.Contains("<a class=\"url\" href=\"http://localhost/briefing?tag=norma\">", main);
        Assert.Contains("href=\"/briefing.epub?tag=norma\"", main);
        var order = SectionsInOrder.Select(id => main.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position >= 0, string.Join(", ", order)));
        Assert.Equal(order.Order(), order);
        // The tagged document nobody cites is in the pack too, after the cited one (by adoption date).
        Assert.True(main.IndexOf("id=\"document-gge-2015\"", StringComparison.Ordinal) < main.IndexOf("id=\"document-asean-leaders-statement-2018\"", StringComparison.Ordinal));
        var contents = Markup.Section(main, "<nav class=\"briefing-toc\"[^>]*>", "</nav>");
        Assert.Contains("<a href=\"#article-norma-perilaku-negara--laporan-gge-2015\">Laporan GGE 2015</a>", contents);
    }

    [Fact]
    public async Task Ids_are_unique_and_every_in_page_link_has_its_target()
    {
        var html = await _client.GetHtmlAsync("/briefing?tag=diplomasi&articles=norma-perilaku-negara,uu-pdp&documents=asean-leaders-statement-2018");

        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        var targets = FragmentLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        Assert.True(targets.Count > 20, $"{targets.Count} in-page links");
        Assert.All(targets, target => Assert.Contains(target, ids));
        Assert.DoesNotContain("href=\"/glossary/", Markup.MainContent(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_glossary_appendix_lists_every_term_the_articles_use()
    {
        string[] slugs = ["diplomasi-siber", "norma-perilaku-negara", "insiden-pdns-2024"];
        var main = Markup.MainContent(await _client.GetHtmlAsync("/briefing?articles=" + string.Join(',', slugs)));

        var used = new HashSet<string>();
        foreach (var slug in slugs)
        {
            var article = Markup.Section(await _client.GetHtmlAsync("/articles/" + slug), "<div class=\"prose\">", "</div>");
            used.UnionWith(TermLink().Matches(article).Select(m => m.Groups[1].Value));
        }
        var glossary = Markup.Section(main, "<section class=\"briefing-part briefing-glossary\"[^>]*>", "</section>");
        var listed = GlossaryEntry().Matches(glossary).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.True(used.Count >= 5, string.Join(", ", used));
        Assert.Superset(used, listed);
        Assert.Contains("<dt id=\"glossary-bssn\">Badan Siber dan Sandi Negara<abbr> (BSSN)</abbr></dt><dd class=\"term-en\" lang=\"en\">National Cyber and Crypto Agency</dd>", glossary);
        Assert.Contains("<dd id=\"term-def-bssn\">", glossary);
    }

    [Fact]
    public async Task An_article_pack_holds_the_documents_it_cites_with_symbol_date_and_official_link()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/briefing?articles=norma-perilaku-negara"));

        Assert.Equal("Paket Briefing: Norma Perilaku Negara di Ruang Siber", Markup.Heading(main));
        var documents = Markup.Section(main, "<section class=\"briefing-part briefing-documents\"[^>]*>", "</section>");
        Assert.Contains("<h3 id=\"document-gge-2015\">Laporan Kelompok Ahli Pemerintah PBB 2015</h3>", documents);
        Assert.Contains("<dt>Simbol</dt><dd>A/70/174</dd>", documents);
        Assert.Contains("<time datetime=\"2015-07-22\">22 Juli 2015</time>", documents);
        Assert.Contains("<a class=\"url\" href=\"https://undocs.org/A/70/174\" rel=\"external noopener\">https://undocs.org/A/70/174</a>", documents);
        Assert.Contains("<a href=\"#article-norma-perilaku-negara\">Norma Perilaku Negara di Ruang Siber</a>", documents);
        Assert.DoesNotContain("asean-leaders-statement-2018", documents, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#document-gge-2015\">A/70/174</a>", main);
        // A citation leads to the article's part of the pack's source list, which prints the URL.
        Assert.Contains("<a href=\"#article-norma-perilaku-negara--source-1\" id=\"article-norma-perilaku-negara--cite-1\">1</a>", main);
        Assert.Contains("<li id=\"article-norma-perilaku-negara--source-1\" value=\"1\">", main);
    }

    [Fact]
    public async Task A_tag_pack_holds_one_language_of_a_translated_article_the_readers()
    {
        var indonesian = await _client.GetHtmlAsync("/briefing?tag=diplomasi");
        var english = await _client.GetHtmlAsync("/briefing?tag=diplomasi&ui-culture=en");

        Assert.Contains("id=\"article-diplomasi-siber\"", indonesian);
        Assert.DoesNotContain("id=\"article-cyber-diplomacy\"", indonesian, StringComparison.Ordinal);
        Assert.Contains("<article class=\"briefing-chapter\" lang=\"en\" aria-labelledby=\"article-cyber-diplomacy\">", english);
        Assert.DoesNotContain("id=\"article-diplomasi-siber\"", english, StringComparison.Ordinal);
        Assert.Equal("Briefing Pack: diplomasi", Markup.Heading(english));
    }

    [Theory]
    [InlineData("/briefing", HttpStatusCode.BadRequest, "Pilih isi paket briefing")]
    [InlineData("/briefing?articles=diplomasi,tidak-ada", HttpStatusCode.NotFound, "artikel: <code>tidak-ada</code>")]
    [InlineData("/briefing?tag=tidak-ada", HttpStatusCode.NotFound, "tag: <code>tidak-ada</code>")]
    [InlineData("/briefing?documents=A%2F70%2F174", HttpStatusCode.NotFound, "nama tidak sah: <code>A/70/174</code>")]
    public async Task A_pack_that_cannot_be_made_says_why(string url, HttpStatusCode status, string notice)
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync(url, status));
        Assert.Contains(notice, main);
    }

    [Fact]
    public async Task More_than_thirty_named_articles_are_refused()
    {
        var many = string.Join(',', Enumerable.Range(1, 31).Select(i => "artikel-" + i));
        Assert.Contains("paling banyak 30 artikel", await _client.GetHtmlAsync("/briefing?articles=" + many, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_page_is_safe_under_the_content_security_policy()
    {
        var html = await _client.GetHtmlAsync("/briefing?tag=norma");
        PageSafety.AssertSafe(html, "/briefing?tag=norma");
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/briefing.css?v=", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
    }

    [Theory]
    [InlineData("/tags/norma", "/briefing?tag=norma")]
    [InlineData("/articles/diplomasi", "/briefing?articles=diplomasi")]
    public async Task Tag_and_article_pages_link_to_their_pack(string page, string pack)
    {
        Assert.Matches($"href=\"{Regex.Escape(pack)}\"[^>]*>Cetak / simpan PDF</a>", await _client.GetHtmlAsync(page));
        await _client.GetHtmlAsync(pack);
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex FragmentLink();

    [GeneratedRegex("href=\"/glossary/([a-z0-9-]+)\"")]
    private static partial Regex TermLink();

    [GeneratedRegex("<dt id=\"glossary-([a-z0-9-]+)\"")]
    private static partial Regex GlossaryEntry();
}
