using BenchmarkDotNet.Attributes;
using CyberDiplomacy.Core.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>
/// Re-ingesting in a running process (what the site's watcher does after a save): one article edited, or nothing
/// changed. Each iteration is one ingest; the edit is made before the iteration starts.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private ServiceProvider _services = null!;
    private Ingestor _ingestor = null!;
    private string _article = "";
    private string _original = "";
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkCorpus.OpenIngestedAsync().GetAwaiter().GetResult();
        _ingestor = _services.GetRequiredService<Ingestor>();
        _article = Directory.EnumerateFiles(Path.Combine(BenchmarkCorpus.ContentFolder, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        _original = File.ReadAllText(_article);
        _ingestor.IngestAsync().GetAwaiter().GetResult(); // the in-process state is warm from here on
    }

    [IterationSetup(Target = nameof(OneArticleEdited))]
    public void Edit() => File.AppendAllText(_article, $"\nKalimat tambahan {++_edits} untuk uji pembangunan.\n");

    [Benchmark]
    public Task<IngestReport> OneArticleEdited() => _ingestor.IngestAsync();

    [Benchmark]
    public Task<IngestReport> NothingChanged() => _ingestor.IngestAsync();

    [GlobalCleanup]
    public void Cleanup()
    {
        File.WriteAllText(_article, _original);
        _ingestor.IngestAsync().GetAwaiter().GetResult();
        _services.Dispose();
    }
}
