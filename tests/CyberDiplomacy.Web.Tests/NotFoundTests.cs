using System.Net;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Unknown addresses: a real 404 page with a way onward, or JSON under /api.</summary>
public sealed class NotFoundTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles/tidak-ada")]
    [InlineData("/glossary/tidak-ada")]
    [InlineData("/tags/tidak-ada")]
    [InlineData("/articles/..%2f..%2fetc")]
    [InlineData("/glossary/..%2f..%2fetc%2fpasswd")]
    [InlineData("/articles/DIPLOMASI")]
    [InlineData("/halaman/yang/tidak/ada")]
    public async Task Unknown_page_is_a_404_page_with_a_search_form(string url)
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync(url, HttpStatusCode.NotFound));

        Assert.Equal("Halaman tidak ditemukan", Markup.Heading(main));
        Assert.True(Markup.HasSearchForm(main), "the 404 page offers no search form");
    }

    [Theory]
    [InlineData("/api/glossary/nope")]
    [InlineData("/api/glossary/..%2fetc")]
    [InlineData("/api/unknown")]
    public async Task Unknown_api_route_is_a_404_with_a_json_error(string url)
    {
        var json = await _client.GetJsonAsync(url, HttpStatusCode.NotFound);

        json.AssertError();
    }
}
