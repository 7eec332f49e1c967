using System.Diagnostics;
using System.Text.Json;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Every page type passes the Nu HTML checker (vnu-jar from tests/tools, installed by tests/run.sh) with no errors.</summary>
public sealed class HtmlValidityTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly string[] Pages =
    [
        "/", "/?ui-culture=en", "/articles", "/articles?view=az", "/articles?lang=en", "/topics", "/topics/dasar-dasar", "/topics/kejahatan-dan-indonesia",
        "/articles/norma-perilaku-negara?path=mulai-di-sini", "/articles/insiden-pdns-2024?path=mulai-di-sini", "/articles/diplomasi-siber", "/articles/cyber-diplomacy", "/articles/norma-perilaku-negara",
        "/articles/insiden-pdns-2024", "/glossary", "/glossary/bssn", "/glossary/diplomasi", "/glossary/xss", "/tags/diplomasi", "/search", "/search?q=diplomasi",
        "/search?q=diplomsi", "/search?q=ransomware&type=term", "/search?q=x&page=abc", "/search?q=kapan+UU+27%2F2022+mengikat", "/_status", "/offline",
        "/briefing?tag=norma", "/briefing?articles=norma-perilaku-negara&ui-culture=en",
        "/documents", "/documents?kind=report&decade=2010&sort=date-asc", "/documents/konvensi-pbb-kejahatan-siber", "/documents/gge-2015",
        "/timeline", "/timeline?track=insiden", "/timeline?ui-culture=en", "/indonesia", "/indonesia?ui-culture=en", "/tags/norma",
    ];

    [Fact]
    public async Task Pages_have_no_html_errors()
    {
        var folder = Directory.CreateTempSubdirectory("cyberdiplomacy-vnu-").FullName;
        try
        {
            var client = factory.CreateClient();
            var files = new List<string>();
            foreach (var (url, index) in Pages.Select((u, i) => (u, i)))
            {
                var file = Path.Combine(folder, $"page{index:00}.html");
                await File.WriteAllTextAsync(file, await client.GetHtmlAsync(url));
                files.Add(file);
            }
            var notFound = Path.Combine(folder, "page-404.html");
            await File.WriteAllTextAsync(notFound, await client.GetHtmlAsync("/articles/tidak-ada", System.Net.HttpStatusCode.NotFound));
            files.Add(notFound);

            var messages = RunChecker(files);
            var errors = messages.Where(m => m.Type == "error").ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{Pages.ElementAtOrDefault(PageIndex(e.Url)) ?? e.Url}:{e.Line}: {e.Text}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int PageIndex(string url) =>
        int.TryParse(Path.GetFileNameWithoutExtension(url).Replace("page", "", StringComparison.Ordinal), out var i) ? i : -1;

    private sealed record Message(string Type, string Url, int Line, string Text);

    private static List<Message> RunChecker(IEnumerable<string> files)
    {
        var jar = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar missing at {jar}: run 'npm install --prefix tests/tools' (tests/run.sh does)");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--format", "json", "--exit-zero-always" }.Concat(files)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        using var json = JsonDocument.Parse(output.Result);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new Message(
            m.GetProperty("type").GetString() ?? "",
            m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString() ?? "")).ToList();
    }
}
