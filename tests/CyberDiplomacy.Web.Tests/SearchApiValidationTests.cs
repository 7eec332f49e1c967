using System.Net;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Out-of-bounds search parameters are a 400 with a JSON <c>{ error }</c>, never a 500 or a silent default.</summary>
public sealed class SearchApiValidationTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=101")]
    [InlineData("page=abc")]
    [InlineData("page=-1")]
    [InlineData("size=0")]
    [InlineData("size=1000")]
    [InlineData("size=ten")]
    [InlineData("type=bogus")]
    [InlineData("lang=xx")]
    [InlineData("tag=Not_A_Slug")]
    public async Task Bad_parameter_is_a_400_with_an_error(string parameter)
    {
        var json = await _client.GetJsonAsync("/api/search?q=diplomasi&" + parameter, HttpStatusCode.BadRequest);

        json.AssertError();
    }

    [Fact]
    public async Task Query_longer_than_500_characters_is_a_400_with_an_error()
    {
        var json = await _client.GetJsonAsync("/api/search?q=" + new string('a', 501), HttpStatusCode.BadRequest);

        json.AssertError();
    }

    [Fact]
    public async Task Query_of_exactly_500_characters_is_accepted()
    {
        var json = await _client.GetJsonAsync("/api/search?q=" + new string('a', 500));

        Assert.Equal(500, json.Text("query").Length);
    }

    [Fact]
    public async Task Largest_allowed_page_and_size_are_accepted()
    {
        var json = await _client.GetJsonAsync("/api/search?q=diplomasi&page=100&size=50");

        json.AssertProperties("query", "total", "tookMs", "suggestion", "answer", "hits");
    }

    [Fact]
    public async Task Suggest_query_longer_than_100_characters_is_a_400_with_an_error()
    {
        var json = await _client.GetJsonAsync("/api/suggest?q=" + new string('d', 101), HttpStatusCode.BadRequest);

        json.AssertError();
    }
}
