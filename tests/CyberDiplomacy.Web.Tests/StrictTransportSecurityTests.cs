using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>HSTS on HTTPS requests outside Development, and never in Development (where it would pin localhost to HTTPS).</summary>
public sealed class StrictTransportSecurityTests
{
    [Fact]
    public async Task Production_sends_hsts_over_https()
    {
        await using var factory = new TempContentFactory(SmallContent.Files);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://pustaka.example/") });

        using var response = await client.GetAsync(new Uri("/articles/diplomasi", UriKind.Relative));

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Matches("max-age=[1-9][0-9]{6,}", hsts); // at least ~11 days; the default is 30
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        await using var factory = new TempContentFactory(SmallContent.Files, environment: "Development");
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://pustaka.example/") });

        using var response = await client.GetAsync(new Uri("/articles/diplomasi", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
