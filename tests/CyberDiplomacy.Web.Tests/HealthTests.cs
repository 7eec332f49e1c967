using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary><c>/healthz</c> (store and index open) and <c>/readyz</c> (content ingested).</summary>
public sealed class HealthTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_reports_ok_with_an_indexed_corpus()
    {
        var json = await _client.GetJsonAsync("/healthz");

        Assert.Equal("ok", json.Text("status"));
        // Topics and reading paths are way-finding pages, not search results: the index holds every other file.
        var indexed = Directory.GetFiles(RepositoryPaths.FixtureContent, "*.md", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(Path.GetDirectoryName(f)) is not ("topics" or "paths"));
        Assert.Equal(indexed, json.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Readyz_reports_ready_once_content_is_ingested()
    {
        var json = await _client.GetJsonAsync("/readyz");

        Assert.Equal("ready", json.Text("status"));
    }
}
