using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Export;
using CyberDiplomacy.Tests.Export;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// <c>/glossary.csv</c> and <c>/glossary.tbx</c>, linked from the glossary page: downloads that read back as every term
/// with its English equivalent, byte for byte what <c>kb export</c> writes from the same content.
/// </summary>
public sealed partial class GlossaryDownloadsTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static byte[] KbExport(GlossaryFormat format) =>
        format.Write(GlossaryExport.FromContent(new ContentSource(RepositoryPaths.FixtureContent), new ContentParser()).Terms);

    private async Task<byte[]> DownloadAsync(string url, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(url.TrimStart('/'), response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Csv_download_lists_every_term_with_its_english_equivalent()
    {
        var bytes = await DownloadAsync("/glossary.csv", "text/csv");

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(["slug", "term", "en", "abbr", "aliases", "definition"], records[0]);
        Assert.Equal(GlossaryFiles(), records.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Contains(records, r => r[0] == "bssn" && r[2] == "National Cyber and Crypto Agency" && r[3] == "BSSN");
        Assert.All(records.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r[2]), $"{r[0]} has no English equivalent"));
        Assert.Equal(KbExport(GlossaryFormat.Csv), bytes);
    }

    [Fact]
    public async Task Tbx_download_is_tbx_basic_with_every_term_and_its_english_equivalent()
    {
        var bytes = await DownloadAsync("/glossary.tbx", "application/xml");

        var concepts = TbxBasic.Read(bytes);
        Assert.Equal(GlossaryFiles().Select(GlossaryTbx.ConceptId), concepts.Select(c => c.Id).Order(StringComparer.Ordinal));
        var komdigi = Assert.Single(concepts, c => c.Id == "term-komdigi");
        Assert.Equal(("Kementerian Komunikasi dan Digital", "fullForm"), komdigi.Indonesian[0]);
        Assert.Equal([("Ministry of Communication and Digital Affairs", "fullForm")], komdigi.English);
        Assert.StartsWith("Kementerian Komunikasi dan Digital (Komdigi) adalah", komdigi.Definition, StringComparison.Ordinal);
        Assert.Equal(KbExport(GlossaryFormat.Tbx), bytes);
    }

    [Fact]
    public async Task The_api_answers_what_kb_export_writes_as_json()
    {
        using var response = await _client.GetAsync(new Uri("/api/glossary", UriKind.Relative));

        Assert.Equal(KbExport(GlossaryFormat.Json), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Glossary_page_offers_both_downloads()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/glossary"));

        var line = Markup.Section(main, "<p class=\"downloads\">", "</p>");
        Assert.Equal("Unduh: CSV · TBX", WebUtility.HtmlDecode(Tags().Replace(line, "")).Trim());
        Assert.Contains("href=\"/glossary.csv\"", line, StringComparison.Ordinal);
        Assert.Contains("href=\"/glossary.tbx\"", line, StringComparison.Ordinal);
    }

    private static IEnumerable<string> GlossaryFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.FixtureContent, "glossary"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
