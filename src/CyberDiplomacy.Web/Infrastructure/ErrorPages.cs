namespace CyberDiplomacy.Web.Infrastructure;

public static class ErrorPages
{
    /// <summary>Unknown URLs and failures get a real page (or JSON under /api), with the right status code.</summary>
    public static WebApplication UseKnowledgeBaseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
