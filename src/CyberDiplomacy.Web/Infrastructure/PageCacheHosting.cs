namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>Registers <see cref="PageCache"/> and places it in the pipeline.</summary>
public static class PageCacheHosting
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PageCache>();
        services.AddSingleton<TagListCache>();
        return services;
    }

    /// <summary>
    /// Answers stored pages: after localisation (the key holds the UI culture), before everything else. A stored page
    /// carries the security and cache headers of its first response and its own compressed forms.
    /// </summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<PageCache>();
        app.Use(next => context => cache.ServeStoredAsync(context, next));
        return app;
    }

    /// <summary>
    /// Stores pages as they are sent: after the security and cache headers are set and after compression (the store
    /// keeps plain bodies), before static files and routing (the endpoint is known by the time the body is written).
    /// </summary>
    public static WebApplication UsePageCacheStorage(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<PageCache>();
        app.Use(next => context => cache.StoreAsync(context, next));
        return app;
    }

    /// <summary>For minimal API downloads that are pages too (glossary files, EPUB).</summary>
    public static TBuilder CachedAsPage<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachedPageAttribute());
}
