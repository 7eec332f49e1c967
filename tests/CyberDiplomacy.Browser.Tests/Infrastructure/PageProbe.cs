using System.Collections.Concurrent;

namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>
/// Watches a browser context for what a reader should never get: console errors (CSP violations included), uncaught
/// script errors, and requests that leave the machine. Outside requests are aborted, so a test never reaches the internet.
/// </summary>
public sealed class PageProbe
{
    // Chromium logs blocked resources as console errors; the event listener also catches violations it reports quietly.
    private const string CspListener =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _outsideRequests = new();

    public IReadOnlyList<string> Errors => [.. _errors];

    public IReadOnlyList<string> OutsideRequests => [.. _outsideRequests];

    public static async Task<PageProbe> AttachAsync(IBrowserContext context)
    {
        var probe = new PageProbe();
        await context.AddInitScriptAsync(CspListener);
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                probe._outsideRequests.Enqueue(route.Request.Method + " " + route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        context.Console += (_, message) =>
        {
            if (message.Type == "error") probe._errors.Enqueue($"console: {message.Text} ({message.Location})");
        };
        context.WebError += (_, error) => probe._errors.Enqueue("uncaught: " + error.Error);
        return probe;
    }

    /// <summary>Loopback, or a scheme that never touches the network (data:, blob:, about:).</summary>
    public static bool IsLocal(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme is not ("http" or "https" or "ws" or "wss")) return true;
        return uri.Host is "127.0.0.1" or "localhost" or "[::1]";
    }
}
