using CyberDiplomacy.Web;
using CyberDiplomacy.Web.Api;

if (args.Contains("--healthcheck"))
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultUrlsUnlessChosen();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddKnowledgeBase();
builder.Services.AddSearchMissCounting();

var app = builder.Build();

app.UseKnowledgeBaseLocalization();
// A stored page is answered here: it needs none of what follows, down to routing, timeouts and rate limiting (the
// limiter covers /api, which is never stored).
app.UsePageCache();
app.UseKnowledgeBaseErrorPages();
app.UseSecurityHeaders();
app.UseCacheHeaders();
app.UseResponseCompression();
app.UsePageCacheStorage();
app.UseStaticFiles();
app.UseRouting();
app.UseRequestTimeouts();
app.UseRateLimiter();

app.MapRazorPages();
app.MapSearchApi();
app.MapGlossaryApi();
app.MapDocumentsApi();
app.MapTimelineApi();
app.MapGlossaryDownloads();
app.MapBriefingDownloads();
app.MapSiteFeeds();
app.MapHealthEndpoints();
app.MapLanguageSwitch();

await app.RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
