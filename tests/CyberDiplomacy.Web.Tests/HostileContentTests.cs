using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The app over a content folder holding hostile articles and a term.</summary>
public sealed class HostileContentFactory() : TempContentFactory(SmallContent.Files.Concat(HostileContentFactory.Files))
{
    public const string Title = "Serangan <script>alert('judul')</script> & \"kutip\" </title>";
    public const string Summary = "Ringkasan \"dengan kutip\" dan </meta><script>alert('ringkasan')</script> <b>tebal</b> 'tunggal' & lainnya";
    public const string Term = "Istilah <b>Jahat</b> \"kutip\"";

    public static readonly Dictionary<string, string> Files = new()
    {
        // Valid, so it is served: every field a reader sees carries markup or quotes.
        ["articles/serangan.md"] = $"""
            ---
            title: '{Title.Replace("'", "''")}'
            summary: '{Summary.Replace("'", "''")}'
            tags: [uji-keamanan]
            sources:
              - title: "Sumber <script>alert('sumber')</script> \"kutip\""
                url: "https://example.org/?q=%22%3E%3Cscript%3E"
            ---
            Teks <script>alert('isi')</script> zebrahostil <img src=x onerror=alert(1)> dan "kutip".

            ## "><script>alert('judul-bagian')</script>

            [tautan](https://example.org/"onmouseover="alert(1)) dan [judul](https://example.org "a\" onclick=\"b") dan www.example.org/"onfocus="x
            """,
        // Unsafe schemes in the body and the sources: rejected with file:line, never served.
        ["articles/skema-jahat.md"] = """
            ---
            title: Skema Jahat
            summary: Tautan javascript.
            sources:
              - title: Sumber jahat
                url: "javascript:alert(1)"
            ---
            Klik [ini](javascript:alert(1)) atau [itu](java&#x09;script:alert(2)) atau <javascript:alert(3)> kudanil.
            """,
        ["glossary/istilah-jahat.md"] = $"""
            ---
            term: '{Term.Replace("'", "''")}'
            en: "\"><img src=x onerror=alert(1)>"
            aliases: ["<i>alias</i>"]
            ---
            Definisi <script>alert('definisi')</script> "kutip".
            """,
    };
}

/// <summary>
/// Hostile text in titles, summaries, headings, sources and terms reaches every surface encoded: article page and its
/// OpenGraph meta, lists, search page, search and glossary JSON, Atom feed and sitemap. An article with script-scheme
/// links is refused with its file and line and never served.
/// </summary>
public sealed class HostileContentTests(HostileContentFactory factory) : IClassFixture<HostileContentFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles/serangan")]
    [InlineData("/articles")]
    [InlineData("/")]
    [InlineData("/tags/uji-keamanan")]
    [InlineData("/search?q=zebrahostil")]
    [InlineData("/search?q=serangan")]
    [InlineData("/glossary")]
    [InlineData("/glossary/istilah-jahat")]
    [InlineData("/_status")]
    public async Task Page_is_safe(string url)
    {
        var html = await _client.GetHtmlAsync(url);

        PageSafety.AssertSafe(html, url);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_title_summary_and_meta_are_encoded_and_read_back_exactly()
    {
        var html = await _client.GetHtmlAsync("/articles/serangan");

        Assert.Equal(HostileContentFactory.Title, Markup.Heading(html));
        Assert.Equal(HostileContentFactory.Title + " — Pustaka Diplomasi Siber", WebUtility.HtmlDecode(Markup.Section(html, "<title>", "</title>")));
        Assert.Equal(HostileContentFactory.Title, PageSafety.Meta(html, "og:title"));
        Assert.Equal(HostileContentFactory.Title, PageSafety.Meta(html, "twitter:title"));
        Assert.Equal(HostileContentFactory.Summary, PageSafety.Meta(html, "og:description"));
        Assert.Equal(HostileContentFactory.Summary, PageSafety.Meta(html, "description"));
        Assert.Contains("&lt;/meta&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        var sources = Markup.Section(html, "<section class=\"sources\"[^>]*>", "</section>");
        Assert.Contains("href=\"https://example.org/?q=%22%3E%3Cscript%3E\"", sources, StringComparison.Ordinal);
        Assert.Contains("Sumber &lt;script&gt;", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_json_carries_text_with_an_encoded_snippet()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=zebrahostil", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal); // System.Text.Json escapes it, so no sniffing browser sees markup

        using var json = JsonDocument.Parse(body);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(HostileContentFactory.Title, hit.Text("title"));
        Assert.Equal("/articles/serangan", hit.Text("url"));
        var snippet = hit.Text("snippet");
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>zebrahostil</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glossary_json_and_suggestions_carry_text_not_markup()
    {
        var term = await _client.GetJsonAsync("/api/glossary/istilah-jahat");
        Assert.Equal(HostileContentFactory.Term, term.Text("term"));
        // Plain text, which pages encode: the script tag is words, and the quotes are characters, not "&ldquo;".
        Assert.Equal("Definisi <script>alert(\u2018definisi\u2019)</script> \u201Ckutip\u201D.", term.Text("definition"));
        var suggestions = await _client.GetJsonAsync("/api/suggest?q=istilah");
        Assert.Contains(suggestions.EnumerateArray(), s => s.Text("url") == "/glossary/istilah-jahat");
    }

    [Fact]
    public async Task Feed_and_sitemap_are_well_formed_and_hold_the_text()
    {
        var feed = XDocument.Parse(await _client.GetTextAsync("/feed.xml", "application/atom+xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "id")!.Value.EndsWith("/articles/serangan", StringComparison.Ordinal));
        Assert.Equal(HostileContentFactory.Title, entry.Element(atom + "title")!.Value);
        Assert.Equal(HostileContentFactory.Summary, entry.Element(atom + "summary")!.Value);
        Assert.DoesNotContain(feed.Descendants(), e => e.Name.LocalName is "script" or "b");

        var sitemap = XDocument.Parse(await _client.GetTextAsync("/sitemap.xml", "application/xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith("/articles/serangan", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains("skema-jahat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Article_with_script_scheme_links_is_refused_with_file_and_line()
    {
        await _client.GetHtmlAsync("/articles/skema-jahat", HttpStatusCode.NotFound);
        Assert.Equal(0, (await _client.GetJsonAsync("/api/search?q=kudanil")).GetProperty("total").GetInt32());

        var status = WebUtility.HtmlDecode(await _client.GetHtmlAsync("/_status"));
        Assert.Contains("content/articles/skema-jahat.md:8:", status, StringComparison.Ordinal);
        Assert.Contains("content/articles/skema-jahat.md:5:5: error: front matter: source URL 'javascript:alert(1)'", status, StringComparison.Ordinal);
    }
}
