using CyberDiplomacy.Core.Content.Validation;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Content;

public sealed class ValidatorTests
{
    private static readonly ContentParser Parser = new();

    private static DocumentOutline Outline(string relativePath, string text) =>
        DocumentOutline.From(Parser.Parse(relativePath, "content/" + relativePath, text).Document!);

    private static IReadOnlyList<ContentDiagnostic> Validate(params DocumentOutline[] outlines) =>
        CorpusRules.Validate(outlines, p => "content/" + p);

    [Fact]
    public void Dangling_link_is_an_error_at_the_link()
    {
        var article = Outline("articles/a.md", "---\ntitle: A\nsummary: S\n---\nTeks.\n\nLihat [hilang](tidak-ada.md).\n");
        var error = Assert.Single(Validate(article));
        Assert.Equal("content/articles/a.md:7:7: error: link 'tidak-ada.md' resolves to nothing [KB019]", error.ToString());
    }

    [Fact]
    public void Link_to_an_existing_term_is_fine()
    {
        var article = Outline("articles/a.md", "---\ntitle: A\nsummary: S\n---\n[BSSN](../glossary/bssn.md)\n");
        var term = Outline("glossary/bssn.md", "---\nterm: BSSN\nen: National Cyber and Crypto Agency\n---\nBadan siber.\n");
        Assert.Empty(Validate(article, term));
    }

    [Fact]
    public void Dangling_related_slug_is_an_error_on_the_related_line()
    {
        var term = Outline("glossary/a.md", "---\nterm: A\nen: a\nrelated: [b]\n---\nDefinisi.\n");
        var error = Assert.Single(Validate(term));
        Assert.Equal(4, error.Line);
        Assert.Contains("related term 'b' does not exist", error.Message);
    }

    [Fact]
    public void Translation_must_point_back()
    {
        var id = Outline("articles/diplomasi.md", "---\ntitle: Diplomasi\nsummary: S\ntranslation: diplomacy\n---\nTeks.\n");
        var en = Outline("articles/en/diplomacy.md", "---\ntitle: Diplomacy\nsummary: S\n---\nText.\n");
        var warning = Assert.Single(Validate(id, en));
        Assert.Contains("does not point back", warning.Message);
        Assert.Equal(4, warning.Line);
    }

    [Fact]
    public void Translation_to_a_missing_article_is_an_error()
    {
        var id = Outline("articles/diplomasi.md", "---\ntitle: Diplomasi\nsummary: S\ntranslation: nope\n---\nTeks.\n");
        Assert.Contains(Validate(id), d => d.IsError && d.Message.Contains("translation 'nope' does not exist"));
    }

    [Fact]
    public void Same_alias_on_two_terms_is_an_error()
    {
        var a = Outline("glossary/a.md", "---\nterm: A\nen: a\naliases: [sama]\n---\nDefinisi.\n");
        var b = Outline("glossary/b.md", "---\nterm: B\nen: b\naliases: [Sama]\n---\nDefinisi.\n");
        var error = Assert.Single(Validate(a, b));
        Assert.Equal("content/glossary/b.md", error.Path);
        Assert.Contains("already used by glossary/a.md", error.Message);
    }

    [Fact]
    public void Same_slug_in_two_languages_is_an_error()
    {
        var id = Outline("articles/x.md", "---\ntitle: X\nsummary: S\n---\nTeks.\n");
        var en = Outline("articles/en/x.md", "---\ntitle: X\nsummary: S\n---\nText.\n");
        Assert.Contains(Validate(id, en), d => d.IsError && d.Message.Contains("duplicate slug"));
    }
}
