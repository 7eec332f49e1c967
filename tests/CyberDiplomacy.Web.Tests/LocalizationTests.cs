using System.Net;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Indonesian by default; English by query string, Accept-Language, or the language switch's cookie.</summary>
public sealed class LocalizationTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Default_interface_is_indonesian()
    {
        var html = await _client.GetHtmlAsync("/");

        Assert.Equal("id", Markup.DocumentLanguage(html));
        Assert.Contains("Artikel", Markup.NavigationLinks(html));
    }

    [Fact]
    public async Task Ui_culture_query_switches_to_english()
    {
        var html = await _client.GetHtmlAsync("/?ui-culture=en");

        Assert.Equal("en", Markup.DocumentLanguage(html));
        Assert.Contains("Articles", Markup.NavigationLinks(html));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US,en;q=0.9,id;q=0.5")]
    public async Task Accept_language_english_gives_an_english_interface(string acceptLanguage)
    {
        using var response = await _client.GetWithAcceptLanguageAsync("/", acceptLanguage);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", Markup.DocumentLanguage(html));
        Assert.Contains("Articles", Markup.NavigationLinks(html));
    }

    [Fact]
    public async Task Not_found_page_follows_accept_language()
    {
        using var response = await _client.GetWithAcceptLanguageAsync("/articles/tidak-ada", "en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("en", Markup.DocumentLanguage(html));
        Assert.Equal("Page not found", Markup.Heading(Markup.MainContent(html)));
    }

    [Fact]
    public async Task Not_found_page_follows_the_ui_culture_query()
    {
        var html = await _client.GetHtmlAsync("/articles/tidak-ada?ui-culture=en", HttpStatusCode.NotFound);

        Assert.Equal("en", Markup.DocumentLanguage(html));
        Assert.Equal("Page not found", Markup.Heading(Markup.MainContent(html)));
    }

    [Fact]
    public async Task Language_switch_sets_a_cookie_redirects_back_and_is_remembered()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await client.GetAsync(new Uri("/language/en?returnUrl=/glossary", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/glossary", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("uic%3Den", cookie, StringComparison.Ordinal);
        var glossary = await client.GetHtmlAsync("/glossary");
        Assert.Equal("en", Markup.DocumentLanguage(glossary));
        Assert.Equal("Glossary", Markup.Heading(Markup.MainContent(glossary)));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/glossary")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("evil.example")]
    public async Task Language_switch_never_redirects_off_site(string returnUrl)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/language/en?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        AssertStaysOnSite(response);
    }

    [Fact]
    public async Task Language_switch_with_a_control_character_in_the_return_url_stays_on_site()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Browsers drop tabs and newlines from URLs, so "/\t/evil.example" would mean "//evil.example".
        using var response = await client.GetAsync(new Uri("/language/en?returnUrl=/%09/evil.example", UriKind.Relative));

        AssertStaysOnSite(response);
    }

    [Fact]
    public async Task Unsupported_language_is_a_400()
    {
        var json = await _client.GetJsonAsync("/language/xx?returnUrl=/", HttpStatusCode.BadRequest);

        json.AssertError();
    }

    private static void AssertStaysOnSite(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
        Assert.DoesNotContain("evil.example", location, StringComparison.Ordinal);
    }
}
