using System.Diagnostics;
using System.Net;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The app watching a copy of the fixture corpus: saves show up in pages and search without a restart.</summary>
public sealed class WatchingKnowledgeBaseFactory : KnowledgeBaseFactory
{
    public string ContentPath { get; } = CopyContent();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = ContentPath,
            ["KnowledgeBase:WatchContent"] = "true",
        }));
    }

    private static string CopyContent()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("cyberdiplomacy-watch-").FullName, "content");
        TempContentFactory.CopyDirectory(RepositoryPaths.FixtureContent, target);
        return target;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory can run Dispose(bool) twice (Dispose calls DisposeAsync, which calls Dispose(bool)).
        var root = Path.GetDirectoryName(ContentPath)!;
        if (disposing && Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}

public sealed class LiveReloadTests(WatchingKnowledgeBaseFactory factory, ITestOutputHelper output) : IClassFixture<WatchingKnowledgeBaseFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // a functional bound for loaded CI machines, not a performance target

    private string ArticlePath(string slug) => Path.Combine(factory.ContentPath, "articles", slug + ".md");

    [Fact]
    public async Task Saved_edit_appears_in_search_and_on_the_page_without_a_restart()
    {
        var client = factory.CreateClient();
        await client.GetHtmlAsync("/articles/paris-call");
        var original = await File.ReadAllTextAsync(ArticlePath("paris-call"));
        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var word = $"kataujian{i}x";
            await File.WriteAllTextAsync(ArticlePath("paris-call"), original.TrimEnd() + $"\n\nCatatan {word}.\n");
            var saved = Stopwatch.StartNew();
            Assert.True(await EventuallyAsync(() => FindsExactlyAsync(client, word)), $"edit {i} never reached search");
            latencies.Add(saved.Elapsed.TotalMilliseconds);
        }
        var page = await client.GetHtmlAsync("/articles/paris-call");
        Assert.Contains("kataujian19x", page);
        latencies.Sort();
        output.WriteLine($"reload latency over {latencies.Count} edits: median {latencies[latencies.Count / 2]:F0} ms, worst {latencies[^1]:F0} ms");
        await File.WriteAllTextAsync(ArticlePath("paris-call"), original);
    }

    [Fact]
    public async Task New_and_deleted_files_come_and_go()
    {
        var client = factory.CreateClient();
        // Every article belongs to a topic, so the new one comes with its own (the topic first: a watcher may ingest between the two saves).
        var topic = Path.Combine(factory.ContentPath, "topics", "topik-baru.md");
        await File.WriteAllTextAsync(topic, "---\ntitle: Topik Baru\norder: 99\narticles: [artikel-baru]\n---\nPengantar.\n");
        await File.WriteAllTextAsync(ArticlePath("artikel-baru"), "---\ntitle: Artikel Baru Sekali\nsummary: Uji.\n---\nIsi artikel baru tentang zebrakuda.\n");
        Assert.True(await EventuallyAsync(async () => (await client.GetAsync(new Uri("/articles/artikel-baru", UriKind.Relative))).StatusCode == HttpStatusCode.OK));
        File.Delete(topic);
        File.Delete(ArticlePath("artikel-baru"));
        Assert.True(await EventuallyAsync(async () => (await client.GetAsync(new Uri("/articles/artikel-baru", UriKind.Relative))).StatusCode == HttpStatusCode.NotFound));
        // The index switches right after the store: wait for it rather than race it.
        Assert.True(await EventuallyAsync(async () => !await FindsExactlyAsync(client, "zebrakuda")));
    }

    /// <summary>Found as typed, not through a "did you mean" correction to a neighbouring word.</summary>
    private static async Task<bool> FindsExactlyAsync(HttpClient client, string word)
    {
        var result = await client.GetJsonAsync("/api/search?q=" + word);
        return result.GetProperty("total").GetInt32() > 0 && result.GetProperty("suggestion").ValueKind == System.Text.Json.JsonValueKind.Null;
    }

    [Fact]
    public async Task Broken_save_keeps_the_last_good_page_and_is_listed_for_editors()
    {
        var client = factory.CreateClient();
        var original = await File.ReadAllTextAsync(ArticlePath("tallinn-manual"));
        try
        {
            await File.WriteAllTextAsync(ArticlePath("tallinn-manual"), "---\ntitle: [rusak\nsummary: x\n---\nTeks.\n");
            Assert.True(await EventuallyAsync(async () => (await client.GetHtmlAsync("/_status")).Contains("content/articles/tallinn-manual.md:", StringComparison.Ordinal)));
            var page = await client.GetHtmlAsync("/articles/tallinn-manual");
            Assert.Equal("Tallinn Manual", Markup.Heading(page));
        }
        finally
        {
            await File.WriteAllTextAsync(ArticlePath("tallinn-manual"), original);
        }
        Assert.True(await EventuallyAsync(async () => !(await client.GetHtmlAsync("/_status")).Contains("tallinn-manual.md:", StringComparison.Ordinal)));
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (await condition()) return true;
            await Task.Delay(25);
        }
        return false;
    }
}
