using CyberDiplomacy.Web.Infrastructure;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CyberDiplomacy.Web;
using Microsoft.Extensions.Hosting;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>
/// The real web app (its own Program.Main, Kestrel on a loopback port, Production environment) started inside this
/// process, so a benchmark can time page renders over HTTP. The host is caught from the hosting DiagnosticListener
/// so that it can be stopped cleanly.
/// </summary>
internal sealed class WebAppHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly Task _run;

    private WebAppHost(IHost host, Task run, Uri address) => (_host, _run, Client) = (host, run, new HttpClient { BaseAddress = address });

    public HttpClient Client { get; }

    public static async Task<WebAppHost> StartAsync(string contentFolder, string dataFolder)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new HostCatcher(built));
        string[] args =
        [
            "--urls", address.ToString(), "--environment", "Production", "--applicationName", typeof(KnowledgeBaseHosting).Assembly.GetName().Name!,
            "--contentRoot", AppContext.BaseDirectory, "--Logging:LogLevel:Default", "Warning",
            "--KnowledgeBase:ContentPath", contentFolder, "--KnowledgeBase:DataPath", dataFolder,
        ];
        var entryPoint = typeof(KnowledgeBaseHosting).Assembly.EntryPoint!;
        // Main blocks until the host stops (top-level statements compile to a synchronous wrapper).
        var run = Task.Factory.StartNew(() => entryPoint.Invoke(null, [args]), TaskCreationOptions.LongRunning);
        var host = await built.Task.WaitAsync(TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (run.IsFaulted) await run;
            try
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return new WebAppHost(host, run, address);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the web app did not become ready in 2 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.StopAsync();
        await _run;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class HostCatcher(TaskCompletionSource<IHost> built) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting") value.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilt" && value.Value is IHost host) built.TrySetResult(host);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
