using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>Renders Markdown through the site's one pipeline (as an article body) and compares HTML, DocFX style.</summary>
internal static class MarkupVerifier
{
    private static readonly ContentParser Parser = new();

    public static ParseResult Parse(string body, string relativePath = "articles/sample.md", GlossaryAutoLinker? linker = null) =>
        Parser.Parse(relativePath, "content/" + relativePath, "---\ntitle: Sample\nsummary: A sample.\n---\n" + body, linker);

    public static string Render(string body, string relativePath = "articles/sample.md", GlossaryAutoLinker? linker = null) =>
        Parse(body, relativePath, linker).Document!.Html;

    public static void VerifyMarkup(string markdown, string expectedHtml, GlossaryAutoLinker? linker = null) =>
        Assert.Equal(Normalize(expectedHtml), Normalize(Render(markdown, linker: linker)));

    private static string Normalize(string html) => html.Replace("\r\n", "\n").Trim();
}
