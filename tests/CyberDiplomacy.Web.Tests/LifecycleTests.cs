using System.Diagnostics;
using System.Net;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>Shutdown: the ingestion service stops its watcher and reports not ready, while /healthz (liveness) stays up.</summary>
public sealed class LifecycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // functional bound for a loaded machine

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
