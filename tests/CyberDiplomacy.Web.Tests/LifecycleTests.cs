using CyberDiplomacy.Web.Infrastructure;
using System.Diagnostics;
using System.Net;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Start-up and shutdown: a restart on existing data serves at once and catches up with content edited meanwhile; the
/// ingestion service stops its watcher and reports not ready, while /healthz (liveness) stays up.
/// </summary>
public sealed class LifecycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // functional bound for a loaded machine

    [Fact]
    public async Task A_restart_on_existing_data_is_ready_and_catches_up_with_content_edited_while_it_was_down()
    {
        var data = Directory.CreateTempSubdirectory("cyberdiplomacy-restart-").FullName;
        try
        {
            await using (var first = new TempContentFactory(SmallContent.Files, dataPath: data))
            {
                Assert.Contains("Insiden Pusat Data", await first.CreateClient().GetHtmlAsync("/articles/insiden"));
            }
            var edited = SmallContent.Files.ToDictionary(f => f.Key, f => f.Value);
            edited["articles/insiden.md"] = edited["articles/insiden.md"].Replace("Insiden Pusat Data", "Insiden Pusat Data Nasional", StringComparison.Ordinal);
            edited["articles/baru.md"] = "---\ntitle: Artikel Baru\nsummary: Ditulis saat situs mati.\n---\nIsi artikel baru tentang [diplomasi](diplomasi.md).\n";

            await using var second = new TempContentFactory(edited, dataPath: data);
            var client = second.CreateClient();
            using (var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }
            var stopwatch = Stopwatch.StartNew();
            while (!(await client.GetHtmlAsync("/articles/insiden")).Contains("Insiden Pusat Data Nasional", StringComparison.Ordinal))
            {
                Assert.True(stopwatch.Elapsed < Patience, "the edited title was never served");
                await Task.Delay(50);
            }
            Assert.Contains("Artikel Baru", await client.GetHtmlAsync("/articles/baru"));
            Assert.Contains("Insiden Pusat Data Nasional", await client.GetStringAsync(new Uri("/api/suggest?q=insiden", UriKind.Relative)));
            Assert.Contains("/articles/baru", await client.GetStringAsync(new Uri("/api/search?q=ditulis", UriKind.Relative)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Stopping_the_ingestion_service_stops_the_watcher_and_turns_readiness_off()
    {
        await using var factory = new TempContentFactory(SmallContent.Files, settings: new Dictionary<string, string?> { ["KnowledgeBase:WatchContent"] = "true" });
        using var client = factory.CreateClient();
        var ingestor = factory.Services.GetRequiredService<Ingestor>();
        var service = factory.Services.GetRequiredService<ContentIngestionService>();
        var reloads = 0;
        ingestor.Ingested += _ => Interlocked.Increment(ref reloads);

        factory.Write("articles/sebelum.md", "---\ntitle: Sebelum\nsummary: S.\n---\nIsi.\n");
        Assert.True(await EventuallyAsync(() => Volatile.Read(ref reloads) > 0), "the watcher never reloaded");

        await service.StopAsync(CancellationToken.None);

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("ok", (await client.GetJsonAsync("/healthz")).Text("status"));
        var seen = Volatile.Read(ref reloads);
        factory.Write("articles/sesudah.md", "---\ntitle: Sesudah\nsummary: S.\n---\nIsi.\n");
        await Task.Delay(TimeSpan.FromSeconds(2)); // several times the watcher's debounce: long enough to notice a reload that should not happen
        Assert.Equal(seen, Volatile.Read(ref reloads));
        await client.GetHtmlAsync("/articles/sesudah", HttpStatusCode.NotFound);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (condition()) return true;
            await Task.Delay(25);
        }
        return false;
    }
}
