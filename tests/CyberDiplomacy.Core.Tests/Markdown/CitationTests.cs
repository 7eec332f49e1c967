using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>Pandoc-style citations: numbered by the source's place in <c>sources</c>, linked to the list and back.</summary>
public sealed class CitationTests
{
    private const string Front = "---\ntitle: A\nsummary: S.\nsources:\n  - id: kbbi\n    title: KBBI\n  - id: gge2015\n    title: Laporan GGE 2015\n    url: https://example.org/a70174\n    primary: true\n---\n";

    private static ContentDocument Parse(string body)
    {
        var result = new ContentParser().Parse("articles/a.md", "content/articles/a.md", Front + body);
        Assert.NotNull(result.Document);
        return result.Document!;
    }

    [Fact]
    public void A_citation_is_a_superscript_number_linking_to_its_source()
    {
        var document = Parse("Sebelas norma disepakati pada 2015 [@gge2015].\n\nDiplomasi menurut kamus [@kbbi].\n");
        Assert.Contains("<sup class=\"cite\">[<a href=\"#source-2\" id=\"cite-2\">2</a>]</sup>", document.Html);
        Assert.Contains("<a href=\"#source-1\" id=\"cite-1\">1</a>", document.Html);
    }

    [Fact]
    public void Locators_and_several_sources_are_kept_and_later_citations_get_their_own_anchor()
    {
        var document = Parse("Pertama [@gge2015, hlm. 7; @kbbi].\n\nKedua [@gge2015].\n");
        Assert.Contains("<sup class=\"cite\">[<a href=\"#source-2\" id=\"cite-2\">2</a>, hlm. 7; <a href=\"#source-1\" id=\"cite-1\">1</a>]</sup>", document.Html);
        Assert.Contains("id=\"cite-2-2\"", document.Html);
    }

    [Fact]
    public void Citations_leave_no_trace_in_plain_text()
    {
        var document = Parse("Sebelas norma [@gge2015] dan kamus [@kbbi].\n");
        Assert.DoesNotContain("@", document.PlainText);
        Assert.DoesNotContain("[", document.PlainText);
        Assert.Contains("Sebelas norma", document.PlainText);
    }

    [Fact]
    public void Text_that_only_looks_like_a_citation_stays_text_and_links_still_work()
    {
        var document = Parse("Surel [@ panitia] dan [tautan](https://example.org) [@kbbi].\n");
        Assert.Contains("[@ panitia]", document.Html);
        Assert.Contains("<a href=\"https://example.org\"", document.Html);
    }

    [Fact]
    public void An_unknown_id_is_an_error_at_its_line_and_column()
    {
        var result = new ContentParser().Parse("articles/a.md", "content/articles/a.md", Front + "Teks [@kbbi].\n\nLain [@tidakada].\n");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((14, 6), (error.Line, error.Column));
        Assert.Contains("'@tidakada'", error.Message);
    }
}
