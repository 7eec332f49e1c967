using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// What offline reading and installing the site need from the server: the offline notice page, a web app manifest with
/// a name, a start URL, a display mode and icons that exist at their stated sizes, and the service worker script,
/// revalidated on every check and allowed by the security policy.
/// </summary>
public sealed class OfflineSupportTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/offline", "Anda sedang luring")]
    [InlineData("/offline?ui-culture=en", "You are offline")]
    public async Task Offline_notice_is_a_page_of_its_own_that_search_engines_skip(string url, string heading)
    {
        var html = await _client.GetHtmlAsync(url);

        Assert.Equal(heading, Markup.Heading(Markup.MainContent(html)));
        Assert.Equal("noindex", PageSafety.Meta(html, "robots"));
        Assert.Contains("href=\"/glossary\"", Markup.MainContent(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_names_the_manifest()
    {
        var html = await _client.GetHtmlAsync("/articles/diplomasi-siber");

        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_has_what_installing_needs_and_its_icons_exist_at_their_sizes()
    {
        using var response = await _client.GetAsync(new Uri("/manifest.webmanifest", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;

        Assert.Equal("Pustaka Diplomasi Siber", root.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("short_name").GetString()));
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("id", root.GetProperty("lang").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        foreach (var size in new[] { 192, 512 })
        {
            Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == $"{size}x{size}" && i.GetProperty("type").GetString() == "image/png");
        }
        foreach (var icon in icons)
        {
            using var image = await _client.GetAsync(new Uri(icon.GetProperty("src").GetString()!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                Assert.Equal(icon.GetProperty("sizes").GetString(), PngSize(await image.Content.ReadAsByteArrayAsync()));
            }
        }
    }

    [Fact]
    public async Task Service_worker_script_is_javascript_that_caches_revalidate()
    {
        using var response = await _client.GetAsync(new Uri("/sw.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("worker-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("manifest-src 'self'", policy, StringComparison.Ordinal);
    }

    /// <summary>Width x height from a PNG's IHDR chunk.</summary>
    private static string PngSize(byte[] png)
    {
        Assert.Equal<byte>([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return $"{BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16))}x{BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))}";
    }
}
