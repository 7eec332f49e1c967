using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>The regression corpus in Fixtures/Nasty: hostile files that must parse without throwing into safe HTML.</summary>
public sealed class NastyCorpusTests
{
    private static readonly ContentParser Parser = new();

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(TestPaths.Fixture("Nasty"), "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void Nasty_file_parses_into_safe_html(string name)
    {
        var relativePath = name.StartsWith("glossary-", StringComparison.Ordinal) ? "glossary/" + name : "articles/" + name;
        var text = File.ReadAllText(TestPaths.Fixture("Nasty", name));

        var result = Parser.Parse(relativePath, "content/" + relativePath, text, new GlossaryAutoLinker([new GlossaryName("uji", "script")]));

        var document = Assert.IsType<ContentDocument>(result.Document);
        HtmlSafety.AssertSafe(document.Html, name);
        HtmlSafety.AssertSafe(document.DefinitionHtml ?? "", name + " (definition)");
        Assert.All(document.Sources, s => Assert.True(s.Url is null || UrlSafety.IsExternal(s.Url), $"source URL {s.Url} kept"));
        Assert.All(document.Links, l => Assert.True(UrlSafety.IsSafe(l.Url), $"link {l.Url} recorded as a page link"));
    }

    [Fact]
    public void Corpus_is_not_empty() => Assert.True(Files().Count >= 6);

    [Fact]
    public void Unsafe_links_are_reported_with_their_line()
    {
        var text = File.ReadAllText(TestPaths.Fixture("Nasty", "link-schemes.md"));
        var result = Parser.Parse("articles/link-schemes.md", "content/articles/link-schemes.md", text);
        var lines = result.Diagnostics.Where(d => d.IsError && d.Message.Contains("scheme", StringComparison.Ordinal)).Select(d => d.Line).Distinct().ToList();
        Assert.Contains(5, lines);
        Assert.True(lines.Count >= 5, string.Join('\n', result.Diagnostics));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("java&#x09;script:alert(1)", "javascript")]
    [InlineData("  JAVA\nSCRIPT:x", "javascript")]
    [InlineData("&#106;avascript:x", "javascript")]
    [InlineData("/articles/x", null)]
    [InlineData("https://example.org", "https")]
    public void HtmlSafety_reads_schemes_as_a_browser_does(string attribute, string? scheme) =>
        Assert.Equal(scheme, HtmlSafety.SchemeOf(attribute));
}
