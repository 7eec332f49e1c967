using System.Globalization;
using CyberDiplomacy.Benchmarks.Corpus;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>
/// The generated corpus the benchmarks run on (CD_BENCH_ARTICLES articles, default 2,000; 300 terms; seed 42), built
/// once in the temp folder and ingested into its own data folder; later benchmark processes find it ready.
/// </summary>
internal static class BenchmarkCorpus
{
    public const int Seed = 42;
    public const int Terms = 300;

    public static int Articles =>
        int.TryParse(Environment.GetEnvironmentVariable("CD_BENCH_ARTICLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2000;

    public static string Folder => Path.Combine(Path.GetTempPath(), $"cyberdiplomacy-bench-{Articles}-{Terms}-{Seed}");

    public static string ContentFolder => Path.Combine(Folder, "content");

    public static string DataFolder => Path.Combine(Folder, "data");

    public static string EnsureGenerated()
    {
        var marker = Path.Combine(Folder, "queries.txt");
        if (!File.Exists(marker)) CorpusGenerator.Generate(new CorpusOptions(Articles, Terms, Seed, Folder));
        return Folder;
    }

    public static IReadOnlyList<string> Queries() => File.ReadAllLines(Path.Combine(EnsureGenerated(), "queries.txt"));

    /// <summary>Core services over the corpus, ingested (a no-op when an earlier process already did it).</summary>
    public static async Task<ServiceProvider> OpenIngestedAsync()
    {
        EnsureGenerated();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = ContentFolder,
            ["KnowledgeBase:DataPath"] = DataFolder,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddKnowledgeBaseCore(configuration, Folder).BuildServiceProvider();
        await KnowledgeBaseStore.OpenAsync(services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(),
            services.GetRequiredService<KnowledgeBasePaths>(), NullLogger.Instance);
        await services.GetRequiredService<Ingestor>().IngestAsync();
        return services;
    }
}
