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
app.UseKnowledgeBaseErrorPages();
app.UseSecurityHeaders();
app.UseCacheHeaders();
app.UseResponseCompression();
app.UseStaticFiles();
app.UseRouting();
// A stored page is answered before the timeout and rate-limit middleware: a hit does no work they would bound, and
// neither applies to pages (the limiter covers /api, which is never output-cached).
app.UseOutputCache();
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
