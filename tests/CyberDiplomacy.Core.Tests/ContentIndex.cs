using CyberDiplomacy.Core.Tests.Ingest;

namespace CyberDiplomacy.Core.Tests;

/// <summary>A content folder ingested once into a temporary data folder, shared by a test class.</summary>
public abstract class ContentIndex(string content) : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-index-" + Guid.NewGuid().ToString("N"));
    private KnowledgeBaseHost? _host;

    public string Content { get; } = content;

    public KnowledgeBaseHost Host => _host ?? throw new InvalidOperationException("The index is not built yet.");

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

/// <summary>The fixture corpus (tests/fixtures/content), indexed: what the search code tests run on.</summary>
public sealed class FixtureContentIndex() : ContentIndex(TestPaths.FixtureContent);
