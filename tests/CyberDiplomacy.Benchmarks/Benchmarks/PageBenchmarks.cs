using BenchmarkDotNet.Attributes;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>Pages as a reader gets them: an HTTP GET to the real app on loopback, response read to the end.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private WebAppHost _app = null!;
    private Uri _article = null!;
    private Uri _search = null!;
    private Uri _apiSearch = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkCorpus.EnsureGenerated();
        _app = WebAppHost.StartAsync(BenchmarkCorpus.ContentFolder, BenchmarkCorpus.DataFolder).GetAwaiter().GetResult();
        var slug = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(BenchmarkCorpus.ContentFolder, "articles")).Order(StringComparer.Ordinal).First());
        var query = Uri.EscapeDataString(BenchmarkCorpus.Queries()[0]);
        _article = new Uri("/articles/" + slug, UriKind.Relative);
        _search = new Uri("/search?q=" + query, UriKind.Relative);
        _apiSearch = new Uri("/api/search?q=" + query, UriKind.Relative);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<int> ArticlePage() => GetAsync(_article);

    [Benchmark]
    public Task<int> SearchPage() => GetAsync(_search);

    [Benchmark]
    public Task<int> ApiSearch() => GetAsync(_apiSearch);

    private async Task<int> GetAsync(Uri uri)
    {
        using var response = await _app.Client.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
