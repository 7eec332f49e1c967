using System.Net;
using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Whatever a reader types, search answers 200 or 400, never 500, and never echoes markup unencoded.</summary>
public sealed class HostileQueryTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly HttpStatusCode[] AnsweredStatuses = [HttpStatusCode.OK, HttpStatusCode.BadRequest];

    private readonly HttpClient _client = factory.CreateClient();

    // Already URL-encoded, so control characters stay out of test names.
    [Theory]
    [InlineData("((((")]
    [InlineData("%22")]
    [InlineData("%22diplomasi")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("%00")]
    [InlineData("diplomasi%00siber")]
    [InlineData("%5B1%20TO")]
    [InlineData("%7B*%7D")]
    [InlineData("%2Fregex%5B")]
    [InlineData("%5C")]
    [InlineData("diplomasi%5E999999999999")]
    [InlineData("AND%20OR%20NOT")]
    [InlineData("%3F%3F%3F~")]
    [InlineData("%FF%FE")]
    public async Task Hostile_query_never_fails_the_api_or_the_page(string encodedQuery)
    {
        using var api = await _client.GetAsync(new Uri("/api/search?q=" + encodedQuery, UriKind.Relative));
        Assert.Contains(api.StatusCode, AnsweredStatuses);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
        using (var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            if (api.StatusCode == HttpStatusCode.OK) json.RootElement.AssertProperties("query", "total", "tookMs", "suggestion", "answer", "hits");
            else json.RootElement.AssertError();
        }

        using var page = await _client.GetAsync(new Uri("/search?q=" + encodedQuery, UriKind.Relative));
        Assert.Contains(page.StatusCode, AnsweredStatuses);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Query_of_100_kilobytes_on_the_results_page_is_not_a_server_error()
    {
        var query = Uri.EscapeDataString(string.Concat(Enumerable.Repeat("(diplomasi \"siber* ", 100 * 1024 / 19)));

        using var page = await _client.GetAsync(new Uri("/search?q=" + query, UriKind.Relative));

        Assert.Contains(page.StatusCode, AnsweredStatuses);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Query_of_100_kilobytes_on_the_api_is_a_400()
    {
        var json = await _client.GetJsonAsync("/api/search?q=" + new string('x', 100 * 1024), HttpStatusCode.BadRequest);

        json.AssertError();
    }

    [Fact]
    public async Task Script_in_a_query_is_shown_as_text_not_markup()
    {
        var html = await _client.GetHtmlAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Theory]
    [InlineData("diplomasi")]
    [InlineData("siber")]
    [InlineData("script")] // the XSS term's text holds a literal <script> tag
    public async Task Snippets_are_encoded_text_with_only_mark_highlights(string query)
    {
        var json = await _client.GetJsonAsync($"/api/search?q={query}&size=50");

        var snippets = json.GetProperty("hits").EnumerateArray().Select(h => h.Text("snippet")).ToList();
        Assert.Contains(snippets, s => s.Contains("<mark>", StringComparison.Ordinal));
        Assert.All(snippets, s => Assert.DoesNotContain("<", s.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
