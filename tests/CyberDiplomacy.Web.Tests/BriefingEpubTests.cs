using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// <c>/briefing.epub</c>: the pack as an EPUB 3 that EPUBCheck (Debian's <c>epubcheck</c>, installed by tests/run.sh)
/// passes without an error, with a chapter per text in its language and the glossary as a chapter the text links to.
/// </summary>
public sealed class BriefingEpubTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private const string EpubCheck = "/usr/bin/epubcheck";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<byte[]> DownloadAsync(string url, string fileName)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/epub+zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Theory]
    [InlineData("/briefing.epub?tag=norma", "paket-briefing-norma.epub")]
    [InlineData("/briefing.epub?tag=diplomasi&articles=uu-pdp,insiden-pdns-2024&documents=asean-leaders-statement-2018", "paket-briefing-diplomasi.epub")]
    [InlineData("/briefing.epub?articles=cyber-diplomacy", "paket-briefing-cyber-diplomacy.epub")]
    public async Task The_epub_passes_epubcheck(string url, string fileName)
    {
        var bytes = await DownloadAsync(url, fileName);
        var file = Path.Combine(Directory.CreateTempSubdirectory("cyberdiplomacy-epub-").FullName, fileName);
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
            var (exitCode, output) = RunEpubCheck(file);
            Assert.True(exitCode == 0 && !output.Contains("ERROR(", StringComparison.Ordinal) && !output.Contains("FATAL(", StringComparison.Ordinal), output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task Chapters_carry_their_language_and_link_their_terms_to_the_glossary_chapter()
    {
        using var zip = new ZipArchive(new MemoryStream(await DownloadAsync("/briefing.epub?articles=norma-perilaku-negara,cyber-diplomacy", "paket-briefing.epub")));

        Assert.Equal("mimetype", zip.Entries[0].FullName);
        var english = Load(zip, "EPUB/article-cyber-diplomacy.xhtml");
        Assert.Equal("en", (string?)english.Root!.Attribute(XNamespace.Xml + "lang"));
        var indonesian = Load(zip, "EPUB/article-norma-perilaku-negara.xhtml");
        Assert.Equal("id", (string?)indonesian.Root!.Attribute("lang"));
        var hrefs = indonesian.Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Contains("glossary.xhtml#glossary-norma", hrefs);
        Assert.Contains("document-gge-2015.xhtml#document-gge-2015", hrefs);
        Assert.Contains("sources.xhtml#article-norma-perilaku-negara--source-1", hrefs);
        Assert.DoesNotContain(hrefs, h => h.StartsWith('/'));

        var glossary = Load(zip, "EPUB/glossary.xhtml");
        var entries = glossary.Descendants(Xhtml + "dt").Select(dt => (string)dt.Attribute("id")!).ToList();
        var linked = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .SelectMany(e => Load(zip, e.FullName).Descendants(Xhtml + "a")).Select(a => (string)a.Attribute("href")!)
            .Where(h => h.StartsWith("glossary.xhtml#", StringComparison.Ordinal)).Select(h => h["glossary.xhtml#".Length..]).ToHashSet();
        Assert.Equal(linked.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));

        var document = Load(zip, "EPUB/document-gge-2015.xhtml");
        Assert.Contains(document.Descendants(Xhtml + "dd"), dd => dd.Value == "A/70/174");
        Assert.Contains(document.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "https://undocs.org/A/70/174");
    }

    [Fact]
    public async Task Unknown_names_are_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/briefing.epub?tag=tidak-ada", UriKind.Relative))).StatusCode);

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static (int ExitCode, string Output) RunEpubCheck(string file)
    {
        Assert.True(File.Exists(EpubCheck), $"{EpubCheck} missing: apt-get install epubcheck (tests/run.sh does)");
        // Debian's epubcheck is the jar itself; run it with java rather than rely on binfmt to execute a .jar.
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", EpubCheck, file }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
