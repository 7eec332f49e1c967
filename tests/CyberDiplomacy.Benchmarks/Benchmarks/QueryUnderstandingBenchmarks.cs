using BenchmarkDotNet.Attributes;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>
/// One <see cref="SearchService.Search"/> over the shipped content/ (its glossary's English names and its
/// search/synonyms.txt), for the queries the query-side rules handle: a plain pair of words, a typo in a pair, an
/// English phrasing, an everyday synonym. The synthetic corpus has no English names or synonyms to exercise them.
/// </summary>
[MemoryDiagnoser]
public class QueryUnderstandingBenchmarks
{
    private ServiceProvider _services = null!;
    private SearchService _search = null!;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "cyberdiplomacy-bench-query-" + Environment.ProcessId);

    [Params("kedaulatan siber", "kedaulatn siber", "sovereignty of states online", "penipuan online")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = RepositoryContent();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = content,
            ["KnowledgeBase:DataPath"] = _data,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddKnowledgeBaseCore(configuration, content).BuildServiceProvider();
        KnowledgeBaseStore.OpenAsync(_services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(),
            _services.GetRequiredService<KnowledgeBasePaths>(), NullLogger.Instance).GetAwaiter().GetResult();
        _services.GetRequiredService<Ingestor>().IngestAsync().GetAwaiter().GetResult();
        _search = _services.GetRequiredService<SearchService>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Benchmark]
    public int Search() => _search.Search(new SearchRequest(Query, PreferredLang: "id")).Total;

    private static string RepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "glossary"))) return candidate;
        }
        throw new DirectoryNotFoundException("content/ not found above " + AppContext.BaseDirectory);
    }
}
