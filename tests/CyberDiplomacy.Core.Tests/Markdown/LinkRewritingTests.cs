using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Tests.Markdown;

public sealed class LinkRewritingTests
{
    [Theory]
    [InlineData("articles/a.md", "b.md", DocumentKind.Article, "b", "")]
    [InlineData("articles/a.md", "../glossary/bssn.md#sejarah", DocumentKind.Term, "bssn", "#sejarah")]
    [InlineData("articles/en/x.md", "../diplomasi.md", DocumentKind.Article, "diplomasi", "")]
    [InlineData("articles/en/x.md", "cybercrime.md", DocumentKind.Article, "cybercrime", "")]
    [InlineData("glossary/a.md", "../articles/en/cyber-diplomacy.md", DocumentKind.Article, "cyber-diplomacy", "")]
    [InlineData("glossary/a.md", "norma.md", DocumentKind.Term, "norma", "")]
    public void Relative_md_links_resolve_to_documents(string from, string url, DocumentKind kind, string slug, string fragment)
    {
        Assert.True(DocumentLinkRewriter.TryResolveDocumentLink(url, from, out var k, out var s, out var f));
        Assert.Equal((kind, slug, fragment), (k, s, f));
    }

    [Theory]
    [InlineData("https://example.org/a.md")]
    [InlineData("/articles/a")]
    [InlineData("#bagian")]
    [InlineData("../../README.md")]
    [InlineData("../docs/x.md")]
    public void Other_links_are_left_alone(string url) =>
        Assert.False(DocumentLinkRewriter.TryResolveDocumentLink(url, "articles/a.md", out _, out _, out _));

    [Fact]
    public void Every_link_is_recorded_with_its_position()
    {
        var document = MarkupVerifier.Parse("Teks.\n\n[A](b.md) dan [web](https://example.org).").Document!;
        Assert.Collection(document.Links,
            l => Assert.Equal((7, 1, DocumentKind.Article, "b"), (l.Line, l.Column, l.TargetKind!.Value, l.TargetSlug!)),
            l => Assert.Equal(("https://example.org", (DocumentKind?)null), (l.Url, l.TargetKind)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("vbscript:x")]
    public void Unsafe_schemes_are_rejected(string url) => Assert.False(UrlSafety.IsSafe(url));

    [Theory]
    [InlineData("https://x.org")]
    [InlineData("mailto:a@b.c")]
    [InlineData("../glossary/a.md")]
    [InlineData("#x")]
    [InlineData("a/b:c")]
    public void Safe_urls_pass(string url) => Assert.True(UrlSafety.IsSafe(url));

    [Fact]
    public void Unsafe_link_is_reported_with_file_line()
    {
        var result = MarkupVerifier.Parse("Teks.\n\n[x](javascript:alert(1))");
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/articles/sample.md:7:1: error:", error.ToString());
    }
}
