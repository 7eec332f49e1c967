using System.Net;
using System.Text;
using CsCheck;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The small knowledge base, shared by the property tests.</summary>
public sealed class SmallContentFactory() : TempContentFactory(SmallContent.Files);

/// <summary>
/// Any q (control characters, surrogates, invalid UTF-8 bytes, query syntax, up to 100 KB) through /api/search,
/// /api/suggest and /search: 200 or 400, never a 5xx. Bounded to a few hundred cases so the suite stays fast.
/// </summary>
public sealed class QueryPropertyTests(SmallContentFactory factory, ITestOutputHelper output) : IClassFixture<SmallContentFactory>
{
    private const int Iterations = 150;
    private static readonly string[] Syntax = ["\"", "-", "*", "?", "~", "^", ":", "(", ")", "[", "]", "{", "}", "\\", "/", "+", "!", "&", "=", "#", "%", " ", "AND", "diplomasi", "BSSN", "<script>", "\u0000", "\u202E", "😀"];

    /// <summary>Percent-encoded bytes: UTF-8 of any string (lone surrogates become U+FFFD on the way), or raw bytes that are not UTF-8 at all.</summary>
    private static readonly Gen<string> EncodedQuery = Gen.Frequency(
        (4, Gen.OneOf(Syntax).Array[0, 20].Select(parts => Encode(Encoding.UTF8.GetBytes(string.Concat(parts))))),
        (3, Gen.Char.Array[0, 700].Select(chars => Encode(Encoding.UTF8.GetBytes(chars)))),
        (2, Gen.Byte.Array[0, 700].Select(Encode)),
        (1, Gen.Select(Gen.Char, Gen.Int[1_000, 100_000], (c, n) => Encode(Encoding.UTF8.GetBytes(new string(c, n) + "😀")))));

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/suggest?q=")]
    [InlineData("/search?q=")]
    public async Task Any_query_is_answered_with_200_or_400(string route)
    {
        var statuses = new Dictionary<HttpStatusCode, int>();
        await EncodedQuery.SampleAsync(async q =>
        {
            using var response = await _client.GetAsync(new Uri(route + q, UriKind.Relative));
            lock (statuses) statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {route}{Truncate(q)}");
            await response.Content.ReadAsStringAsync();
        }, iter: Iterations, threads: 2, writeLine: output.WriteLine);
        output.WriteLine(string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}")));
    }

    [Fact]
    public async Task Long_query_cut_through_an_emoji_is_still_searched()
    {
        // The results page shortens a query to 500 characters; cutting a surrogate pair in half used to fail with a 500.
        var q = Uri.EscapeDataString(new string('a', 499) + "😀");
        var html = await _client.GetHtmlAsync("/search?q=" + q);
        Assert.Contains("500", Markup.MainContent(html), StringComparison.Ordinal); // the notice explains the limit
    }

    private static string Encode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes) builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private static string Truncate(string value) => value.Length > 120 ? value[..120] + "…" : value;
}
