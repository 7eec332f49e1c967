using System.Collections.Concurrent;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Article pages are cached per reading path: a page opened from the path and the same page opened plainly are two
/// entries, and nothing else in the query (a made-up path, other parameters) adds one.
/// </summary>
public sealed class ReadingPathCacheTests : IDisposable
{
    private const string Article = "/articles/norma-perilaku-negara";
    private readonly RecordingCacheFactory _factory = new();
    private readonly HttpClient _client;

    public ReadingPathCacheTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task The_same_article_with_and_without_the_path_is_cached_apart()
    {
        for (var round = 0; round < 2; round++)
        {
            Assert.Contains("Langkah 3 dari 5", await _client.GetHtmlAsync(Article + "?path=mulai-di-sini"));
            Assert.DoesNotContain("Langkah 3 dari 5", await _client.GetHtmlAsync(Article));
        }

        Assert.Equal(2, _factory.Store.Entries.Count);
        Assert.Equal(2, _factory.Store.Hits); // the second round came from the cache
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

        Assert.Equal(2, _factory.Store.Entries.Count);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private sealed class RecordingCacheFactory : KnowledgeBaseFactory
    {
        public RecordingStore Store { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IOutputCacheStore>(Store));
        }
    }

    /// <summary>An output cache store that keeps every entry in a dictionary, so a test can count them.</summary>
    private sealed class RecordingStore : IOutputCacheStore
    {
        private int _hits;

        public ConcurrentDictionary<string, byte[]> Entries { get; } = new();
        public int Hits => _hits;

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Entries.Clear();
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            if (!Entries.TryGetValue(key, out var value)) return ValueTask.FromResult<byte[]?>(null);
            Interlocked.Increment(ref _hits);
            return ValueTask.FromResult<byte[]?>(value);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Entries[key] = value;
            return ValueTask.CompletedTask;
        }
    }
}
