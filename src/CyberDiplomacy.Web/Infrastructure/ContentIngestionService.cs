using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web;

/// <summary>
/// Opens the store and ingests content before the server accepts requests (the site is ready once that is done),
/// then, with <c>KnowledgeBase:WatchContent</c>, re-ingests on every change under content/.
/// </summary>
public sealed class ContentIngestionService(
    IDbContextFactory<KnowledgeBaseDbContext> databases,
    KnowledgeBasePaths paths,
    ContentSource source,
    Ingestor ingestor,
    IOptions<KnowledgeBaseOptions> options,
    ILoggerFactory loggers) : IHostedService, IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<ContentIngestionService>();
    private ContentWatcher? _watcher;

    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Content from {ContentRoot}, data in {DataRoot}", paths.ContentRoot, paths.DataRoot);
        await KnowledgeBaseStore.OpenAsync(databases, paths, _logger, cancellationToken);
        await ingestor.IngestAsync(cancellationToken: cancellationToken);
        if (options.Value.WatchContent)
        {
            _watcher = new ContentWatcher(source, ingestor, loggers.CreateLogger<ContentWatcher>());
            _watcher.Start();
            _logger.LogInformation("Watching {ContentRoot} for changes", paths.ContentRoot);
        }
        IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
