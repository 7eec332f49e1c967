using CyberDiplomacy.Web;
using CyberDiplomacy.Web.Api;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddKnowledgeBase();

var app = builder.Build();

app.UseKnowledgeBaseErrorPages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseKnowledgeBaseLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseOutputCache();

app.MapRazorPages();
app.MapSearchApi();
app.MapGlossaryApi();
app.MapSiteFeeds();
app.MapHealthEndpoints();
app.MapLanguageSwitch();

app.Run();

/// <summary>Entry point marker for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
