using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberDiplomacy.Core.Tests.Ingest;

/// <summary>The Core services wired as the app wires them, over a temp content folder and a real SQLite file.</summary>
public sealed class KnowledgeBaseHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private KnowledgeBaseHost(ServiceProvider services) => _services = services;

    public static async Task<KnowledgeBaseHost> OpenAsync(string content, string data)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = content,
            ["KnowledgeBase:DataPath"] = data,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddKnowledgeBaseCore(configuration, content).BuildServiceProvider();
        await KnowledgeBaseStore.OpenAsync(services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(),
            services.GetRequiredService<KnowledgeBasePaths>(), NullLogger.Instance);
        return new KnowledgeBaseHost(services);
    }

    public Task<IngestReport> IngestAsync() => _services.GetRequiredService<Ingestor>().IngestAsync();

    public Task<IngestReport> IngestAsync(IProgress<ParseProgress>? progress, CancellationToken cancellationToken) =>
        _services.GetRequiredService<Ingestor>().IngestAsync(progress, cancellationToken: cancellationToken);

    public SearchResults Search(string query) => _services.GetRequiredService<SearchService>().Search(new SearchRequest(query));

    public async Task<T> ReadAsync<T>(Func<KnowledgeBaseReader, Task<T>> read)
    {
        using var scope = _services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<KnowledgeBaseReader>());
    }

    /// <summary>Runs <paramref name="read"/> with a reader of type <typeparamref name="TReader"/> from a request-like scope.</summary>
    public async Task<T> ReadAsync<TReader, T>(Func<TReader, Task<T>> read) where TReader : notnull
    {
        using var scope = _services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TReader>());
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
