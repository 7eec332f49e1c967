using System.Globalization;
using CyberDiplomacy.Core.Search;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// Rendered pages kept in memory and answered before static files, routing and page work: a stored page costs one
/// lookup and one write. Pages (endpoints marked <see cref="CachedPageAttribute"/>) change only when content does,
/// so a new content version (<see cref="SearchIndex.ServedContentVersion"/>) starts an empty store; search results and the API are not stored.
/// </summary>
/// <remarks>
/// ASP.NET Core's output cache did this job before; it runs after routing (its policies are endpoint metadata) and
/// deserialises the stored response on every hit, which cost a fifth of the article page's throughput
/// (docs/performance.md). Here a page is stored when its response ends, where the endpoint is known, and looked up
/// by a key that needs no endpoint: scheme, host, path and query, and the UI culture the localisation middleware
/// chose.
/// </remarks>
public sealed class PageCache(SearchIndex index)
{
    /// <summary>Bodies larger than this (a big EPUB) are sent but not kept.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;
    private const long MaxStoredBytes = 96L * 1024 * 1024;

    private Generation _current = new("");
    private long _hits;

    /// <summary>Pages answered from memory since the process started (for /_status and the tests).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Pages held for the content version served now.</summary>
    public int Count => Current().Pages.Count;

    /// <summary>The store of the content version readers are served; a new, empty one as soon as an ingest commits another.</summary>
    private Generation Current()
    {
        var version = index.ServedContentVersion;
        var current = Volatile.Read(ref _current);
        if (current.ContentVersion == version) return current;
        // The old store is dropped, not disposed: requests still rendering for it may add to it.
        var next = new Generation(version);
        var previous = Interlocked.CompareExchange(ref _current, next, current);
        return previous == current ? next : previous;
    }

    /// <summary>Answers a request from the store when it holds the page (placed early: a stored page needs nothing after this).</summary>
    internal Task ServeStoredAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && Current().TryGet(Key(request), out var page))
        {
            Interlocked.Increment(ref _hits);
            return page.WriteAsync(context);
        }
        return next(context);
    }

    /// <summary>Keeps the plain body of a cached page as it is sent (placed after compression, before routing).</summary>
    internal async Task StoreAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }
        // Taken now: a page rendered while an ingest switched the version is stored in the generation it was rendered
        // for, which the switch has already dropped.
        var generation = Current();
        var bodyFeature = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new PageCapture(context, bodyFeature.Stream);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, bodyFeature));
        try
        {
            await next(context);
            if (capture.Body is { } body && await IsStorableAsync(context, capture.Page!)) generation.Add(Key(context.Request), StoredPage.From(context.Response, body));
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }
    }

    private static string Key(HttpRequest request) =>
        string.Concat(CultureInfo.CurrentUICulture.Name, " ", request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);

    /// <summary>A plain 200 for everyone (never an error page, nor a response that sets a cookie), and a query the page is keyed by.</summary>
    private static async Task<bool> IsStorableAsync(HttpContext context, CachedPageAttribute page)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || response.Headers.ContentEncoding.Count > 0) return false;
        var query = context.Request.Query;
        if (query.Count == 0 || !page.KeyedByReadingPath) return true;
        // Article pages take only ?path= naming a known reading path: any other query (a made-up path, ?ui-culture=,
        // tracking parameters) is rendered but not kept, or anyone could fill the store with copies of one page.
        if (query.Count != 1 || !query.TryGetValue("path", out var values) || values.Count != 1) return false;
        var wayfinding = context.RequestServices.GetRequiredService<Core.Store.WayfindingReader>();
        return await wayfinding.IsReadingPathAsync(values[0]!, context.RequestAborted);
    }

    /// <summary>The pages of one content version, bounded by their size (least recently read go first).</summary>
    private sealed class Generation(string contentVersion)
    {
        public string ContentVersion { get; } = contentVersion;
        public MemoryCache Pages { get; } = new(new MemoryCacheOptions { SizeLimit = MaxStoredBytes, CompactionPercentage = 0.25 });

        public bool TryGet(string key, out StoredPage page) => Pages.TryGetValue(key, out page!);

        public void Add(string key, StoredPage page) =>
            Pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Size, SlidingExpiration = TimeSpan.FromHours(1) });
    }
}

/// <summary>Marks a page (or a download) whose response <see cref="PageCache"/> keeps until the content changes.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CachedPageAttribute : Attribute
{
    /// <summary>Article pages: their only query parameter is <c>?path=</c> (a reading path), so only that query is kept.</summary>
    public bool KeyedByReadingPath { get; init; }
}
