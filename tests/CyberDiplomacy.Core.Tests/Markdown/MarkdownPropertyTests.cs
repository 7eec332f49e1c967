using CsCheck;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;
using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>
/// Generated Markdown, from random characters to link syntax with obfuscated script schemes: the parser never throws
/// and the HTML is always safe. Failures shrink to a small input; add it to Fixtures/Nasty.
/// </summary>
public sealed class MarkdownPropertyTests(ITestOutputHelper output)
{
    // Bounded so the suite stays fast; CsCheck still explores a fresh part of the space on every run.
    private const int Iterations = 300;
    private static readonly ContentParser Parser = new();
    private static readonly GlossaryAutoLinker Linker = new([new GlossaryName("diplomasi", "diplomasi"), new GlossaryName("skrip", "script")]);

    private static readonly string[] Schemes = ["javascript", "JaVaScRiPt", "vbscript", "data", "file", "http", "https", "mailto", "java", "script"];
    private static readonly string[] Noise = ["&#x09;", "&#9;", "&#x0A;", "&#10;", "&#0;", "&Tab;", "&NewLine;", "\t", " ", "\u0000", "\u200B", "%0A", "\\", "&#x6A;", "&#106;", "&colon;", "&#58;", "&#x3A;", ""];
    private static readonly string[] Syntax =
    [
        "[", "]", "(", ")", "<", ">", "*", "**", "_", "`", "```", "!", "#", "## ", "\n", "\n\n", " ", "\t", "|", "-", "- ", "1. ", "> ",
        ":", "&", ";", "\"", "'", "\\", "{", "}", "=", "^", "~~", "[^1]", "[^1]: ", "*[", "]: ", "^^^", "    ", "+---+", ":   ",
        "<script>", "</script>", "<img src=x onerror=alert(1)>", "onclick=", "{onclick=alert(1)}", "{#id .c}", "alert(1)", "www.", "example.org",
        "diplomasi", "script", "&lt;", "&amp;", "\r", "\r\n", "\u202E", "\uFEFF",
    ];

    /// <summary>A URL that may hide a script scheme: noise inserted inside and around the scheme name and before the colon.</summary>
    private static readonly Gen<string> HostileUrl =
        Gen.Select(Gen.OneOf(Schemes), Gen.OneOf(Noise), Gen.OneOf(Noise), Gen.Int[0, 10], Gen.OneOf(":", "&#58;", "&colon;", "%3A", "&#x3a;", ""),
            Gen.OneOf("alert(1)", "//evil.example/x", "text/html,<script>alert(1)</script>", "msgbox", "x"),
            (scheme, lead, inner, at, colon, rest) =>
            {
                var cut = Math.Min(at, scheme.Length);
                return lead + scheme[..cut] + inner + scheme[cut..] + colon + rest;
            });

    private static readonly Gen<string> LinkLike =
        Gen.Select(HostileUrl, Gen.OneOf(Syntax), Gen.Int[0, 6], (url, text, form) => form switch
        {
            0 => $"[{text}]({url})",
            1 => $"![{text}]({url})",
            2 => $"<{url}>",
            3 => $"[r]\n\n[r]: {url}\n",
            4 => $"[{text}](<{url}> \"t\")",
            5 => $"[{text}]({url} '{text}')",
            _ => url,
        });

    private static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.OneOf(Syntax)),
        (3, LinkLike),
        (2, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[0, 20]));

    private static readonly Gen<string> Markdown = Token.Array[0, 80].Select(string.Concat);

    [Fact]
    public void Generated_markdown_never_throws_and_renders_safe_html() =>
        Markdown.Sample(body => AssertSafe(body, "articles/uji.md"), iter: Iterations, writeLine: output.WriteLine);

    [Fact]
    public void Generated_glossary_definitions_render_safe_html() =>
        Markdown.Sample(body => AssertSafe(body, "glossary/uji.md"), iter: Iterations / 3, writeLine: output.WriteLine);

    [Fact]
    public void Random_characters_never_throw() =>
        Gen.Char.Array[0, 2_000].Select(chars => new string(chars)).Sample(body => AssertSafe(body, "articles/uji.md"), iter: Iterations, writeLine: output.WriteLine);

    private static void AssertSafe(string body, string relativePath)
    {
        var front = relativePath.StartsWith("glossary/", StringComparison.Ordinal) ? "---\nterm: Uji\nen: Test\n---\n" : "---\ntitle: Uji\nsummary: Uji.\n---\n";
        var result = Parser.Parse(relativePath, "content/" + relativePath, front + body, Linker);
        if (result.Document is null) return; // reported as an error (limits, front matter): nothing is rendered
        HtmlSafety.AssertSafe(result.Document.Html);
        HtmlSafety.AssertSafe(result.Document.DefinitionHtml);
    }
}
