using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web;

/// <summary>
/// Opens the store and ingests content before the server accepts requests (the site is ready once that is done),
/// then, with <c>KnowledgeBase:WatchContent</c>, re-ingests on every change under content/. Every ingest runs under the
/// host's stopping token, so shutting down cancels one in progress (the last committed data stays). With
/// <c>KnowledgeBase:ReadOnlyData</c> it only checks and loads the baked data: no ingest, no watcher, no writes.
/// </summary>
public sealed class ContentIngestionService(
    IDbContextFactory<KnowledgeBaseDbContext> databases,
    KnowledgeBasePaths paths,
    ContentSource source,
    Ingestor ingestor,
    IOptions<KnowledgeBaseOptions> options,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers) : IHostedService, IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<ContentIngestionService>();
    private readonly CancellationTokenSource _stopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
    private ContentWatcher? _watcher;

    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        if (options.Value.ReadOnlyData)
        {
            _logger.LogInformation("Serving baked data from {DataRoot} read-only; content is not ingested or watched", paths.DataRoot);
            await KnowledgeBaseStore.OpenReadOnlyAsync(databases, paths, starting.Token);
            await ingestor.LoadAsync(starting.Token);
            IsReady = true;
            return;
        }
        _logger.LogInformation("Content from {ContentRoot}, data in {DataRoot}", paths.ContentRoot, paths.DataRoot);
        await KnowledgeBaseStore.OpenAsync(databases, paths, _logger, starting.Token);
        await ingestor.IngestAsync(cancellationToken: starting.Token);
        if (options.Value.WatchContent)
        {
            _watcher = new ContentWatcher(source, ingestor, loggers.CreateLogger<ContentWatcher>());
            _watcher.Start(_stopping.Token);
            _logger.LogInformation("Watching {ContentRoot} for changes", paths.ContentRoot);
        }
        IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Not ready while draining: a load balancer stops sending new readers here.
        IsReady = false;
        // Synchronously and at most once per watcher: the host may stop this service more than once, and concurrently.
        if (!_stopping.IsCancellationRequested) _stopping.Cancel();
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        _stopping.Dispose();
    }
}
