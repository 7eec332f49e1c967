using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Tests.Ingest;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>
/// The small search fixture corpus (Fixtures/SearchCorpus/content: six terms, four articles, search/*.txt with
/// synonyms) ingested once into a temp data folder, so these tests do not move with the shipped content.
/// </summary>
public sealed class SearchCorpusIndex : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-search-corpus-" + Guid.NewGuid().ToString("N"));
    private KnowledgeBaseHost? _host;

    public static string Content => TestPaths.Fixture("SearchCorpus", "content");

    public KnowledgeBaseHost Host => _host!;

    public SearchResults Search(string query, string? preferredLang = null) =>
        Host.Get<SearchService>().Search(new SearchRequest(query, PreferredLang: preferredLang));

    public async Task InitializeAsync()
    {
        _host = await KnowledgeBaseHost.OpenAsync(Content, _data);
        var report = await _host.IngestAsync();
        Assert.Equal(0, report.Errors);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
