using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on a free loopback port, over the fixture corpus (tests/fixtures/content), with its SQLite file and Lucene index in a
/// fresh temporary data folder that is deleted on dispose.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("cyberdiplomacy-browser-tests-").FullName;

    public SiteServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        // Kestrel reports the port it picked; the browser gets the same origin a reader would, on loopback.
        var address = new Uri(addresses.First());
        BaseUrl = $"http://127.0.0.1:{address.Port}";
    }

    /// <summary>Scheme, host and port, without a trailing slash: <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = RepositoryPaths.FixtureContent,
            ["KnowledgeBase:DataPath"] = _dataPath,
            ["KnowledgeBase:WatchContent"] = "false",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataPath))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
