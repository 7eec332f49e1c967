using System.Net;
using System.Net.Sockets;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// README, "Run it": <c>dotnet run --project src/CyberDiplomacy.Web</c> serves on http://localhost:5080, and
/// <c>ASPNETCORE_URLS</c> sets another address (the launch profile must not pin one).
/// </summary>
public sealed class RunCommandTests
{
    // A functional bound, not a performance target: `dotnet run` evaluates and builds the project, then ingests every
    // shipped file before it listens, on a 2-core CI machine running the other test projects at the same time.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Aspnetcore_urls_sets_the_address_the_site_answers_on()
    {
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        await using var site = new DotnetRunProcess(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address });
        Assert.True(await site.WaitForOutputAsync("Now listening on: ", Patience), site.Output);
        Assert.Contains("Now listening on: " + address, site.Output, StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await client.GetAsync(new Uri("/articles/diplomasi", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diplomasi Siber", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_address_the_site_listens_on_localhost_5080()
    {
        var portIsFree = IsFree(5080);
        await using var site = new DotnetRunProcess(new Dictionary<string, string>());
        if (portIsFree)
        {
            Assert.True(await site.WaitForOutputAsync("Now listening on: ", Patience), site.Output);
            Assert.Contains("Now listening on: http://localhost:5080", site.Output, StringComparison.Ordinal);
        }
        else
        {
            // Something else (a developer's own site) holds the port: the app still has to have tried 5080.
            await site.WaitForOutputAsync("address already in use", Patience);
            Assert.Contains("Failed to bind to address http://127.0.0.1:5080", site.Output, StringComparison.Ordinal);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
