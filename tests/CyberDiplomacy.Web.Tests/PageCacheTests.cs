using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Cached pages: one per UI language, never stale after an ingest, never a cached 404.</summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly string _content = Directory.CreateTempSubdirectory("cyberdiplomacy-cache-content-").FullName;
    private readonly EditableContentFactory _factory;
    private readonly HttpClient _client;

    public PageCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        Directory.CreateDirectory(Path.Combine(_content, "glossary"));
        WriteArticle("Versi pertama dari artikel ini.");
        _factory = new EditableContentFactory(_content);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task A_page_changed_by_an_ingest_is_served_new_at_once()
    {
        Assert.Contains("Versi pertama", await _client.GetHtmlAsync("/articles/uji-cache"));
        Assert.Contains("Versi pertama", await _client.GetHtmlAsync("/articles/uji-cache"));

        WriteArticle("Versi kedua dari artikel ini.");
        await _factory.Services.GetRequiredService<Ingestor>().IngestAsync();

        var html = await _client.GetHtmlAsync("/articles/uji-cache");
        Assert.Contains("Versi kedua", html);
        Assert.DoesNotContain("Versi pertama", html);
    }

    [Fact]
    public async Task Each_ui_language_gets_its_own_cached_page()
    {
        var indonesian = await _client.GetHtmlAsync("/articles/uji-cache");
        var english = await _client.GetHtmlAsync("/articles/uji-cache?ui-culture=en");
        using var byHeader = await _client.GetWithAcceptLanguageAsync("/articles/uji-cache", "en");
        var indonesianAgain = await _client.GetHtmlAsync("/articles/uji-cache");

        Assert.Contains("<html lang=\"id\"", indonesian);
        Assert.Contains("<html lang=\"en\"", english);
        Assert.Contains("<html lang=\"en\"", await byHeader.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"id\"", indonesianAgain);
    }

    [Theory]
    [InlineData(null, "id")]
    [InlineData("en", "en")]
    public async Task A_page_served_from_the_cache_keeps_its_headers_and_language(string? acceptLanguage, string lang)
    {
        // The output cache answers before the timeout and rate-limit middleware; what a reader gets must not change.
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/uji-cache");
            if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
            using var response = await _client.SendAsync(request);

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Language", response.Headers.Vary);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<html lang=\"{lang}\"", html);
            Assert.Contains("Versi pertama", html);
        }
    }

    [Fact]
    public async Task A_stored_page_is_sent_compressed_to_a_reader_who_accepts_it_and_answers_HEAD_without_a_body()
    {
        var plain = await _client.GetHtmlAsync("/articles/uji-cache");
        Assert.Equal(1, _factory.Services.GetRequiredService<Web.Infrastructure.PageCache>().Count);

        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, "/articles/uji-cache");
        compressedRequest.Headers.AcceptEncoding.ParseAdd("br");
        using var compressed = await _client.SendAsync(compressedRequest);
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        await using (var brotli = new System.IO.Compression.BrotliStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        using (var reader = new StreamReader(brotli))
        {
            Assert.Equal(plain, await reader.ReadToEndAsync());
        }

        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/uji-cache"));
        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(plain), head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Search_results_are_never_stored()
    {
        var pages = _factory.Services.GetRequiredService<Web.Infrastructure.PageCache>();
        await _client.GetHtmlAsync("/search?q=cache");
        await _client.GetAsync("/api/search?q=cache");
        Assert.Equal(0, pages.Count);
    }

    [Fact]
    public async Task A_missing_page_is_not_cached_once_it_exists()
    {
        await _client.GetHtmlAsync("/articles/baru", System.Net.HttpStatusCode.NotFound);

        WriteArticle("Artikel baru.", "baru");
        await _factory.Services.GetRequiredService<Ingestor>().IngestAsync();

        Assert.Contains("Artikel baru.", await _client.GetHtmlAsync("/articles/baru"));
    }

    private void WriteArticle(string body, string slug = "uji-cache") =>
        File.WriteAllText(Path.Combine(_content, "articles", slug + ".md"),
            $"---\ntitle: Uji Cache {slug}\nsummary: Artikel untuk menguji cache halaman.\ntags: [uji]\n---\n{body}\n");

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_content, recursive: true);
    }

    private sealed class EditableContentFactory(string content) : KnowledgeBaseFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["KnowledgeBase:ContentPath"] = content,
            }));
        }
    }
}
