using CyberDiplomacy.Web.Infrastructure;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>What a CDN in front of the replicas is told it may cache, and for how long.</summary>
public sealed partial class CacheHeadersTests(SmallContentFactory factory) : IClassFixture<SmallContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/articles/diplomasi", CacheHeaders.Content)]
    [InlineData("/search?q=diplomasi", CacheHeaders.Content)]
    [InlineData("/api/search?q=diplomasi", CacheHeaders.Content)]
    [InlineData("/feed.xml", CacheHeaders.Content)]
    [InlineData("/css/site.css", CacheHeaders.Asset)]
    [InlineData("/icons/icon-192.png", CacheHeaders.Asset)]
    [InlineData("/manifest.webmanifest", CacheHeaders.Asset)]
    [InlineData("/sw.js", CacheHeaders.Revalidate)]
    [InlineData("/offline", CacheHeaders.Content)]
    [InlineData("/glossary.csv", CacheHeaders.Content)]
    [InlineData("/articles/tidak-ada", CacheHeaders.Never)]
    [InlineData("/api/search?page=0", CacheHeaders.Never)]
    [InlineData("/healthz", CacheHeaders.Never)]
    [InlineData("/readyz", CacheHeaders.Never)]
    [InlineData("/_status", CacheHeaders.Never)]
    [InlineData("/language/en?returnUrl=/", CacheHeaders.Never)]
    public async Task Response_says_how_long_it_may_be_cached(string url, string expected)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.Headers.CacheControl?.ToString());
        if (expected == CacheHeaders.Content)
        {
            Assert.Contains("Accept-Language", response.Headers.Vary);
            Assert.Contains("Cookie", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable()
    {
        var html = await _client.GetHtmlAsync("/");
        var stylesheet = StylesheetLink().Match(html).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);

        using var response = await _client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Equal(CacheHeaders.Fingerprinted, response.Headers.CacheControl?.ToString());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/css/site\\.css[^\"]*)\"")]
    private static partial Regex StylesheetLink();
}
