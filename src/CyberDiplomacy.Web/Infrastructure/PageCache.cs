using System.Globalization;
using CyberDiplomacy.Core.Ingest;
using Microsoft.AspNetCore.OutputCaching;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// Rendered document pages are kept in ASP.NET Core's output cache, keyed by path, query (article pages: only a known
/// reading path), UI culture and content version, and evicted (tag <see cref="Tag"/>) whenever an ingest changes the
/// content. Pages only change when content does, so a reader gets a stored page instead of a new render; search results
/// are not cached.
/// </summary>
public static class PageCache
{
    public const string PolicyName = "pages";
    /// <summary>Article pages: their only query parameter is <c>?path=</c> (a reading path), so the key holds that and nothing else.</summary>
    public const string ArticlePolicyName = "article-pages";
    public const string Tag = "content";

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<TagListCache>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, new DocumentPagePolicy(keyedByReadingPath: false));
            options.AddPolicy(ArticlePolicyName, new DocumentPagePolicy(keyedByReadingPath: true));
        });
        services.AddHostedService<EvictionOnIngest>();
        return services;
    }

    /// <summary>The version of the content the site serves; part of every cache key, so a stale page can never match.</summary>
    public sealed class ContentVersion
    {
        private volatile string _value = "";

        public string Value => _value;

        public bool Update(string value)
        {
            var changed = value != _value;
            _value = value;
            return changed;
        }
    }

    private sealed class DocumentPagePolicy(bool keyedByReadingPath) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
            context.CacheVaryByRules.VaryByValues["ui-culture"] = CultureInfo.CurrentUICulture.Name;
            context.CacheVaryByRules.VaryByValues["content"] = context.HttpContext.RequestServices.GetRequiredService<ContentVersion>().Value;
            context.Tags.Add(Tag);
            if (!keyedByReadingPath)
            {
                context.CacheVaryByRules.QueryKeys = "*";
                return;
            }
            var readingPath = await KnownReadingPathAsync(context.HttpContext, cancellation);
            if (readingPath is null)
            {
                // Any other query (a made-up path, ?ui-culture=, tracking parameters) is rendered but neither stored nor
                // looked up: keying by it would let anyone fill the cache with copies of one page.
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
                return;
            }
            context.CacheVaryByRules.VaryByValues["path"] = readingPath;
        }

        /// <summary>"" for no query, the path for exactly <c>?path=</c> naming a known reading path, otherwise null.</summary>
        private static async Task<string?> KnownReadingPathAsync(HttpContext httpContext, CancellationToken cancellation)
        {
            var query = httpContext.Request.Query;
            if (query.Count == 0) return "";
            if (query.Count != 1 || !query.TryGetValue("path", out var values) || values.Count != 1) return null;
            var wayfinding = httpContext.RequestServices.GetRequiredService<Core.Store.WayfindingReader>();
            return await wayfinding.IsReadingPathAsync(values[0], cancellation) ? values[0] : null;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // Only a plain 200 for everyone: never a 404/500 page, nor a response that sets a cookie.
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Drops every cached page when an ingest changed the content version.</summary>
    private sealed class EvictionOnIngest(Ingestor ingestor, IOutputCacheStore store, ContentVersion version, ILogger<EvictionOnIngest> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            ingestor.Ingested += OnIngested;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            ingestor.Ingested -= OnIngested;
            return Task.CompletedTask;
        }

        private void OnIngested(IngestReport report)
        {
            if (!version.Update(report.ContentVersion)) return;
            _ = EvictAsync();
        }

        private async Task EvictAsync()
        {
            try
            {
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // the version in the key already keeps stale pages from being served; eviction only frees memory
                logger.LogWarning(ex, "Could not evict cached pages after an ingest");
            }
        }
    }
}
