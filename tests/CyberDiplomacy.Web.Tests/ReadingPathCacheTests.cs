using CyberDiplomacy.Web.Infrastructure;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Article pages are cached per reading path: a page opened from the path and the same page opened plainly are two
/// entries, and nothing else in the query (a made-up path, other parameters) adds one.
/// </summary>
public sealed class ReadingPathCacheTests : IDisposable
{
    private const string Article = "/articles/norma-perilaku-negara";
    private readonly KnowledgeBaseFactory _factory = new();
    private readonly HttpClient _client;

    public ReadingPathCacheTests() => _client = _factory.CreateClient();

    private PageCache Pages => _factory.Services.GetRequiredService<PageCache>();

    [Fact]
    public async Task The_same_article_with_and_without_the_path_is_cached_apart()
    {
        var hitsBefore = Pages.Hits;
        for (var round = 0; round < 2; round++)
        {
            Assert.Contains("Langkah 3 dari 5", await _client.GetHtmlAsync(Article + "?path=mulai-di-sini"));
            Assert.DoesNotContain("Langkah 3 dari 5", await _client.GetHtmlAsync(Article));
        }

        Assert.Equal(2, Pages.Count);
        Assert.Equal(2, Pages.Hits - hitsBefore); // the second round came from the cache
    }

    [Theory]
    [InlineData("?path=tidak-ada")]
    [InlineData("?path=MULAI-DI-SINI")]
    [InlineData("?path=mulai-di-sini&utm_source=x")]
    [InlineData("?path=mulai-di-sini&path=mulai-di-sini")]
    [InlineData("?utm_source=x")]
    [InlineData("?path=")]
    public async Task Any_other_query_is_served_without_adding_a_cache_entry(string query)
    {
        await _client.GetHtmlAsync(Article);
        await _client.GetHtmlAsync(Article + "?path=mulai-di-sini");

        for (var i = 0; i < 3; i++)
        {
            var html = await _client.GetHtmlAsync(Article + query + (i > 0 ? "&n=" + i : ""));
            Assert.Contains("<h1 id=\"article-title\">Norma Perilaku Negara di Ruang Siber</h1>", html);
        }

        Assert.Equal(2, Pages.Count);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
