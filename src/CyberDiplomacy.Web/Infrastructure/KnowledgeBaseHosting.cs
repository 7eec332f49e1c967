using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using CyberDiplomacy.Core;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Infrastructure;

public static class KnowledgeBaseHosting
{
    public const string ApiRateLimitPolicy = "api";
    public static readonly CultureInfo[] SupportedCultures = [new("id"), new("en")];

    /// <summary>Everything the site needs: Core services, ingestion at start (and on change), pages, localization, limits.</summary>
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddKnowledgeBaseCore(builder.Configuration, Directory.GetCurrentDirectory());
        services.AddSingleton<ContentIngestionService>();
        services.AddPageCache();
        services.AddScoped<PageMetadata>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentIngestionService>());
        // Nothing here protects data across requests (no sign-in, no forms that post, the culture cookie is plain), so
        // keys live in memory: no key file is written, which a read-only container would refuse, and replicas need none shared.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()))
            .AddViewLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("id");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml", "application/opensearchdescription+xml", "text/csv", "application/manifest+json"]);
        });
        // The default HTTP encoder leaves < > & ' as they are; JSON is data, but a client that pastes it into a page
        // then gets markup. Escape those and keep letters of every script readable.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddRequestTimeouts(options => options.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(15) });
        AddRateLimiting(services, builder.Configuration);
        return builder;
    }

    private static void AddRateLimiting(IServiceCollection services, ConfigurationManager configuration)
    {
        // Bound as options and read per request, so configuration applied after the services are registered counts too.
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.SectionName));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await context.HttpContext.Response.WriteAsJsonAsync(new { error = "Terlalu banyak permintaan; coba lagi sebentar lagi." }, cancellationToken);
            };
            options.AddPolicy(ApiRateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                var address = context.Connection.RemoteIpAddress;
                if (address is null || (limits.ExemptLoopback && IPAddress.IsLoopback(address)))
                {
                    return RateLimitPartition.GetNoLimiter("loopback");
                }
                return RateLimitPartition.GetFixedWindowLimiter(address.ToString(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
    }

    public static WebApplication UseKnowledgeBaseLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}

/// <summary>The <c>RateLimiting</c> section: requests per minute per client address on /api.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Loopback callers (health probes, tests, a proxy on the same host) are not limited.</summary>
    public bool ExemptLoopback { get; set; } = true;
}
