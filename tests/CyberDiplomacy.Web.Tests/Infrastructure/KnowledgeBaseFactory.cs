using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// The real app over the fixture corpus (tests/fixtures/content), with its SQLite file and Lucene index in a fresh temporary
/// data folder that is deleted when the fixture is disposed. Content is ingested before the first request.
/// </summary>
public class KnowledgeBaseFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("cyberdiplomacy-web-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // What a reader gets: the production error pages and headers, not the developer exception page.
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = RepositoryPaths.FixtureContent,
            ["KnowledgeBase:DataPath"] = DataPath,
            ["KnowledgeBase:WatchContent"] = "false",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        // The host is stopped first, so the store and the index are closed before their folder goes.
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataPath))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(DataPath, recursive: true);
        }
    }
}

/// <summary>The same app behind a real Kestrel socket, for what only a real server sends (or must not send).</summary>
public sealed class KestrelKnowledgeBaseFactory : KnowledgeBaseFactory
{
    public KestrelKnowledgeBaseFactory() => UseKestrel(0);
}
