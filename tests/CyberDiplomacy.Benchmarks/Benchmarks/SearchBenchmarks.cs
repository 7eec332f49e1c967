using BenchmarkDotNet.Attributes;
using CyberDiplomacy.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

public enum QueryKind
{
    AffixedWord,
    TwoWords,
    GlossaryName,
    Typo,
}

/// <summary>One <see cref="SearchService.Search"/> (ranking, facets, snippets, suggestion, card) over the ingested corpus.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    // Line numbers in queries.txt (see Corpus/Queries.cs) of one query of each kind.
    private static readonly Dictionary<QueryKind, int> Lines = new()
    {
        [QueryKind.AffixedWord] = 0,
        [QueryKind.TwoWords] = 18,
        [QueryKind.GlossaryName] = 28,
        [QueryKind.Typo] = 38,
    };

    private ServiceProvider _services = null!;
    private SearchService _search = null!;
    private string _query = "";

    [Params(QueryKind.AffixedWord, QueryKind.TwoWords, QueryKind.GlossaryName, QueryKind.Typo)]
    public QueryKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkCorpus.OpenIngestedAsync().GetAwaiter().GetResult();
        _search = _services.GetRequiredService<SearchService>();
        _query = BenchmarkCorpus.Queries()[Lines[Kind]];
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public int Search() => _search.Search(new SearchRequest(_query, PreferredLang: "id")).Total;
}

/// <summary>One typeahead lookup in the in-memory <see cref="SuggestionCatalog"/>.</summary>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private ServiceProvider _services = null!;
    private SuggestionCatalog _catalog = null!;

    [Params("pe", "peng", "keamanan")]
    public string Prefix { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkCorpus.OpenIngestedAsync().GetAwaiter().GetResult();
        _catalog = _services.GetRequiredService<SuggestionCatalog>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public int Suggest() => _catalog.Suggest(Prefix).Count;
}
