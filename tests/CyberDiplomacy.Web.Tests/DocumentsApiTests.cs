using System.Net;
using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>/api/documents and /api/timeline (DESIGN §4) over the fixture corpus.</summary>
public sealed class DocumentsApiTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly string[] DocumentProperties = ["slug", "title", "symbol", "kind", "body", "adopted", "inForce", "url", "indonesia", "tags", "citedBy"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Documents_lists_every_document_oldest_first_in_the_contract_shape()
    {
        var documents = (await _client.GetJsonAsync("/api/documents")).EnumerateArray().ToList();

        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.FixtureContent, "documents"), "*.md").Length, documents.Count);
        Assert.All(documents, d => d.AssertProperties(DocumentProperties));
        Assert.Equal("unga-53-70", documents[0].Text("slug"));
        var adopted = documents.Select(d => d.Text("adopted")).ToList();
        Assert.Equal(adopted.OrderBy(a => a, StringComparer.Ordinal), adopted);
    }

    [Fact]
    public async Task Document_has_its_facts_indonesias_record_tags_and_who_cites_it()
    {
        var document = await _client.GetJsonAsync("/api/documents/uu-11-2008");

        document.AssertProperties(DocumentProperties);
        Assert.Equal(("uu-11-2008", "UU 11/2008", "law", "DPR dan Presiden RI", "2008-04-21"),
            (document.Text("slug"), document.Text("symbol"), document.Text("kind"), document.Text("body"), document.Text("adopted")));
        Assert.Equal(JsonValueKind.Null, document.GetProperty("inForce").ValueKind);
        Assert.Equal("https://peraturan.bpk.go.id/Details/37589/uu-no-11-tahun-2008", document.Text("url")); // the official text
        var indonesia = document.GetProperty("indonesia");
        indonesia.AssertProperties("status", "date", "note");
        Assert.Equal(("issued", "2008-04-21"), (indonesia.Text("status"), indonesia.Text("date")));
        Assert.StartsWith("Undang-undang ini ditetapkan", indonesia.Text("note"), StringComparison.Ordinal);
        Assert.Equal(["indonesia", "regulasi", "kejahatan-siber"], document.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["/articles/uu-ite", "/glossary/uu-ite"], document.GetProperty("citedBy").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_document_without_a_symbol_or_an_indonesia_record_says_null()
    {
        var treaty = await _client.GetJsonAsync("/api/documents/konvensi-pbb-kejahatan-siber");
        var report = await _client.GetJsonAsync("/api/documents/gge-2015");

        Assert.Equal(JsonValueKind.Null, treaty.GetProperty("symbol").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("indonesia").ValueKind);
        Assert.Equal("A/70/174", report.Text("symbol"));
        Assert.Equal(["/articles/norma-perilaku-negara", "/documents/asean-leaders-statement-2018"], report.GetProperty("citedBy").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2018-04", (await _client.GetJsonAsync("/api/documents/asean-leaders-statement-2018")).Text("adopted"));
    }

    [Theory]
    [InlineData("/api/documents/tidak-ada")]
    [InlineData("/api/documents/Bad_Slug")]
    public async Task Unknown_document_is_404_with_an_error(string url)
    {
        (await _client.GetJsonAsync(url, HttpStatusCode.NotFound)).AssertError();
    }

    [Fact]
    public async Task Timeline_is_every_entry_in_date_order()
    {
        var entries = (await _client.GetJsonAsync("/api/timeline")).EnumerateArray().ToList();

        Assert.Equal(10, entries.Count);
        Assert.All(entries, e => e.AssertProperties("date", "title", "track", "url"));
        var dates = entries.Select(e => e.Text("date")).ToList();
        Assert.Equal(dates.OrderBy(d => d, StringComparer.Ordinal), dates);
        Assert.Equal(["pbb", "regional", "indonesia", "hukum", "insiden"], entries.Select(e => e.Text("track")).Distinct().Order(Comparer<string>.Create(TrackOrder)));
        var gge2015 = entries.Where(e => e.Text("date") == "2015-07-22").ToList();
        Assert.Equal(["/documents/gge-2015", "/articles/norma-perilaku-negara#laporan-gge-2015"], gge2015.Select(e => e.Text("url"))); // the document before its events
    }

    [Theory]
    [InlineData("pbb", 4)]
    [InlineData("insiden", 2)]
    [InlineData("", 10)]
    public async Task Timeline_filters_by_track(string track, int count)
    {
        var entries = (await _client.GetJsonAsync("/api/timeline?track=" + track)).EnumerateArray().ToList();

        Assert.Equal(count, entries.Count);
        Assert.All(entries, e => Assert.True(track.Length == 0 || e.Text("track") == track));
    }

    [Theory]
    [InlineData("olahraga")]
    [InlineData("PBB")]
    public async Task Unknown_track_is_400_with_an_error(string track)
    {
        var error = await _client.GetJsonAsync("/api/timeline?track=" + track, HttpStatusCode.BadRequest);

        error.AssertError();
        Assert.Contains("pbb, regional, indonesia, hukum, insiden", error.Text("error"), StringComparison.Ordinal);
    }

    private static int TrackOrder(string? a, string? b)
    {
        string[] order = ["pbb", "regional", "indonesia", "hukum", "insiden"];
        return Array.IndexOf(order, a).CompareTo(Array.IndexOf(order, b));
    }
}
