using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Content;

public sealed class FrontMatterTests
{
    private static readonly ContentParser Parser = new();

    private static ParseResult Parse(string relativePath, string text) => Parser.Parse(relativePath, "content/" + relativePath, text);

    [Fact]
    public void Yaml_syntax_error_is_reported_with_its_file_line()
    {
        var result = Parse("articles/rusak.md", "---\ntitle: Rusak\nsummary: [tidak ditutup\ntags: [a]\n---\nTeks.\n");
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal("content/articles/rusak.md", error.Path);
        Assert.InRange(error.Line, 3, 5);
        Assert.StartsWith($"content/articles/rusak.md:{error.Line}:", error.ToString());
        Assert.Contains(": error: front matter:", error.ToString());
    }

    [Fact]
    public void Missing_title_and_summary_are_errors_on_their_lines()
    {
        var result = Parse("articles/kosong.md", "---\ntags: [diplomasi]\n---\nTeks.\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("'title' is required"));
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("'summary' is required"));
    }

    [Fact]
    public void Missing_front_matter_is_an_error_at_line_one()
    {
        var result = Parse("articles/polos.md", "Hanya teks.\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("missing front matter", error.Message);
    }

    [Fact]
    public void Unknown_key_is_reported_on_its_line()
    {
        var result = Parse("articles/typo.md", "---\ntitle: T\nsummary: S\ntittle: salah\n---\nTeks.\n");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Term_takes_its_first_paragraph_as_the_short_definition()
    {
        var result = Parse("glossary/uji-tuntas.md",
            "---\nterm: Uji tuntas\nen: due diligence\naliases: [kehati-hatian]\nrelated: [atribusi]\n---\nKewajiban negara untuk **tidak** membiarkan wilayahnya dipakai.\n\nPenjelasan lebih panjang.\n");
        var term = result.Document!;
        Assert.Equal(DocumentKind.Term, term.Kind);
        Assert.Equal("Uji tuntas", term.Title);
        Assert.Equal("due diligence", term.English);
        Assert.Equal("Kewajiban negara untuk tidak membiarkan wilayahnya dipakai.", term.DefinitionText);
        Assert.Equal("Kewajiban negara untuk <strong>tidak</strong> membiarkan wilayahnya dipakai.", term.DefinitionHtml);
        Assert.Equal(["kehati-hatian"], term.Aliases);
    }

    [Fact]
    public void Term_without_english_equivalent_is_an_error()
    {
        var result = Parse("glossary/x.md", "---\nterm: X\n---\nDefinisi.\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("'en' is required"));
    }

    [Theory]
    [InlineData("articles/Huruf-Besar.md")]
    [InlineData("articles/dua--strip.md")]
    [InlineData("glossary/garis_bawah.md")]
    public void Bad_slugs_are_rejected(string path)
    {
        var result = Parse(path, "---\ntitle: T\nsummary: S\n---\nTeks.\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("not a valid slug"));
    }

    [Fact]
    public void English_folder_requires_lang_en()
    {
        var result = Parse("articles/en/x.md", "---\ntitle: T\nsummary: S\nlang: id\n---\nText.\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("does not match the folder"));
        Assert.Equal("en", Parse("articles/en/y.md", "---\ntitle: T\nsummary: S\n---\nText.\n").Document!.Lang);
    }

    [Fact]
    public void Source_url_with_a_script_scheme_is_an_error_and_dropped()
    {
        var result = Parse("articles/s.md", "---\ntitle: T\nsummary: S\nsources:\n  - title: Jahat\n    url: javascript:alert(1)\n---\nTeks.\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Line == 5 && d.Message.Contains("http or https"));
        Assert.Null(result.Document!.Sources[0].Url);
    }

    [Fact]
    public void Heading_that_skips_a_level_is_a_warning_with_its_line()
    {
        var result = Parse("articles/h.md", "---\ntitle: T\nsummary: S\n---\n## Satu\n\n#### Empat\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(7, warning.Line);
    }

    [Fact]
    public void Empty_body_is_an_error()
    {
        var result = Parse("articles/e.md", "---\ntitle: T\nsummary: S\n---\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("body is empty"));
    }

    [Fact]
    public void Oversized_file_is_reported_not_parsed()
    {
        var text = "---\ntitle: T\nsummary: S\n---\n" + new string('a', 1_100_000);
        var result = Parse("articles/besar.md", text);
        Assert.Null(result.Document);
        Assert.Contains("limit", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Deeply_nested_quotes_are_reported_not_parsed()
    {
        var text = "---\ntitle: T\nsummary: S\n---\n" + new string('>', 5000) + " teks\n";
        var result = Parse("articles/dalam.md", text);
        Assert.Null(result.Document);
        Assert.Equal(5, Assert.Single(result.Diagnostics).Line);
    }
}
