using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CyberDiplomacy.Web.Api;

namespace CyberDiplomacy.Benchmarks.Tools;

/// <summary>
/// <c>latency --url http://127.0.0.1:PORT --queries FILE [--rounds 5]</c>: one request at a time to <c>/api/search</c>
/// (every query, every round) and <c>/api/suggest</c> (prefixes of the queries' words); prints percentiles of the
/// wall time seen by the client and of the server's own time (search: <c>tookMs</c>; suggest: the <c>Server-Timing</c>
/// header's <c>app</c> duration), one <c>name value</c> pair per line.
/// </summary>
internal static class LatencyProbe
{
    private static readonly int[] PrefixLengths = [2, 3, 4, 6];

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> options)
    {
        var baseUrl = new Uri(options["url"]);
        var queries = File.ReadAllLines(options["queries"]).Where(q => q.Length > 0).ToList();
        var rounds = int.Parse(options.GetValueOrDefault("rounds", "5"), CultureInfo.InvariantCulture);
        var prefixes = queries.Select(q => q.TrimStart('"').Split(' ')[0]).SelectMany(w => PrefixLengths.Where(n => n <= w.Length).Select(n => w[..n]))
            .Distinct().ToList();
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };

        await MeasureAsync(client, queries.Take(10).Select(SearchUrl), (_, _) => { }); // warm-up, not counted
        var searchWall = new List<double>();
        var searchServer = new List<double>();
        var suggestWall = new List<double>();
        var suggestServer = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            searchWall.AddRange(await MeasureAsync(client, queries.Select((q, i) => SearchUrl(q, i)), (json, _) => searchServer.Add(json.GetProperty("tookMs").GetDouble())));
            suggestWall.AddRange(await MeasureAsync(client, prefixes.Select(p => "/api/suggest?q=" + Uri.EscapeDataString(p)),
                (_, response) => suggestServer.Add(ServerTiming.Parse(string.Join(',', response.Headers.TryGetValues(ServerTiming.HeaderName, out var values) ? values : [])) ?? double.NaN)));
        }
        Print("search.queries", queries.Count);
        Print("search.requests", searchWall.Count);
        PrintPercentiles("search.wall", searchWall);
        PrintPercentiles("search.server", searchServer);
        Print("suggest.requests", suggestWall.Count);
        PrintPercentiles("suggest.wall", suggestWall);
        PrintPercentiles("suggest.server", suggestServer);
        return 0;
    }

    // Every fifth query also filters by type, as the results page's facets do.
    private static string SearchUrl(string query, int index) =>
        "/api/search?q=" + Uri.EscapeDataString(query) + (index % 5 == 4 ? "&type=article" : "");

    private static async Task<List<double>> MeasureAsync(HttpClient client, IEnumerable<string> urls, Action<JsonElement, HttpResponseMessage> read)
    {
        var times = new List<double>();
        foreach (var url in urls)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            stopwatch.Stop();
            response.EnsureSuccessStatusCode();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            using var json = JsonDocument.Parse(body);
            read(json.RootElement, response);
        }
        return times;
    }

    private static void PrintPercentiles(string name, List<double> values)
    {
        values.Sort();
        foreach (var p in new[] { 50, 95, 99 })
        {
            var rank = Math.Clamp((int)Math.Ceiling(p / 100.0 * values.Count) - 1, 0, values.Count - 1);
            Print($"{name}.p{p}", values.Count == 0 ? double.NaN : values[rank]);
        }
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.###}"));
}
