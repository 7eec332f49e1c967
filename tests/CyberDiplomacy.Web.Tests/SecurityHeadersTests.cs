using System.Net;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Headers as a browser receives them from Kestrel, and a read-only site that refuses writes.</summary>
public sealed partial class SecurityHeadersTests(KestrelKnowledgeBaseFactory factory) : IClassFixture<KestrelKnowledgeBaseFactory>
{
    private static readonly string[] OwnSources = ["'self'", "'none'", "data:"];
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/diplomasi")]
    [InlineData("/search?q=diplomasi")]
    [InlineData("/articles/tidak-ada")]
    [InlineData("/api/search?q=diplomasi")]
    public async Task Response_carries_the_security_headers_and_no_server_banner(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.NotNull(response.Headers.Date); // Kestrel answered, not the in-memory TestServer (which sends no Date and no Server)
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), "no Content-Security-Policy");
        var policy = Assert.Single(policies);
        Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && !string.IsNullOrWhiteSpace(referrer.Single()), "no Referrer-Policy");
        Assert.False(response.Headers.Contains("Server"), "the response names its server");
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP (browsers ignore it; the proxy's HTTPS hop sends it)");
    }

    [Fact]
    public async Task Policy_names_no_third_party_origin()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var sources = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            .Distinct()
            .ToList();
        Assert.All(sources, source => Assert.Contains(source, OwnSources));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/diplomasi")]
    [InlineData("/glossary")]
    [InlineData("/search?q=diplomasi")]
    [InlineData("/articles/tidak-ada")]
    public async Task Page_has_no_inline_script_or_style_that_the_policy_would_block(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(StyleAttributeOrElement(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.Contains("<script src=\"/js/site.js", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/search?q=diplomasi")]
    [InlineData("POST", "/api/search?q=diplomasi")]
    [InlineData("DELETE", "/articles/diplomasi")]
    [InlineData("PUT", "/api/glossary/bssn")]
    public async Task Write_method_is_refused_with_405(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent("q=x") };
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style\\b|\\sstyle=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttributeOrElement();

    [GeneratedRegex("<[^>]+\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
