using Microsoft.Net.Http.Headers;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// Cache-Control for a CDN or browser in front of several replicas. Pages, feeds and API answers change only when a
/// new image rolls out, so they may be cached for minutes; fingerprinted assets (<c>?v=</c>) for a year; the service
/// worker script only after asking again; health, status, redirects and errors never. Pages vary by UI language
/// (Accept-Language or the culture cookie).
/// </summary>
public static class CacheHeaders
{
    public const string Content = "public, max-age=300";
    public const string Fingerprinted = "public, max-age=31536000, immutable";
    public const string Asset = "public, max-age=3600";
    public const string Never = "no-store";
    public const string Revalidate = "no-cache";

    public static WebApplication UseCacheHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (headers.ContainsKey(HeaderNames.CacheControl)) return;
        var path = context.Request.Path;
        if (context.Response.StatusCode != StatusCodes.Status200OK || IsLive(path))
        {
            headers.CacheControl = Never;
            return;
        }
        if (path.StartsWithSegments("/sw.js"))
        {
            // Browsers check for a new worker on each visit; a CDN must ask too, or readers keep the old one.
            headers.CacheControl = Revalidate;
            return;
        }
        if (path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/icons")
            || path.StartsWithSegments("/favicon.svg") || path.StartsWithSegments("/manifest.webmanifest"))
        {
            headers.CacheControl = context.Request.Query.ContainsKey("v") ? Fingerprinted : Asset;
            return;
        }
        headers.CacheControl = Content;
        headers.Vary = "Accept-Encoding, Accept-Language, Cookie";
    }

    private static bool IsLive(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/_status") || path.StartsWithSegments("/language");
}
