using System.Net;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// The catalogue and a document's page over the fixture corpus's six documents (tests/fixtures/content/documents):
/// filters answered by the server, so they work without JavaScript.
/// </summary>
public sealed partial class DocumentPagesTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Catalogue_lists_every_document_with_symbol_kind_body_date_and_status()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/documents"));

        Assert.Equal("Dokumen Primer", Markup.Heading(main));
        Assert.Equal(6, DocumentLinks(main).Count);
        var gge2013 = Entry(main, "/documents/gge-2013");
        Assert.Contains("<span class=\"symbol\">A/68/98</span>", gge2013);
        Assert.Contains("<span class=\"kind\">Laporan</span>", gge2013);
        Assert.Contains("<span>UN GGE</span>", gge2013);
        Assert.Contains("<time datetime=\"2013-06-24\">24 Juni 2013</time>", gge2013);
        Assert.Contains("<span class=\"status-badge status-member\">Indonesia: Anggota</span>", gge2013);
        // A date known only to the month is shown as the month, never as an invented day.
        Assert.Contains("<time datetime=\"2018-04\">April 2018</time>", Entry(main, "/documents/asean-leaders-statement-2018"));
        var resolution = Entry(main, "/documents/unga-53-70");
        Assert.Contains("<time datetime=\"1998-12-04\">4 Desember 1998</time>", resolution);
        Assert.DoesNotContain("status-badge", resolution, StringComparison.Ordinal); // no Indonesia record, no badge
    }

    [Fact]
    public async Task Catalogue_is_newest_first_by_default_and_oldest_first_on_request()
    {
        var newest = DocumentLinks(Markup.MainContent(await _client.GetHtmlAsync("/documents")));
        var oldest = DocumentLinks(Markup.MainContent(await _client.GetHtmlAsync("/documents?sort=date-asc")));

        Assert.Equal("/documents/konvensi-pbb-kejahatan-siber", newest[0]);
        Assert.Equal("/documents/unga-53-70", oldest[0]);
        Assert.Equal(newest.AsEnumerable().Reverse(), oldest);
    }

    [Theory]
    [InlineData("kind=report", new[] { "/documents/gge-2015", "/documents/gge-2013" })]
    [InlineData("decade=2010", new[] { "/documents/asean-leaders-statement-2018", "/documents/gge-2015", "/documents/gge-2013" })]
    [InlineData("status=member&decade=2010", new[] { "/documents/asean-leaders-statement-2018", "/documents/gge-2013" })]
    [InlineData("body=Majelis+Umum+PBB", new[] { "/documents/konvensi-pbb-kejahatan-siber", "/documents/unga-53-70" })]
    [InlineData("kind=treaty&status=member", new string[0])]
    public async Task Filters_are_applied_by_the_server(string query, string[] expected)
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/documents?" + query));

        Assert.Equal(expected, DocumentLinks(main));
        Assert.Contains($"{expected.Length} dari 6 dokumen", main);
        Assert.Contains("<a href=\"/documents\">Hapus saringan</a>", main);
    }

    [Fact]
    public async Task Each_filter_value_shows_how_many_documents_choosing_it_leaves()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/documents?decade=2010"));

        var kinds = Markup.Section(main, "<select id=\"filter-kind\" name=\"kind\">", "</select>");
        Assert.Contains("<option value=\"report\">Laporan (2)</option>", kinds);
        Assert.Contains("<option value=\"declaration\">Deklarasi (1)</option>", kinds);
        Assert.DoesNotContain("value=\"treaty\"", kinds, StringComparison.Ordinal); // none in the 2010s
        var decades = Markup.Section(main, "<select id=\"filter-decade\" name=\"decade\">", "</select>");
        Assert.Contains("<option value=\"2010\" selected=\"selected\">2010-an (3)</option>", decades);
        Assert.Contains("<option value=\"1990\">1990-an (1)</option>", decades); // counted without the decade filter itself
        var statuses = Markup.Section(main, "<select id=\"filter-status\" name=\"status\">", "</select>");
        Assert.Contains("<option value=\"member\">Anggota (2)</option>", statuses);
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored_rather_than_answered_with_an_error()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/documents?kind=poem&decade=1999&status=friend&sort=sideways"));

        Assert.Equal(6, DocumentLinks(main).Count);
        Assert.DoesNotContain("Hapus saringan", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_card_shows_its_facts_the_official_text_and_indonesias_status_with_its_source()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/documents/konvensi-pbb-kejahatan-siber"));

        Assert.Equal("Konvensi PBB melawan Kejahatan Siber", Markup.Heading(main));
        var card = Markup.Section(main, "<dl class=\"document-facts\">", "</dl>");
        Assert.Contains("<dt>Jenis</dt><dd><a href=\"/documents?kind=treaty\">Traktat</a></dd>", card);
        Assert.Contains("<dt>Diadopsi oleh</dt><dd><a href=\"/documents?body=Majelis%20Umum%20PBB\">Majelis Umum PBB</a></dd>", card);
        Assert.Contains("<time datetime=\"2024-12-24\">24 Desember 2024</time>", card);
        Assert.Contains("href=\"https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml\" rel=\"external noopener\">Baca teks resmi</a>", card);
        Assert.Contains("<a class=\"status-badge status-not-party\" href=\"/indonesia#status-not-party\">Bukan pihak</a>", card);
        Assert.Contains("Indonesia tidak tercantum di antara penanda tangan dalam catatan status UNTC.", card);
        // The status's source is the entry whose id the record names (untc, the first source).
        Assert.Matches("<p class=\"indonesia-source\">Sumber: <a href=\"#source-1\">\\[1\\]</a>\\s*<a href=\"https://treaties.un.org/[^\"]*\" rel=\"external noopener\">Status: United Nations Convention against Cybercrime", card);
        Assert.Contains("<li id=\"source-1\"><a class=\"cite-back\" href=\"#cite-1\"", Markup.Section(main, "<section class=\"sources\"[^>]*>", "</section>"));
    }

    [Fact]
    public async Task Document_page_lists_the_articles_terms_and_documents_that_cite_it()
    {
        var citedBy = Markup.Section(await _client.GetHtmlAsync("/documents/uu-11-2008"), "<section aria-labelledby=\"cited-by-heading\">", "</section>");

        Assert.Contains("<a href=\"/articles/uu-ite\" lang=\"id\">UU Informasi dan Transaksi Elektronik</a> <span class=\"kind\">Artikel</span>", citedBy);
        Assert.Contains("<a href=\"/glossary/uu-ite\" lang=\"id\">UU Informasi dan Transaksi Elektronik</a> <span class=\"kind\">Istilah</span>", citedBy);
        var byDocument = Markup.Section(await _client.GetHtmlAsync("/documents/gge-2013"), "<section aria-labelledby=\"cited-by-heading\">", "</section>");
        Assert.Contains("<a href=\"/documents/unga-53-70\" lang=\"id\">Resolusi Majelis Umum PBB 53/70", byDocument);
        Assert.Contains("<span class=\"kind\">Dokumen</span>", byDocument);
    }

    [Fact]
    public async Task Document_page_shows_its_neighbours_on_its_track_of_the_timeline()
    {
        var aside = Markup.Section(await _client.GetHtmlAsync("/documents/gge-2013"), "<section aria-labelledby=\"timeline-heading\">", "</section>");

        // The pbb track: 53/70 (1998), GGE 2013, GGE 2015 and the article's event of the same day.
        Assert.Matches("<a rel=\"prev\" href=\"/documents/unga-53-70\"><span>Sebelumnya: <time datetime=\"1998-12-04\">4 Desember 1998</time></span> Resolusi", aside);
        Assert.Matches("<a rel=\"next\" href=\"/documents/gge-2015\"><span>Berikutnya: <time datetime=\"2015-07-22\">", aside);
        Assert.Contains("<a href=\"/timeline?track=pbb#y2013\">Semua entri jalur PBB</a>", aside);
    }

    [Fact]
    public async Task Unknown_or_invalid_document_slugs_are_not_found()
    {
        await _client.GetHtmlAsync("/documents/tidak-ada", HttpStatusCode.NotFound);
        await _client.GetHtmlAsync("/documents/Bad_Slug", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Navigation_home_and_tag_pages_lead_to_documents()
    {
        var home = await _client.GetHtmlAsync("/");
        Assert.Contains("Dokumen", Markup.NavigationLinks(home));
        Assert.Contains("Linimasa", Markup.NavigationLinks(home));
        Assert.Contains("6 dokumen primer", Markup.Section(home, "<section class=\"home-section\" aria-labelledby=\"documents-heading\">", "</section>"));
        var english = await _client.GetHtmlAsync("/?ui-culture=en");
        Assert.Contains("Documents", Markup.NavigationLinks(english));
        Assert.Contains("Timeline", Markup.NavigationLinks(english));

        var tag = Markup.MainContent(await _client.GetHtmlAsync("/tags/norma"));
        Assert.Contains("<a href=\"/documents/gge-2015\">Laporan Kelompok Ahli Pemerintah PBB 2015</a> <span class=\"kind\">Dokumen</span>", tag);
    }

    private static List<string> DocumentLinks(string main) =>
        DocumentLink().Matches(main).Select(m => m.Groups[1].Value).ToList();

    private static string Entry(string main, string url) =>
        Markup.Section(main, $"<li class=\"document-entry\"><a class=\"document-title\" href=\"{Regex.Escape(url)}\">", "</li>");

    [GeneratedRegex("<a class=\"document-title\" href=\"([^\"]+)\">")]
    private static partial Regex DocumentLink();
}
