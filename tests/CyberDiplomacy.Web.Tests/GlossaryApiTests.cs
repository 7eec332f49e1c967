using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary><c>/api/glossary</c> and <c>/api/glossary/{slug}</c>: terms as <c>{ slug, term, en, abbr, aliases, definition, url }</c>.</summary>
public sealed class GlossaryApiTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly string[] TermProperties = ["slug", "term", "en", "abbr", "aliases", "definition", "url"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Glossary_lists_every_term_with_the_documented_shape()
    {
        var json = await _client.GetJsonAsync("/api/glossary");

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var terms = json.EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.FixtureContent, "glossary"), "*.md").Length, terms.Count);
        foreach (var term in terms)
        {
            term.AssertProperties(TermProperties);
            Assert.Equal("/glossary/" + term.Text("slug"), term.Text("url"));
            Assert.False(string.IsNullOrWhiteSpace(term.Text("definition")));
            Assert.Equal(JsonValueKind.Array, term.GetProperty("aliases").ValueKind);
        }
        Assert.Contains(terms, t => t.Text("slug") == "diplomasi-siber" && t.Text("term") == "Diplomasi siber");
        var komdigi = Assert.Single(terms, t => t.Text("slug") == "komdigi");
        Assert.Equal(["Kominfo", "Kementerian Komunikasi dan Informatika"], komdigi.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task One_term_has_its_english_name_abbreviation_and_aliases()
    {
        var term = await _client.GetJsonAsync("/api/glossary/bssn");

        term.AssertProperties(TermProperties);
        Assert.Equal("bssn", term.Text("slug"));
        Assert.Equal("Badan Siber dan Sandi Negara", term.Text("term"));
        Assert.Equal("National Cyber and Crypto Agency", term.Text("en"));
        Assert.Equal("BSSN", term.Text("abbr"));
        Assert.Contains("State Cyber and Encryption Agency", term.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("Badan Siber dan Sandi Negara (BSSN) adalah", term.Text("definition"), StringComparison.Ordinal);
        Assert.Equal("/glossary/bssn", term.Text("url"));
    }
}
