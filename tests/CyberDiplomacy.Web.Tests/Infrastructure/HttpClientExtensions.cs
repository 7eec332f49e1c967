using System.Net;
using System.Text.Json;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>GETs a page, checks its status and that it is HTML, and returns the markup.</summary>
    public static async Task<string> GetHtmlAsync(this HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        AssertStatus(url, status, response);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>GETs an API route, checks its status and that it is JSON, and returns the parsed body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        AssertStatus(url, status, response);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>GETs a text resource (XML, plain text), checks status and media type, and returns the body.</summary>
    public static async Task<string> GetTextAsync(this HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        AssertStatus(url, HttpStatusCode.OK, response);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>GETs a URL as a browser set to <paramref name="acceptLanguage"/> would.</summary>
    public static async Task<HttpResponseMessage> GetWithAcceptLanguageAsync(this HttpClient client, string url, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await client.SendAsync(request);
    }

    private static void AssertStatus(string url, HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}");
}
