namespace CyberDiplomacy.Web;

public static class ListeningAddress
{
    public const string DefaultUrlsKey = "DefaultUrls";

    /// <summary>
    /// Listens on <c>DefaultUrls</c> (appsettings.json: http://localhost:5080) unless an address was chosen:
    /// <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> or Kestrel endpoints.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrlsUnlessChosen(this WebApplicationBuilder builder)
    {
        // Not "Urls" in appsettings.json: the host reads ASPNETCORE_-prefixed variables before the JSON files, so that key
        // would outrank ASPNETCORE_URLS (which the container image sets). Not applicationUrl in launchSettings.json either:
        // dotnet run turns it into ASPNETCORE_URLS, replacing the one the reader set.
        var configuration = builder.Configuration;
        var chosen = new[] { WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        var fallback = configuration[DefaultUrlsKey];
        if (!chosen && !string.IsNullOrWhiteSpace(fallback))
        {
            builder.WebHost.UseUrls(fallback);
        }
        return builder;
    }
}
