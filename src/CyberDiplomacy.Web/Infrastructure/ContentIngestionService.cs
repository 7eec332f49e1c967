using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// Opens the store and makes the site ready. On a data folder that already holds a consistent build, the site serves
/// it at once and catches up with content/ in the background (start-up does not wait for an ingest of every file);
/// on an empty or inconsistent one it ingests first. A search index left in several segments is then merged into one
/// in the background. Then, with <c>KnowledgeBase:WatchContent</c>, it re-ingests on
/// every change under content/. Every ingest runs under the host's stopping token, so shutting down cancels one in
/// progress (the last committed data stays). With <c>KnowledgeBase:ReadOnlyData</c> it only checks and loads the baked
/// data: no ingest, no watcher, no writes.
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
    private Task _catchingUp = Task.CompletedTask;

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
        if (await ingestor.TryLoadAsync(starting.Token))
        {
            IsReady = true;
            _catchingUp = Task.Run(CatchUpAsync, CancellationToken.None);
            return;
        }
        await ingestor.IngestAsync(cancellationToken: starting.Token);
        StartWatching();
        IsReady = true;
        _catchingUp = Task.Run(CompactAsync, CancellationToken.None);
    }

    private async Task CatchUpAsync()
    {
        try
        {
            // Suggestions first (the site already serves pages), then whatever changed in content/ meanwhile.
            await ingestor.LoadSuggestionsAsync(_stopping.Token);
            await ingestor.IngestAsync(cancellationToken: _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last good build keeps serving; the watcher (or the next start) tries again.
            _logger.LogError(ex, "Catching up with {ContentRoot} failed; serving the data from the last build", paths.ContentRoot);
        }
        if (_stopping.IsCancellationRequested) return;
        StartWatching();
        await CompactAsync();
    }

    /// <summary>
    /// After a build that left the index in several segments (a cold build, or <c>kb build</c> before this start),
    /// merges it into one while the site serves: searches get faster, and a failure only keeps them as they were.
    /// </summary>
    private async Task CompactAsync()
    {
        try
        {
            await ingestor.CompactIndexAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Merging the search index failed; searches read it as it was");
        }
    }

    private void StartWatching()
    {
        if (!options.Value.WatchContent) return;
        var watcher = new ContentWatcher(source, ingestor, loggers.CreateLogger<ContentWatcher>());
        watcher.Start(_stopping.Token);
        _watcher = watcher;
        _logger.LogInformation("Watching {ContentRoot} for changes", paths.ContentRoot);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Not ready while draining: a load balancer stops sending new readers here.
        IsReady = false;
        // Synchronously and at most once per watcher: the host may stop this service more than once, and concurrently.
        if (!_stopping.IsCancellationRequested) _stopping.Cancel();
        // A catch-up ingest in progress stops at its next step; the store and index must not close under it.
        try
        {
            _catchingUp.Wait(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException)
        {
            // the catch-up logged its own failure; a host that stops impatiently does not wait for it
        }
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
        _stopping.Dispose();
    }
}
