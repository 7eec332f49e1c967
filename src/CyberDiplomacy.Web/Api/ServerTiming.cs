using System.Diagnostics;
using System.Globalization;

namespace CyberDiplomacy.Web.Api;

/// <summary>
/// <c>Server-Timing: app;dur=0.42</c>: the milliseconds the handler spent on the request's work, so clients (the
/// latency probe, browser dev tools) can tell server time from network and queueing.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";
    public const string Metric = "app";

    public static void Set(HttpResponse response, long startTimestamp) =>
        response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"{Metric};dur={Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds:0.###}");

    /// <summary>The <c>app</c> metric's duration in a Server-Timing header value, or null.</summary>
    public static double? Parse(string? header)
    {
        foreach (var metric in (header ?? "").Split(','))
        {
            var parameters = metric.Split(';', StringSplitOptions.TrimEntries);
            if (parameters[0] != Metric) continue;
            foreach (var parameter in parameters.Skip(1))
            {
                if (parameter.StartsWith("dur=", StringComparison.Ordinal)
                    && double.TryParse(parameter.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var duration))
                {
                    return duration;
                }
            }
        }
        return null;
    }
}
