using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// A hub's key documents and latest entries from the primary documents its articles cite (the fixture corpus has none), and
/// articles without topics keeping their tag neighbours.
/// </summary>
public sealed class TopicHubDocumentsTests
{
    private static string Document(string title, string symbol, string adopted) =>
        $"---\ntitle: {title}\nsymbol: {symbol}\nkind: report\nbody: UN GGE\nadopted: {adopted}\ntrack: pbb\n---\nLaporan kelompok ahli.\n";

    private static string Article(string title, string body, string frontMatter = "") =>
        $"---\ntitle: {title}\nsummary: Ringkasan {title}.\ntags: [norma]\n{frontMatter}---\n## Isi\n\n{body}\n";

    [Fact]
    public async Task Hub_lists_the_documents_its_articles_cite_most_cited_first_and_their_adoption_among_the_latest()
    {
        await using var factory = new TempContentFactory(new Dictionary<string, string>
        {
            ["documents/gge-2013.md"] = Document("Laporan GGE 2013", "A/68/98", "2013-06-24"),
            ["documents/gge-2015.md"] = Document("Laporan GGE 2015", "A/70/174", "2015-07-22"),
            ["articles/norma.md"] = Article("Norma", "Lihat [laporan 2015](../documents/gge-2015.md) dan [laporan 2013](../documents/gge-2013.md)."),
            ["articles/hukum.md"] = Article("Hukum", "Lihat [laporan 2015](../documents/gge-2015.md).",
                "sources:\n  - { id: unoda, title: UNODA }\nevents:\n  - { date: 2014-05, title: Sidang pertama kelompok, track: pbb, source: unoda }\n"),
            ["topics/norma-dan-hukum.md"] = "---\ntitle: Norma dan Hukum\nsummary: Uji.\norder: 1\narticles: [norma, hukum]\n---\nPengantar.\n",
        });
        var main = Markup.MainContent(await factory.CreateClient().GetHtmlAsync("/topics/norma-dan-hukum"));

        var documents = Markup.Section(main, "<ul class=\"plain-list key-documents\">", "</ul>");
        Assert.Equal(["/documents/gge-2015", "/documents/gge-2013"], TopicPagesTests.Links(documents));
        Assert.Contains("<span class=\"symbol\">A/70/174</span> <span class=\"count\">22 Juli 2015 · dirujuk 2 artikel</span>", documents);
        var latest = Markup.Section(main, "<ol class=\"plain-list latest-events\">", "</ol>");
        Assert.Equal(["2015-07-22", "2014-05", "2013-06-24"], Regex.Matches(latest, "<time datetime=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList());
        Assert.Contains("<time datetime=\"2014-05\">Mei 2014</time> <a href=\"/articles/hukum\" lang=\"id\">Sidang pertama kelompok</a>", latest);
        Assert.Contains("<a href=\"/documents/gge-2015\" lang=\"id\">Laporan GGE 2015</a> <span class=\"kind\">Dokumen</span>", latest);
    }

    [Fact]
    public async Task Without_topics_an_article_has_no_topic_navigation_and_keeps_its_tag_neighbours()
    {
        await using var factory = new TempContentFactory(SmallContent.Files);
        var client = factory.CreateClient();

        var html = await client.GetHtmlAsync("/articles/diplomasi");
        Assert.DoesNotContain("topic-sidebar", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"article-layout\">", html);
        Assert.Contains("<li><a href=\"/articles\">Artikel</a></li>", Markup.Section(html, "<nav class=\"breadcrumbs\"[^>]*>", "</nav>"));

        var list = Markup.MainContent(await client.GetHtmlAsync("/articles"));
        Assert.Contains("<h2 id=\"topic-none\">Di luar topik <span class=\"count\">2</span></h2>", list);
        Assert.DoesNotContain("beginners-path", await client.GetHtmlAsync("/"), StringComparison.Ordinal);
        await client.GetHtmlAsync("/topics");
    }
}
