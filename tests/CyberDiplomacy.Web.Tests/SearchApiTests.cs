using System.Text.Json;
using CyberDiplomacy.Web.Api;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary><c>/api/search</c> and <c>/api/suggest</c>: the JSON contract of DESIGN §4.</summary>
public sealed class SearchApiTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly string[] Kinds = ["article", "term"];
    private static readonly string[] Languages = ["id", "en"];
    private static readonly JsonValueKind[] NullOrString = [JsonValueKind.Null, JsonValueKind.String];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_answers_with_the_documented_shape()
    {
        var json = await _client.GetJsonAsync("/api/search?q=diplomasi");

        json.AssertProperties("query", "total", "tookMs", "suggestion", "answer", "hits");
        Assert.Equal(JsonValueKind.Null, json.GetProperty("answer").ValueKind); // "diplomasi" asks nothing
        Assert.Equal("diplomasi", json.Text("query"));
        Assert.Equal(JsonValueKind.Number, json.GetProperty("tookMs").ValueKind);
        Assert.Contains(json.GetProperty("suggestion").ValueKind, NullOrString);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.True(json.GetProperty("total").GetInt32() >= hits.Count);
        foreach (var hit in hits)
        {
            hit.AssertProperties("type", "slug", "title", "url", "snippet", "lang", "score", "sections");
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("sections").ValueKind);
            Assert.Contains(hit.Text("type"), Kinds);
            Assert.Contains(hit.Text("lang"), Languages);
            Assert.Equal(JsonValueKind.Number, hit.GetProperty("score").ValueKind);
        }
    }

    [Fact]
    public async Task Hits_carry_their_sections_and_a_question_its_answer()
    {
        var json = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("kapan UU 27/2022 mengikat"));

        var answer = json.GetProperty("answer");
        answer.AssertProperties("text", "url", "source");
        Assert.Equal(("section", "/articles/uu-pdp#masa-penyesuaian"), (answer.Text("source"), answer.Text("url")));
        Assert.Contains("2024", answer.Text("text"));
        var hit = json.GetProperty("hits").EnumerateArray().First(h => h.Text("slug") == "uu-pdp" && h.Text("type") == "article");
        var sections = hit.GetProperty("sections").EnumerateArray().ToList();
        Assert.InRange(sections.Count, 1, 3);
        sections[0].AssertProperties("title", "url", "snippet");
        Assert.Equal(("Masa penyesuaian", "/articles/uu-pdp#masa-penyesuaian"), (sections[0].Text("title"), sections[0].Text("url")));
        var term = await _client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("apa itu uji tuntas"));
        Assert.Equal(("term", "/glossary/uji-tuntas"), (term.GetProperty("answer").Text("source"), term.GetProperty("answer").Text("url")));
    }

    [Fact]
    public async Task Search_for_diplomasi_finds_the_article_diplomasi()
    {
        var json = await _client.GetJsonAsync("/api/search?q=diplomasi&size=50");

        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray(), h => h.Text("type") == "article" && h.Text("slug") == "diplomasi");
        Assert.Equal("/articles/diplomasi", hit.Text("url"));
        Assert.Equal("Diplomasi: Pengertian dan Fungsi", hit.Text("title"));
        Assert.Equal("id", hit.Text("lang"));
    }

    [Fact]
    public async Task Search_filters_by_type_and_language()
    {
        var json = await _client.GetJsonAsync("/api/search?q=diplomasi&type=article&lang=en");

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(("article", "en"), (h.Text("type"), h.Text("lang"))));
        Assert.Contains(hits, h => h.Text("url") == "/articles/cyber-diplomacy");
    }

    [Fact]
    public async Task Suggest_returns_at_most_eight_title_type_url_entries()
    {
        var json = await _client.GetJsonAsync("/api/suggest?q=dip");

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var suggestions = json.EnumerateArray().ToList();
        Assert.InRange(suggestions.Count, 1, 8);
        foreach (var suggestion in suggestions)
        {
            suggestion.AssertProperties("title", "type", "url");
            Assert.Contains(suggestion.Text("type"), Kinds);
            Assert.StartsWith("/", suggestion.Text("url"), StringComparison.Ordinal);
        }
        Assert.Contains(suggestions, s => s.Text("url") == "/glossary/diplomasi");
    }

    [Theory]
    [InlineData("/api/search?q=diplomasi")]
    [InlineData("/api/suggest?q=dip")]
    public async Task Search_and_suggest_report_their_own_time_in_server_timing(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.TryGetValues(ServerTiming.HeaderName, out var values));
        var duration = ServerTiming.Parse(string.Join(',', values));
        Assert.NotNull(duration);
        Assert.True(duration >= 0);
    }
}
