using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Web;

/// <summary>Opens the store and ingests content before the server accepts requests; the site is ready once that is done.</summary>
public sealed class ContentIngestionService(
    IDbContextFactory<KnowledgeBaseDbContext> databases,
    KnowledgeBasePaths paths,
    Ingestor ingestor,
    ILogger<ContentIngestionService> logger) : IHostedService
{
    public bool IsReady { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Content from {ContentRoot}, data in {DataRoot}", paths.ContentRoot, paths.DataRoot);
        await KnowledgeBaseStore.OpenAsync(databases, paths, logger, cancellationToken);
        await ingestor.IngestAsync(cancellationToken: cancellationToken);
        IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
