using System.Xml.Linq;
using CyberDiplomacy.Core.Briefing;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;
using CyberDiplomacy.Core.Tests.Markdown;

namespace CyberDiplomacy.Core.Tests.Briefing;

/// <summary>A chapter's stored HTML rewritten for a pack: ids, links, headings, and XHTML for the EPUB.</summary>
public sealed class PackMarkupTests
{
    private const string Site = "https://pustaka.example";

    private static readonly string Rendered = new ContentParser().Parse("articles/diplomasi.md", "content/articles/diplomasi.md",
        "---\ntitle: Diplomasi\nsummary: Ringkas.\nsources:\n  - { id: s1, title: Sumber, url: \"https://example.org/s1\" }\n---\n" +
        "## Pengertian\n\nLihat [BSSN](../glossary/bssn.md), [UU PDP](uu-pdp.md), [lainnya](lain.md#latar) dan [A/70/174](../documents/gge-2015.md) [@s1].\n\n" +
        "Baris  \nbaru dengan `<script>` & \"kutip\"[^1].\n\n[^1]: Catatan.\n\n---\n").Document!.Html;

    private static BriefingPack Pack(string html, params string[] otherArticles)
    {
        var article = new PackArticle(new PackText(DocumentKind.Article, "diplomasi", "Diplomasi", "id", null, html, [new HeadingEntry(2, "pengertian", "Pengertian")],
            [new PackSource(1, "Sumber", "https://example.org/s1", null, null, false, true)]), "Ringkas.", []);
        var others = otherArticles.Select(slug => new PackArticle(new PackText(DocumentKind.Article, slug, slug, "id", null, "<p>x</p>", [], []), "", []));
        var document = new PackDocument(new PackText(DocumentKind.Document, "gge-2015", "GGE 2015", "id", null, "<p>y</p>", [], []),
            "A/70/174", "report", "UN GGE", "2015-07-22", null, "https://undocs.org/A/70/174", ["diplomasi"]);
        return new BriefingPack(new BriefingSelection(null, ["diplomasi"], []), [article, .. others], [document],
            [new PackTerm("bssn", "Badan Siber dan Sandi Negara", "National Cyber and Crypto Agency", "BSSN", "Lembaga.")], 0);
    }

    private static string Page(string html, params string[] otherArticles)
    {
        var pack = Pack(html, otherArticles);
        return new PackMarkup(pack, PackLocations.OnePage, Site, MarkupSyntax.Html).Body(pack.Articles[0].Text, headingShift: 1);
    }

    [Fact]
    public void Ids_and_the_links_to_them_carry_the_chapter()
    {
        var html = Page(Rendered);
        Assert.Contains("<h3 id=\"article-diplomasi--pengertian\">Pengertian</h3>", html);
        Assert.Contains("href=\"#article-diplomasi--source-1\" id=\"article-diplomasi--cite-1\"", html);
        Assert.Contains("id=\"article-diplomasi--fnref:1\"", html);
        Assert.Contains("href=\"#article-diplomasi--fn:1\"", html);
        Assert.DoesNotContain("id=\"pengertian\"", html);
    }

    [Fact]
    public void Links_lead_into_the_pack_where_it_holds_the_target_and_to_the_site_otherwise()
    {
        var html = Page(Rendered, "uu-pdp");
        Assert.Contains("<a href=\"#glossary-bssn\"", html);
        Assert.Contains("aria-describedby=\"term-def-bssn\"", Page(MarkupVerifier.Render("BSSN di sini.", linker: new GlossaryAutoLinker([new GlossaryName("bssn", "BSSN")]))));
        Assert.Contains("<a href=\"#article-uu-pdp\">UU PDP</a>", html);
        Assert.Contains("<a href=\"" + Site + "/articles/lain#latar\">lainnya</a>", html);
        Assert.Contains("<a href=\"#document-gge-2015\">A/70/174</a>", html);
        Assert.Contains("<a href=\"" + Site + "/articles/uu-pdp\">UU PDP</a>", Page(Rendered));
    }

    [Fact]
    public void Text_stays_escaped() =>
        Assert.Contains("<code>&lt;script&gt;</code> &amp; “kutip”", Page(Rendered));

    [Fact]
    public void Xhtml_closes_void_elements_and_parses_as_xml()
    {
        var pack = Pack(Rendered + "<p>a&nbsp;b &copy; <img src=\"x.png\" alt=\"Peta\"> <input type=\"checkbox\" disabled></p>");
        var locations = new PackLocations(anchor => anchor + ".xhtml", "glossary.xhtml", "sources.xhtml");
        var xhtml = new PackMarkup(pack, locations, Site, MarkupSyntax.Xhtml).Body(pack.Articles[0].Text, headingShift: 0);

        var root = XElement.Parse("<body>" + xhtml + "</body>");
        Assert.Contains("<br />", xhtml);
        Assert.Contains("<hr />", xhtml);
        Assert.DoesNotContain("&nbsp;", xhtml);
        Assert.DoesNotContain("<img", xhtml);
        Assert.Contains("a\u00a0b © Peta", root.Value);
        Assert.Contains("<h2 id=\"article-diplomasi--pengertian\">", xhtml);
        Assert.Contains("href=\"sources.xhtml#article-diplomasi--source-1\"", xhtml);
        Assert.Contains("href=\"glossary.xhtml#glossary-bssn\"", xhtml);
        Assert.Contains("href=\"article-diplomasi.xhtml#article-diplomasi--fn:1\"", xhtml);
        Assert.Contains("href=\"document-gge-2015.xhtml#document-gge-2015\"", xhtml);
        Assert.DoesNotContain("aria-describedby", xhtml);
    }

    [Theory]
    [InlineData("<p title='a \"b\"' data-x=c>t</p>", "<p title=\"a &quot;b&quot;\" data-x=\"c\">t</p>")]
    [InlineData("<p>1 < 2 <!-- catatan --> 3 <> 4</p>", "<p>1 &lt; 2  3 &lt;&gt; 4</p>")]
    [InlineData("<p id=a id=b>x</p>", "<p id=\"article-diplomasi--a\">x</p>")]
    [InlineData("<p>tanpa akhir <a href=\"x", "<p>tanpa akhir &lt;a href=\"x")]
    public void Markup_the_pipeline_never_writes_is_still_read_safely(string html, string expected) =>
        Assert.Equal(expected, Page(html));

    public static TheoryData<string> NastyFiles() => NastyCorpusTests.Files();

    [Theory]
    [MemberData(nameof(NastyFiles))]
    public void Hostile_content_stays_safe_html_and_well_formed_xhtml(string name)
    {
        var relativePath = name.StartsWith("glossary-", StringComparison.Ordinal) ? "glossary/" + name : "articles/" + name;
        var document = new ContentParser().Parse(relativePath, "content/" + relativePath, File.ReadAllText(TestPaths.Fixture("Nasty", name))).Document!;
        var pack = Pack(document.Html);

        HtmlSafety.AssertSafe(new PackMarkup(pack, PackLocations.OnePage, Site, MarkupSyntax.Html).Body(pack.Articles[0].Text, headingShift: 1), name);
        var xhtml = new PackMarkup(pack, PackLocations.OnePage, Site, MarkupSyntax.Xhtml).Body(pack.Articles[0].Text, headingShift: 1);
        HtmlSafety.AssertSafe(xhtml, name);
        XElement.Parse("<body>" + xhtml + "</body>");
    }
}
