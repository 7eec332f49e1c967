using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>Markdown fixtures (Fixtures/Markdown/NAME.md) rendered through the site pipeline must equal NAME.html.</summary>
public sealed class MarkdownRenderingTests
{
    [Theory]
    [InlineData("headings")]
    [InlineData("table-and-footnote")]
    [InlineData("raw-html-is-text")]
    [InlineData("unsafe-links")]
    [InlineData("document-links")]
    [InlineData("table-alignment")]
    public void Fixture_renders_to_expected_html(string name)
    {
        var markdown = File.ReadAllText(TestPaths.Fixture("Markdown", name + ".md"));
        var expectedPath = TestPaths.Fixture("Markdown", name + ".html");
        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(Path.ChangeExtension(expectedPath, ".received.html"), MarkupVerifier.Render(markdown));
            Assert.Fail($"No expected HTML for {name}; wrote {name}.received.html for review.");
        }
        MarkupVerifier.VerifyMarkup(markdown, File.ReadAllText(expectedPath));
    }

    [Fact]
    public void Raw_html_never_reaches_the_output()
    {
        var html = MarkupVerifier.Render("<script>alert(1)</script>\n\nteks <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Generic_attributes_are_not_enabled()
    {
        var html = MarkupVerifier.Render("## Judul {onclick=alert(1)}");
        Assert.DoesNotContain("onclick=\"", html);
    }

    [Fact]
    public void Headings_get_github_style_ids_and_are_collected_for_the_toc()
    {
        var document = MarkupVerifier.Parse("## Latar Belakang\n\n### Norma (a)\n").Document!;
        Assert.Equal([(2, "latar-belakang", "Latar Belakang"), (3, "norma-a", "Norma (a)")],
            document.Headings.Select(h => (h.Level, h.Id, h.Text)).ToArray());
    }

    [Fact]
    public void Plain_text_has_no_markup()
    {
        var document = MarkupVerifier.Parse("Teks **tebal** dan [tautan](https://example.org).").Document!;
        Assert.Equal("Teks tebal dan tautan", document.PlainText.Trim().TrimEnd('.'));
        Assert.Equal(4, document.WordCount);
    }

    [Fact]
    public void Typographic_punctuation_is_characters_in_html_and_plain_text()
    {
        var document = MarkupVerifier.Parse("\"Kutip\" dan 'tunggal' -- sela --- dan... <<sudut>>").Document!;
        const string expected = "\u201CKutip\u201D dan \u2018tunggal\u2019 \u2013 sela \u2014 dan\u2026 \u00ABsudut\u00BB";
        Assert.Equal(expected, document.PlainText.Trim());
        Assert.Equal("<p>" + expected + "</p>", document.Html.Trim());

        var term = new ContentParser().Parse("glossary/uji.md", "content/glossary/uji.md", "---\nterm: Uji\nen: Test\n---\nDefinisi \"bermakna\".\n").Document;
        Assert.Equal("Definisi \u201Cbermakna\u201D.", term?.DefinitionText);
    }
}
