using System.Net;
using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Request limits a reader can hit: the API's rate limit (429 with Retry-After and a JSON error), request timeouts,
/// and a site that takes no form posts at all (every form is GET; other methods get 405, see SecurityHeadersTests).
/// </summary>
public sealed class RequestLimitsTests
{
    [Fact]
    public async Task Api_rate_limit_answers_429_with_retry_after_and_a_json_error()
    {
        // Over a real socket: the in-memory test server has no client address, and loopback is only limited when not exempt.
        await using var factory = new TempContentFactory(SmallContent.Files, kestrel: true, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:ExemptLoopback"] = "false",
            ["RateLimiting:PermitsPerMinute"] = "3",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6 && limited is null; i++)
        {
            var response = await client.GetAsync(new Uri(i % 2 == 0 ? "/api/search?q=diplomasi" : "/api/suggest?q=dip", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
            else response.Dispose();
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
            Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            Assert.Equal("application/json", limited.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
            json.RootElement.AssertError();
        }
        // Pages are not rate limited: a reader who hit the API limit can still read.
        await client.GetHtmlAsync("/articles/diplomasi");
    }

    [Fact]
    public async Task Request_timeouts_are_on_for_every_endpoint()
    {
        await using var factory = new TempContentFactory(SmallContent.Files);
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>>().Value;
        Assert.NotNull(options.DefaultPolicy?.Timeout);
        Assert.InRange(options.DefaultPolicy!.Timeout!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Every_form_on_the_site_is_a_get_form()
    {
        await using var factory = new TempContentFactory(SmallContent.Files);
        using var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/search?q=diplomasi", "/articles/diplomasi", "/glossary" })
        {
            var forms = System.Text.RegularExpressions.Regex.Matches(await client.GetHtmlAsync(url), "<form[^>]*>");
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.Contains("method=\"get\"", form.Value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
